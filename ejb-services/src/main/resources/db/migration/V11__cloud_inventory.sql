-- Cloud: the inventory (zones, pods, clusters, hosts, primary storage pools, secondary storage, networks with IP
-- ranges and rules), the catalogue (compute and disk offerings, templates, ISOs, network offerings) and placement's
-- reservations. Tenant lists and tags are comma-separated words (empty: all tenants / no tags). Thresholds are
-- fractions (0.85), overcommit factors multiply the hosts' physical CPU and RAM; a cluster's NULL means its zone's.
-- The allocated_* counters are changed only by placement's conditional updates (docs/cloud.md).
CREATE SEQUENCE cloud_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cloud_zone (
    id                BIGINT        NOT NULL PRIMARY KEY,
    name              VARCHAR(100)  NOT NULL UNIQUE,
    public_zone       BOOLEAN       NOT NULL,
    tenants           VARCHAR(1000) NOT NULL,
    enabled           BOOLEAN       NOT NULL,
    strategy          VARCHAR(20)   NOT NULL,
    cpu_threshold     NUMERIC(5,4)  NOT NULL,
    ram_threshold     NUMERIC(5,4)  NOT NULL,
    storage_threshold NUMERIC(5,4)  NOT NULL,
    cpu_overcommit    NUMERIC(6,3)  NOT NULL,
    ram_overcommit    NUMERIC(6,3)  NOT NULL,
    dns1              VARCHAR(45),
    dns2              VARCHAR(45),
    internal_dns      VARCHAR(45),
    version           BIGINT        NOT NULL
);

CREATE TABLE cloud_pod (
    id       BIGINT       NOT NULL PRIMARY KEY,
    zone_id  BIGINT       NOT NULL REFERENCES cloud_zone (id),
    name     VARCHAR(100) NOT NULL,
    gateway  VARCHAR(45),
    netmask  VARCHAR(45),
    CONSTRAINT uq_cloud_pod UNIQUE (zone_id, name)
);

CREATE TABLE cloud_cluster (
    id                BIGINT       NOT NULL PRIMARY KEY,
    pod_id            BIGINT       NOT NULL REFERENCES cloud_pod (id),
    name              VARCHAR(100) NOT NULL UNIQUE,
    hypervisor        VARCHAR(20)  NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    cpu_threshold     NUMERIC(5,4),
    ram_threshold     NUMERIC(5,4),
    storage_threshold NUMERIC(5,4),
    cpu_overcommit    NUMERIC(6,3),
    ram_overcommit    NUMERIC(6,3),
    allocated_mhz     BIGINT       NOT NULL,
    allocated_ram_mib BIGINT       NOT NULL
);

CREATE TABLE cloud_host (
    id                BIGINT       NOT NULL PRIMARY KEY,
    cluster_id        BIGINT       NOT NULL REFERENCES cloud_cluster (id),
    name              VARCHAR(100) NOT NULL UNIQUE,
    cores             INT          NOT NULL,
    mhz_per_core      INT          NOT NULL,
    ram_mib           BIGINT       NOT NULL,
    tags              VARCHAR(500) NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    allocated_mhz     BIGINT       NOT NULL,
    allocated_ram_mib BIGINT       NOT NULL
);
CREATE INDEX ix_cloud_host_cluster ON cloud_host (cluster_id);

CREATE TABLE cloud_storage_pool (
    id           BIGINT       NOT NULL PRIMARY KEY,
    cluster_id   BIGINT       NOT NULL REFERENCES cloud_cluster (id),
    name         VARCHAR(100) NOT NULL UNIQUE,
    capacity_gb  BIGINT       NOT NULL,
    allocated_gb BIGINT       NOT NULL,
    tags         VARCHAR(500) NOT NULL
);

CREATE TABLE cloud_secondary_storage (
    id          BIGINT       NOT NULL PRIMARY KEY,
    zone_id     BIGINT       NOT NULL REFERENCES cloud_zone (id),
    name        VARCHAR(100) NOT NULL UNIQUE,
    url         VARCHAR(500) NOT NULL,
    capacity_gb BIGINT       NOT NULL,
    used_gb     BIGINT       NOT NULL
);

CREATE TABLE cloud_network (
    id         BIGINT       NOT NULL PRIMARY KEY,
    zone_id    BIGINT       NOT NULL REFERENCES cloud_zone (id),
    name       VARCHAR(100) NOT NULL,
    vlan_first INT          NOT NULL,
    vlan_last  INT          NOT NULL,
    cidr       VARCHAR(50)  NOT NULL,
    gateway    VARCHAR(45)  NOT NULL,
    source_nat BOOLEAN      NOT NULL,
    dhcp       BOOLEAN      NOT NULL,
    dns1       VARCHAR(45),
    dns2       VARCHAR(45),
    dns_domain VARCHAR(200),
    CONSTRAINT uq_cloud_network UNIQUE (zone_id, name)
);

