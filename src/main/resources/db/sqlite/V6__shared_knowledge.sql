-- V6: ingested articles shared by the replicas of one store. `ingest` on PostgreSQL stores each article
-- it adds or replaces here (its JSON, as in DATA_DIR/ingested/) and `ingest --remove` leaves a row with
-- no article (so that every replica deletes its copy); each change raises the one knowledge version that
-- `serve` replicas watch. The SQLite store has the same tables for a uniform schema, and leaves them empty.
CREATE TABLE knowledge_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO knowledge_version (id, version) VALUES (1, 0);
CREATE TABLE ingested_articles (
    source_id  TEXT PRIMARY KEY,
    article    TEXT,                -- the stored JSON; NULL once removed
    version    INTEGER NOT NULL     -- the knowledge version of its last change
);
