-- Cloud metering: the append-only log of the state changes the VM lifecycle reports (VMs, volumes, snapshots,
-- public IPs), and per resource its current state and metering cursor (the end of the last hour whose usage went to
-- billing). See docs/cloud.md, "Metering". Times are UTC instants.
CREATE SEQUENCE cloud_metering_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cloud_metered_resource (
    resource_id    VARCHAR(64)              NOT NULL PRIMARY KEY,
    resource_kind  VARCHAR(20)              NOT NULL,
    tenant         VARCHAR(64)              NOT NULL,
    phase          VARCHAR(20)              NOT NULL,
    offering       VARCHAR(40),
    vcpus          INT                      NOT NULL,
    size_gb        BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_change_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE,
    change_count   INT                      NOT NULL,
    metered_until  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_cloud_metered_resource_tenant ON cloud_metered_resource (tenant);
CREATE INDEX ix_cloud_metered_resource_cursor ON cloud_metered_resource (metered_until);

-- Never updated or deleted. (resource_id, position) orders a resource's log and keeps two writers from both
-- appending the same step.
CREATE TABLE cloud_metered_change (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    resource_id VARCHAR(64)              NOT NULL REFERENCES cloud_metered_resource (resource_id),
    position    INT                      NOT NULL,
    change_kind VARCHAR(30)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    offering    VARCHAR(40),
    vcpus       INT,
    size_gb     BIGINT,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_cloud_metered_change UNIQUE (resource_id, position)
);
CREATE INDEX ix_cloud_metered_change_time ON cloud_metered_change (resource_id, changed_at);
