-- Analytics (org.parkportal.analytics): usage events as captured, and their hourly and daily figures. All times are
-- UTC wall-clock times (the entities map them as LocalDateTime / LocalDate in UTC). Retention (docs/analytics.md):
-- events 30 days, hourly figures 90 days, daily figures 730 days by default.
-- Sequences start at their increment: EclipseLink with allocationSize 50 takes NEXTVAL - 49 as the first id.
CREATE SEQUENCE analytics_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE analytics_count_seq START WITH 50 INCREMENT BY 50;

-- No personal data but the user id (null for guests); private pages are recorded as "my".
CREATE TABLE analytics_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    event_type   VARCHAR(20)   NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    user_id      VARCHAR(100),
    tenant       VARCHAR(100),
    page         VARCHAR(200),
    portlet      VARCHAR(200),
    window_id    VARCHAR(100),
    device       VARCHAR(40),
    search_query VARCHAR(100),
    hits         BIGINT        NOT NULL
);
CREATE INDEX ix_analytics_event_time ON analytics_event (occurred_at);

-- One figure of a period: metric (PAGE_VIEWS, ...), subject (page, portlet, query; '' for none), tenant ('' for none).
CREATE TABLE analytics_hourly (
    id           BIGINT        NOT NULL PRIMARY KEY,
    hour_start   TIMESTAMP     NOT NULL,
    metric       VARCHAR(30)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    tenant       VARCHAR(100)  NOT NULL,
    amount       BIGINT        NOT NULL
);
CREATE INDEX ix_analytics_hourly_hour ON analytics_hourly (hour_start);

CREATE TABLE analytics_daily (
    id           BIGINT        NOT NULL PRIMARY KEY,
    usage_day    DATE          NOT NULL,
    metric       VARCHAR(30)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    tenant       VARCHAR(100)  NOT NULL,
    amount       BIGINT        NOT NULL
);
CREATE INDEX ix_analytics_daily_day ON analytics_daily (usage_day, metric);

-- How far the hourly aggregation has come.
CREATE TABLE analytics_cursor (
    name         VARCHAR(40)   NOT NULL PRIMARY KEY,
    last_hour    TIMESTAMP     NOT NULL
);
