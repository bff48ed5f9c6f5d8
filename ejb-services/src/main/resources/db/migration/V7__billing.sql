-- Billing: accounts, billable items with versioned rate plans, usage records, charges (one per usage record),
-- invoices with their lines, credit notes, quota alerts. Money columns hold exact decimals; see docs/billing.md
-- for the one rounding rule. Times are UTC instants (TIMESTAMP WITH TIME ZONE), periods are 'YYYY-MM' (UTC months).
CREATE SEQUENCE billing_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE billing_account (
    tenant        VARCHAR(64)   NOT NULL PRIMARY KEY,
    billing_name  VARCHAR(200)  NOT NULL,
    tax_rate      NUMERIC(7,4)  NOT NULL,
    credit_limit  NUMERIC(19,4),
    enforce_limit BOOLEAN       NOT NULL DEFAULT FALSE,
    version       BIGINT        NOT NULL
);

CREATE TABLE billing_item (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(100) NOT NULL UNIQUE,
    name       VARCHAR(200) NOT NULL,
    usage_type VARCHAR(40)  NOT NULL
);

CREATE TABLE billing_rate_version (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    item_id        BIGINT                   NOT NULL REFERENCES billing_item (id),
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    pricing        VARCHAR(20)              NOT NULL,
    unit_price     NUMERIC(19,6),
    provider       VARCHAR(200),
    provider_share NUMERIC(5,2),
    created_by     VARCHAR(100),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_billing_rate_version UNIQUE (item_id, effective_from)
);

CREATE TABLE billing_rate_tier (
    version_id BIGINT        NOT NULL REFERENCES billing_rate_version (id),
    position   INT           NOT NULL,
    up_to      NUMERIC(19,6),
    unit_price NUMERIC(19,6) NOT NULL,
    PRIMARY KEY (version_id, position)
);

-- Written by the services (cloud, ...). source_key makes recording idempotent: a retried producer finds its record.
CREATE TABLE billing_usage (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    source_key  VARCHAR(200)             NOT NULL,
    tenant      VARCHAR(64)              NOT NULL,
    usage_type  VARCHAR(40)              NOT NULL,
    item_code   VARCHAR(100)             NOT NULL,
    resource_id VARCHAR(200),
    quantity    NUMERIC(19,6)            NOT NULL,
    start_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_billing_usage_source UNIQUE (source_key)
);
CREATE INDEX ix_billing_usage_tenant_time ON billing_usage (tenant, start_at);

-- One charge per usage record, never two: the unique usage_id is what makes re-running rating harmless.
-- The exact amount is amount / amount_divisor (the divisor is 1 except for prorated subscriptions).
CREATE TABLE billing_charge (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    usage_id        BIGINT                   NOT NULL REFERENCES billing_usage (id),
    tenant          VARCHAR(64)              NOT NULL,
    item_code       VARCHAR(100)             NOT NULL,
    usage_type      VARCHAR(40)              NOT NULL,
    usage_period    VARCHAR(7)               NOT NULL,
    usage_start     TIMESTAMP WITH TIME ZONE NOT NULL,
    quantity        NUMERIC(19,6)            NOT NULL,
    rate_version_id BIGINT                   NOT NULL REFERENCES billing_rate_version (id),
    amount          NUMERIC(38,12)           NOT NULL,
    amount_divisor  BIGINT                   NOT NULL,
    provider        VARCHAR(200),
    provider_share  NUMERIC(5,2),
    invoice_id      BIGINT,
    rated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_billing_charge_usage UNIQUE (usage_id)
);
CREATE INDEX ix_billing_charge_tenant ON billing_charge (tenant, usage_period);
CREATE INDEX ix_billing_charge_invoice ON billing_charge (invoice_id);

CREATE TABLE billing_invoice (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    tenant       VARCHAR(64)              NOT NULL,
    period       VARCHAR(7)               NOT NULL,
    status       VARCHAR(10)              NOT NULL,
    number       VARCHAR(30),
    currency     VARCHAR(3)               NOT NULL,
    billing_name VARCHAR(200)             NOT NULL,
    subtotal     NUMERIC(19,4)            NOT NULL,
    credits      NUMERIC(19,4)            NOT NULL,
    tax_rate     NUMERIC(7,4)             NOT NULL,
    tax          NUMERIC(19,4)            NOT NULL,
    total        NUMERIC(19,4)            NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT uq_billing_invoice_period UNIQUE (tenant, period),
    CONSTRAINT uq_billing_invoice_number UNIQUE (number)
);

CREATE TABLE billing_invoice_line (
    invoice_id   BIGINT        NOT NULL REFERENCES billing_invoice (id),
    position     INT           NOT NULL,
    item_code    VARCHAR(100)  NOT NULL,
    item_name    VARCHAR(200)  NOT NULL,
    usage_type   VARCHAR(40)   NOT NULL,
    usage_period VARCHAR(7)    NOT NULL,
    quantity     NUMERIC(19,6) NOT NULL,
    amount       NUMERIC(19,4) NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

CREATE TABLE billing_credit_note (
    id        BIGINT                   NOT NULL PRIMARY KEY,
    tenant    VARCHAR(64)              NOT NULL,
    amount    NUMERIC(19,4)            NOT NULL,
    reason    VARCHAR(500)             NOT NULL,
    issued_by VARCHAR(100),
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- How much of a credit note an invoice used; a draft's applications are replaced when it is prepared again.
CREATE TABLE billing_credit_application (
    id             BIGINT        NOT NULL PRIMARY KEY,
    credit_note_id BIGINT        NOT NULL REFERENCES billing_credit_note (id),
    invoice_id     BIGINT        NOT NULL REFERENCES billing_invoice (id),
    amount         NUMERIC(19,4) NOT NULL,
    CONSTRAINT uq_billing_credit_application UNIQUE (credit_note_id, invoice_id)
);

-- Raised once per tenant, period and level (80 = warning, 100 = limit reached).
CREATE TABLE billing_quota_alert (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    tenant       VARCHAR(64)              NOT NULL,
    period       VARCHAR(7)               NOT NULL,
    alert_level  INT                      NOT NULL,
    exposure     NUMERIC(19,4)            NOT NULL,
    credit_limit NUMERIC(19,4)            NOT NULL,
    raised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_billing_quota_alert UNIQUE (tenant, period, alert_level)
);

-- Rows locked to serialise rating batches (tiers need the month's running total) and to number invoices
-- without gaps.
CREATE TABLE billing_counter (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
);
INSERT INTO billing_counter (name, next_value) VALUES ('rating', 0);
INSERT INTO billing_counter (name, next_value) VALUES ('invoice', 1);
