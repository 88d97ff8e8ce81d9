-- V3: evaluation runs of the gold question set (rujp-bot eval) and each question's outcome.
-- Times are epoch milliseconds (UTC); latencies are nanoseconds.

-- One run of the gold set: what was evaluated, with which settings, and the metrics per language.
CREATE TABLE eval_runs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    time_ms           INTEGER NOT NULL,
    index_version     TEXT    NOT NULL,
    knowledge_version TEXT    NOT NULL,
    config            TEXT    NOT NULL,   -- JSON: answerer, retriever, min_score, max_facts, candidates, ...
    metrics           TEXT    NOT NULL    -- JSON: {"all": {...}, "en": {...}, ...}
);
CREATE INDEX eval_runs_by_time ON eval_runs (time_ms);

-- How the bot did on one gold question in a run.
CREATE TABLE eval_outcomes (
    run_id              INTEGER NOT NULL REFERENCES eval_runs (id) ON DELETE CASCADE,
    question_id         TEXT    NOT NULL,
    lang                TEXT    NOT NULL,
    type                TEXT    NOT NULL,
    question            TEXT    NOT NULL,
    should_refuse       INTEGER NOT NULL CHECK (should_refuse IN (0, 1)),
    expected            TEXT    NOT NULL,
    given               TEXT    NOT NULL,   -- the answer's text, or the refusal reason
    refused             INTEGER NOT NULL CHECK (refused IN (0, 1)),
    accurate            INTEGER NOT NULL CHECK (accurate IN (0, 1)),
    citation_correct    INTEGER NOT NULL CHECK (citation_correct IN (0, 1)),
    first_relevant_rank INTEGER NOT NULL,   -- one-based; 0 when no expected fact was retrieved
    top_fact_id         TEXT,
    top_score           REAL,
    latency_ns          INTEGER NOT NULL,
    PRIMARY KEY (run_id, question_id)
);
