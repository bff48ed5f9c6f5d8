-- Pages, the windows placed on them, and portlet preferences per window (and per user).
-- Sequences start at their increment: EclipseLink with allocationSize 50 takes NEXTVAL - 49 as the first id.
CREATE SEQUENCE portal_page_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE window_preference_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE portal_page (
    id          BIGINT       NOT NULL PRIMARY KEY,
    path        VARCHAR(200) NOT NULL UNIQUE,
    parent_id   BIGINT       REFERENCES portal_page (id),
    position    INT          NOT NULL,
    layout      VARCHAR(40)  NOT NULL,
    theme       VARCHAR(40)  NOT NULL,
    hidden      BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE page_title (
    page_id BIGINT       NOT NULL REFERENCES portal_page (id) ON DELETE CASCADE,
    locale  VARCHAR(20)  NOT NULL,
    title   VARCHAR(200) NOT NULL,
    PRIMARY KEY (page_id, locale)
);

CREATE TABLE portlet_window (
    id           VARCHAR(100) NOT NULL PRIMARY KEY,
    page_id      BIGINT       NOT NULL REFERENCES portal_page (id) ON DELETE CASCADE,
    portlet      VARCHAR(200) NOT NULL,
    column_index INT          NOT NULL,
    position     INT          NOT NULL
);

CREATE TABLE window_preference (
    id          BIGINT        NOT NULL PRIMARY KEY,
    window_id   VARCHAR(100)  NOT NULL,
    user_name   VARCHAR(100)  NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    pref_values VARCHAR(8000) NOT NULL,
    read_only   BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_window_preference UNIQUE (window_id, user_name, name)
);
