-- The audit log: append-only, each entry chained to the previous one by SHA-256 (see AuditEntry).
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(100),
    action        VARCHAR(40)   NOT NULL,
    target        VARCHAR(200),
    detail        VARCHAR(2000),
    address       VARCHAR(64),
    previous_hash VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);
