-- V1: conversation log, feedback and polling state.
-- Times are milliseconds since the epoch (UTC); latencies are nanoseconds.

-- Installation-wide values, e.g. the secret key of the pseudonymous ids.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One question and its answer (or refusal).
CREATE TABLE turns (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    time_ms           INTEGER NOT NULL,
    channel           TEXT    NOT NULL,
    chat_id           TEXT    NOT NULL,
    user_id           TEXT    NOT NULL,
    chat_type         TEXT    NOT NULL,
    lang              TEXT    NOT NULL,
    question          TEXT    NOT NULL,
    resolved_question TEXT    NOT NULL,
    outcome           TEXT    NOT NULL CHECK (outcome IN ('answered', 'refused')),
    refusal_reason    TEXT    NOT NULL DEFAULT '',
    answer_text       TEXT    NOT NULL,
    lead              TEXT    NOT NULL DEFAULT '',
    answerer          TEXT    NOT NULL,
    index_version     TEXT    NOT NULL,
    total_ns          INTEGER NOT NULL,
    resolve_ns        INTEGER,
    retrieve_ns       INTEGER,
    decide_ns         INTEGER,
    compose_ns        INTEGER,
    sources           TEXT    NOT NULL DEFAULT ''   -- cited source ids, in order, separated by spaces
);
CREATE INDEX turns_by_time ON turns (time_ms);
CREATE INDEX turns_by_user ON turns (channel, user_id);
CREATE INDEX turns_refused ON turns (outcome, time_ms);

-- The facts retrieval returned for a turn, and whether the answer stated them.
CREATE TABLE turn_facts (
    turn_id   INTEGER NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
    fact_id   TEXT    NOT NULL,
    source_id TEXT    NOT NULL,
    rank      INTEGER,            -- one-based retrieval rank; NULL when stated without being retrieved
    score     REAL    NOT NULL,
    stated    INTEGER NOT NULL CHECK (stated IN (0, 1)),
    PRIMARY KEY (turn_id, fact_id)
);
CREATE INDEX turn_facts_by_fact ON turn_facts (fact_id);

-- A user's verdict on an answer; the last press of each user on each turn wins.
CREATE TABLE feedback (
    turn_id INTEGER NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
    user_id TEXT    NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    time_ms INTEGER NOT NULL,
    PRIMARY KEY (turn_id, user_id)
);
CREATE INDEX feedback_by_user ON feedback (user_id);

-- Telegram updates already handled (deduplication across restarts); pruned after 48 hours.
CREATE TABLE handled_updates (
    update_id  INTEGER PRIMARY KEY,
    handled_ms INTEGER NOT NULL
);
CREATE INDEX handled_updates_by_time ON handled_updates (handled_ms);

-- The highest update id ever handled, kept when old handled ids are pruned.
CREATE TABLE polling_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    last_update_id INTEGER NOT NULL
);
