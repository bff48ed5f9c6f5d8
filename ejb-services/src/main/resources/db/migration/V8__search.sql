-- Search: what the services published (the index of every node is rebuilt from this table alone) and the change
-- log every node applies to its own Lucene index. Times are epoch milliseconds (BIGINT): the same on every database.
CREATE TABLE search_document (
    id           VARCHAR(200)    NOT NULL PRIMARY KEY,
    doc_type     VARCHAR(40)     NOT NULL,
    title        VARCHAR(500)    NOT NULL,
    body         VARCHAR(100000) NOT NULL,
    language     VARCHAR(35),
    url          VARCHAR(1000),
    viewers      VARCHAR(20000)  NOT NULL,
    tenant       VARCHAR(100),
    -- Other languages' titles, one "tag<TAB>title" a line.
    titles       VARCHAR(10000),
    published_at BIGINT          NOT NULL
);
CREATE INDEX ix_search_document_type ON search_document (doc_type);

CREATE SEQUENCE search_change_seq START WITH 1 INCREMENT BY 1;

-- One row per publication, withdrawal or requested rebuild. document_id is NULL for a rebuild.
CREATE TABLE search_change (
    id          BIGINT       NOT NULL PRIMARY KEY,
    kind        VARCHAR(10)  NOT NULL,
    document_id VARCHAR(200),
    recorded_at BIGINT       NOT NULL
);
CREATE INDEX ix_search_change_recorded ON search_change (recorded_at);
