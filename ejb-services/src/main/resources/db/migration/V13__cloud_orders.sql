-- Cloud ordering and VM lifecycle (org.parkportal.cloud.ordering, org.parkportal.cloud.machines): tenants' limits,
-- server orders, VMs, their disks, snapshots and public addresses. Times are instants (TIMESTAMP WITH TIME ZONE,
-- written in UTC). Sequences with allocationSize 1 start at 1.
CREATE SEQUENCE cloud_vm_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE cloud_volume_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE cloud_snapshot_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE cloud_public_address_seq START WITH 1 INCREMENT BY 1;

-- One row per tenant that ordered or has limits; its row lock serialises the tenant's orders.
CREATE TABLE cloud_tenant_limits (
    tenant             VARCHAR(100)  NOT NULL PRIMARY KEY,
    max_vms            BIGINT,
    max_vcpus          BIGINT,
    max_ram_mib        BIGINT,
    max_storage_gb     BIGINT,
    auto_approve_below NUMERIC(19,4),
    currency           VARCHAR(3)
);

CREATE TABLE cloud_order (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant            VARCHAR(100)  NOT NULL,
    requested_by      VARCHAR(100)  NOT NULL,
    name              VARCHAR(63)   NOT NULL,
    zone_id           BIGINT        NOT NULL,
    template_id       BIGINT        NOT NULL,
    offering_id       BIGINT        NOT NULL,
    network_id        BIGINT,
    disk_offering_id  BIGINT,
    vcpus             INTEGER       NOT NULL,
    ram_mib           BIGINT        NOT NULL,
    root_disk_gb      BIGINT        NOT NULL,
    data_disk_gb      BIGINT        NOT NULL,
    monthly_estimate  NUMERIC(19,4) NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP WITH TIME ZONE,
    reason_key        VARCHAR(100),
    reason_args       VARCHAR(1000),
    vm_id             BIGINT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX ix_cloud_order_tenant ON cloud_order (tenant, status);

CREATE TABLE cloud_vm (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant          VARCHAR(100)  NOT NULL,
    owner           VARCHAR(100)  NOT NULL,
    name            VARCHAR(63)   NOT NULL,
    order_id        VARCHAR(36),
    zone_id         BIGINT        NOT NULL,
    template_id     BIGINT        NOT NULL,
    offering_id     BIGINT        NOT NULL,
    offering_code   VARCHAR(40)   NOT NULL,
    vcpus           INTEGER       NOT NULL,
    ram_mib         BIGINT        NOT NULL,
    host_id         BIGINT        NOT NULL,
    pool_id         BIGINT        NOT NULL,
    reservation_id  BIGINT,
    ip_address      VARCHAR(45),
    state           VARCHAR(20)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    state_since     TIMESTAMP WITH TIME ZONE NOT NULL,
    expunge_after   TIMESTAMP WITH TIME ZONE,
    expunged        BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_cloud_vm_tenant ON cloud_vm (tenant, state);

CREATE TABLE cloud_volume (
    id          BIGINT        NOT NULL PRIMARY KEY,
    tenant      VARCHAR(100)  NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    size_gb     BIGINT        NOT NULL,
    zone_id     BIGINT        NOT NULL,
    pool_id     BIGINT        NOT NULL,
    vm_id       BIGINT,
    made_for    BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_cloud_volume_vm ON cloud_volume (vm_id);

CREATE TABLE cloud_snapshot (
    id          BIGINT        NOT NULL PRIMARY KEY,
    tenant      VARCHAR(100)  NOT NULL,
    volume_id   BIGINT        NOT NULL,
    size_gb     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE cloud_public_address (
    id           BIGINT        NOT NULL PRIMARY KEY,
    zone_id      BIGINT        NOT NULL,
    address      VARCHAR(45)   NOT NULL,
    tenant       VARCHAR(100)  NOT NULL,
    vm_id        BIGINT        NOT NULL,
    acquired_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_cloud_public_address_zone ON cloud_public_address (zone_id, released_at);