CREATE TABLE cloud_public_ip_range (
    id         BIGINT      NOT NULL PRIMARY KEY,
    network_id BIGINT      NOT NULL REFERENCES cloud_network (id),
    first_ip   VARCHAR(45) NOT NULL,
    last_ip    VARCHAR(45) NOT NULL
);

CREATE TABLE cloud_network_rule (
    id         BIGINT       NOT NULL PRIMARY KEY,
    network_id BIGINT       NOT NULL REFERENCES cloud_network (id),
    kind       VARCHAR(20)  NOT NULL,
    protocol   VARCHAR(10)  NOT NULL,
    port_first INT          NOT NULL,
    port_last  INT          NOT NULL,
    source     VARCHAR(50)  NOT NULL,
    target     VARCHAR(200)
);

CREATE TABLE cloud_compute_offering (
    id           BIGINT        NOT NULL PRIMARY KEY,
    code         VARCHAR(50)   NOT NULL UNIQUE,
    name         VARCHAR(200)  NOT NULL,
    custom       BOOLEAN       NOT NULL,
    vcpus        INT           NOT NULL,
    mhz_per_vcpu INT           NOT NULL,
    ram_mib      BIGINT        NOT NULL,
    min_vcpus    INT           NOT NULL,
    max_vcpus    INT           NOT NULL,
    min_ram_mib  BIGINT        NOT NULL,
    max_ram_mib  BIGINT        NOT NULL,
    host_tags    VARCHAR(500)  NOT NULL,
    storage_tags VARCHAR(500)  NOT NULL,
    strategy     VARCHAR(20),
    tenants      VARCHAR(1000) NOT NULL
);

CREATE TABLE cloud_disk_offering (
    id           BIGINT        NOT NULL PRIMARY KEY,
    code         VARCHAR(50)   NOT NULL UNIQUE,
    name         VARCHAR(200)  NOT NULL,
    custom       BOOLEAN       NOT NULL,
    size_gb      BIGINT        NOT NULL,
    min_gb       BIGINT        NOT NULL,
    max_gb       BIGINT        NOT NULL,
    storage_tags VARCHAR(500)  NOT NULL,
    tenants      VARCHAR(1000) NOT NULL
);

CREATE TABLE cloud_template (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    secondary_storage_id BIGINT        NOT NULL REFERENCES cloud_secondary_storage (id),
    name                 VARCHAR(200)  NOT NULL,
    os_type              VARCHAR(100)  NOT NULL,
    size_gb              BIGINT        NOT NULL,
    tenants              VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_cloud_template UNIQUE (secondary_storage_id, name)
);

CREATE TABLE cloud_iso (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    secondary_storage_id BIGINT        NOT NULL REFERENCES cloud_secondary_storage (id),
    name                 VARCHAR(200)  NOT NULL,
    os_type              VARCHAR(100)  NOT NULL,
    size_gb              BIGINT        NOT NULL,
    tenants              VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_cloud_iso UNIQUE (secondary_storage_id, name)
);

CREATE TABLE cloud_network_offering (
    id            BIGINT        NOT NULL PRIMARY KEY,
    code          VARCHAR(50)   NOT NULL UNIQUE,
    name          VARCHAR(200)  NOT NULL,
    source_nat    BOOLEAN       NOT NULL,
    firewall      BOOLEAN       NOT NULL,
    load_balancer BOOLEAN       NOT NULL,
    dhcp          BOOLEAN       NOT NULL,
    dns           BOOLEAN       NOT NULL,
    billing_item  VARCHAR(100)  NOT NULL,
    tenants       VARCHAR(1000) NOT NULL
);

CREATE TABLE cloud_reservation (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    tenant     VARCHAR(64)              NOT NULL,
    reference  VARCHAR(100)             NOT NULL,
    zone_id    BIGINT                   NOT NULL REFERENCES cloud_zone (id),
    cluster_id BIGINT                   NOT NULL REFERENCES cloud_cluster (id),
    host_id    BIGINT                   NOT NULL REFERENCES cloud_host (id),
    pool_id    BIGINT                   NOT NULL REFERENCES cloud_storage_pool (id),
    vcpus      INT                      NOT NULL,
    mhz        BIGINT                   NOT NULL,
    ram_mib    BIGINT                   NOT NULL,
    disk_gb    BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_cloud_reservation_host ON cloud_reservation (host_id, tenant);
