-- V7: the in-flight mark of a digest delivery. Before its first message goes to Telegram a delivery is marked
-- 'sending' by the process sending it (`sending_by`, with the time in `attempted_at`) and committed; after
-- Telegram's answer it is marked sent, failed or unsubscribed, or back to planned when Telegram refused it with a
-- retry_after before any of its messages went out. A delivery still 'sending' when another run looks at the
-- ledger was cut off (the process died, or lost the digest-sender role) after it may have reached the chat:
-- it becomes 'uncertain' and, unless the operator asks for it, is not sent again.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with its rows, ids and id sequence.
CREATE TABLE deliveries_v7 (
    delivery_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id      INTEGER NOT NULL,
    digest_key   TEXT    NOT NULL,
    fact_ids     TEXT    NOT NULL,
    lang         TEXT    NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('planned', 'sending', 'sent', 'failed', 'unsubscribed', 'uncertain')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    planned_at   INTEGER NOT NULL,
    attempted_at INTEGER,
    finished_at  INTEGER,
    error        TEXT,
    sending_by   TEXT,
    UNIQUE (chat_id, digest_key)
);
INSERT INTO deliveries_v7 (delivery_id, chat_id, digest_key, fact_ids, lang, state, attempts, planned_at, attempted_at,
                           finished_at, error)
    SELECT delivery_id, chat_id, digest_key, fact_ids, lang, state, attempts, planned_at, attempted_at, finished_at, error
    FROM deliveries;
-- Ids are never reused: the new table continues the old one's sequence.
DELETE FROM sqlite_sequence WHERE name = 'deliveries_v7';
INSERT INTO sqlite_sequence (name, seq) SELECT 'deliveries_v7', seq FROM sqlite_sequence WHERE name = 'deliveries';
DROP TABLE deliveries;
ALTER TABLE deliveries_v7 RENAME TO deliveries;
CREATE INDEX deliveries_state ON deliveries (state);
