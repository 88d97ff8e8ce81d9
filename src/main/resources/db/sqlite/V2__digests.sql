-- V2: digest subscriptions, the deliveries ledger and per-chat digest progress.
-- Times are epoch milliseconds (UTC). Chat ids are Telegram chat ids.

-- One row per chat that ever subscribed; unsubscribing clears `active` and keeps the row.
CREATE TABLE subscriptions (
    chat_id     INTEGER PRIMARY KEY,
    chat_type   TEXT    NOT NULL,
    frequency   TEXT    NOT NULL CHECK (frequency IN ('daily', 'weekly')),
    zone        TEXT,
    lang        TEXT    NOT NULL CHECK (lang IN ('en', 'ru', 'ja')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX subscriptions_active ON subscriptions (active);

-- Each digest a chat is due: planned before it is sent, marked after. (chat, digest key) is unique,
-- so no chat ever gets the same digest twice.
CREATE TABLE deliveries (
    delivery_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id      INTEGER NOT NULL,
    digest_key   TEXT    NOT NULL,
    fact_ids     TEXT    NOT NULL,
    lang         TEXT    NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('planned', 'sent', 'failed', 'unsubscribed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    planned_at   INTEGER NOT NULL,
    attempted_at INTEGER,
    finished_at  INTEGER,
    error        TEXT,
    UNIQUE (chat_id, digest_key)
);
CREATE INDEX deliveries_state ON deliveries (state);

-- Per chat: when its last digest went out and which knowledge version it had seen.
CREATE TABLE digest_progress (
    chat_id           INTEGER PRIMARY KEY,
    last_digest_at    INTEGER NOT NULL,
    knowledge_version TEXT    NOT NULL
);

-- Per chat and fact: how many times the fact was sent there (rounds through the knowledge).
CREATE TABLE digest_sent_facts (
    chat_id      INTEGER NOT NULL,
    fact_id      TEXT    NOT NULL,
    times        INTEGER NOT NULL,
    last_sent_at INTEGER NOT NULL,
    PRIMARY KEY (chat_id, fact_id)
) WITHOUT ROWID;

-- When each fact first appeared in the knowledge base, to tell new facts from old ones.
CREATE TABLE digest_catalog (
    fact_id           TEXT    PRIMARY KEY,
    first_seen_at     INTEGER NOT NULL,
    knowledge_version TEXT    NOT NULL
) WITHOUT ROWID;
