-- V6 (PostgreSQL; the same tables as db/sqlite/, with BIGINT versions): ingested articles shared by the
-- replicas. `ingest` stores each article it adds or replaces here (its JSON, as in DATA_DIR/ingested/)
-- and `ingest --remove` leaves a row with no article (so that every replica deletes its copy); each
-- change raises the one knowledge version that `serve` replicas watch.
CREATE TABLE knowledge_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO knowledge_version (id, version) VALUES (1, 0);
CREATE TABLE ingested_articles (
    source_id  TEXT PRIMARY KEY,
    article    TEXT,                -- the stored JSON; NULL once removed
    version    BIGINT NOT NULL      -- the knowledge version of its last change
);
