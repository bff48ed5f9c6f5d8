-- Scheduling: the jobs the scheduler knows, and their runs (org.parkportal.scheduling). The timers themselves are
-- WildFly's, in its own table JBOSS_EJB_TIMER of the same database (portal.cli), which WildFly creates.
-- Times are TIMESTAMP as in V3 (the entities' InstantColumn converters bind java.sql.Timestamp; H2 would hand a
-- TIMESTAMP WITH TIME ZONE back as OffsetDateTime, which those converters do not take).
CREATE SEQUENCE job_run_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE job_run (
    id              BIGINT        NOT NULL PRIMARY KEY,
    job_name        VARCHAR(100)  NOT NULL,
    run_trigger     VARCHAR(20)   NOT NULL,
    requested_by    VARCHAR(100),
    node            VARCHAR(200),
    started_at      TIMESTAMP     NOT NULL,
    finished_at     TIMESTAMP,
    outcome         VARCHAR(20)   NOT NULL,
    failure_message VARCHAR(2000)
);
CREATE INDEX ix_job_run_job ON job_run (job_name, id);
CREATE INDEX ix_job_run_outcome ON job_run (outcome, node);

-- One row per job; running_run is the run that holds it (one run of a job at a time), locked FOR UPDATE to change.
CREATE TABLE scheduled_job (
    name            VARCHAR(100)  NOT NULL PRIMARY KEY,
    running_run     BIGINT        REFERENCES job_run (id)
);

-- The first scheduled job's result: the audit log's nightly hash-chain check (org.parkportal.audit), shown by the
-- audit portlet instead of walking the whole log on every view.
CREATE SEQUENCE audit_chain_check_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE audit_chain_check (
    id              BIGINT        NOT NULL PRIMARY KEY,
    checked_at      TIMESTAMP     NOT NULL,
    entries         BIGINT        NOT NULL,
    first_broken_id BIGINT
);
