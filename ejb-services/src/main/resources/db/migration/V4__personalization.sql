-- Personalisation: each user's own changes layered over the shared pages, and their private pages.
ALTER TABLE portlet_window ADD COLUMN locked BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE personal_seq START WITH 50 INCREMENT BY 50;

-- A user's layout/theme for a shared page, or one of their private pages (path "my/NAME").
CREATE TABLE personal_page (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_name    VARCHAR(100) NOT NULL,
    path         VARCHAR(200) NOT NULL,
    private_page BOOLEAN      NOT NULL,
    title        VARCHAR(200),
    layout       VARCHAR(40),
    theme        VARCHAR(40),
    position     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_personal_page UNIQUE (user_name, path)
);

-- A user's placement of a window: of a shared window (portlet NULL: only its place, or hidden), or of a window
-- the user added (portlet set, id "my-...").
CREATE TABLE personal_window (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_name    VARCHAR(100) NOT NULL,
    page_path    VARCHAR(200) NOT NULL,
    window_id    VARCHAR(100) NOT NULL,
    portlet      VARCHAR(200),
    column_index INT          NOT NULL,
    position     INT          NOT NULL,
    hidden       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_personal_window UNIQUE (user_name, window_id)
);
CREATE INDEX ix_personal_window_page ON personal_window (user_name, page_path);
