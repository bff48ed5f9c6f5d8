-- Grants of view / customise / manage on pages, windows and catalogue portlets (the access context).
CREATE SEQUENCE access_grant_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE access_grant (
    id            BIGINT       NOT NULL PRIMARY KEY,
    resource_kind VARCHAR(20)  NOT NULL,
    resource_id   VARCHAR(200) NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    grantee_kind  VARCHAR(20)  NOT NULL,
    grantee_name  VARCHAR(100) NOT NULL,
    CONSTRAINT uq_access_grant UNIQUE (resource_kind, resource_id, action, grantee_kind, grantee_name)
);
CREATE INDEX ix_access_grant_resource ON access_grant (resource_kind, resource_id);

-- Before access control every page was open to everybody: pages that exist now stay so. (Negative ids never
-- collide with the ids EclipseLink draws from the sequence.)
INSERT INTO access_grant (id, resource_kind, resource_id, action, grantee_kind, grantee_name)
    SELECT -id, 'PAGE', path, 'VIEW', 'ALL_USERS', '' FROM portal_page;
