-- Approvals: the portal's own record of each approval a service asked for. The process itself lives in
-- Camunda's tables (same datasource, same transaction); this row keeps the request's status and outcome after
-- the engine's history has expired, and lets requesters list what they asked for.
CREATE TABLE approval_request (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    request_type        VARCHAR(60)  NOT NULL,
    request_id          VARCHAR(100) NOT NULL,
    subject             VARCHAR(200) NOT NULL,
    requester           VARCHAR(100) NOT NULL,
    tenant              VARCHAR(100),
    approver            VARCHAR(100),
    approver_group      VARCHAR(100),
    status              VARCHAR(20)  NOT NULL,
    process_instance_id VARCHAR(64),
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE,
    decided_by          VARCHAR(100),
    decision_comment    VARCHAR(2000),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_approval_request UNIQUE (request_type, request_id)
);
CREATE INDEX ix_approval_requester ON approval_request (requester, requested_at);
