-- V4 (PostgreSQL; the same tables as db/sqlite/, with BIGINT ids and times): the update inbox. Every Telegram update the bot must act on is stored here when it is received
-- (before the webhook answers 200, before long polling confirms its offset), claimed by a worker,
-- and marked done only after the reply was sent or found undeliverable. Written to work unchanged on
-- PostgreSQL with several processes: a claim is a conditional UPDATE with a lease.
CREATE TABLE inbox (
    update_id      BIGINT PRIMARY KEY,
    lane           TEXT    NOT NULL,            -- keyed hash of the chat: updates of one lane are done in order
    payload        TEXT,                        -- the update as received (JSON); cleared when done
    received_ms    BIGINT NOT NULL,
    state          TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done')),
    claimed_by     TEXT,                        -- worker holding the claim ("host/instance"), or NULL
    lease_until_ms BIGINT,                     -- the claim lapses after this
    attempts       BIGINT NOT NULL DEFAULT 0,  -- claims taken; an update that keeps failing is given up
    sent           BIGINT NOT NULL DEFAULT 0,  -- messages of the reply already sent (never sent again)
    turn_id        BIGINT,                     -- the conversation-log turn recorded for it (never logged twice)
    done_ms        BIGINT,
    outcome        TEXT
);
CREATE INDEX inbox_pending ON inbox (state, update_id);
CREATE INDEX inbox_lane ON inbox (lane, state, update_id);
CREATE INDEX inbox_done ON inbox (done_ms);

-- Updates already handled before the inbox existed: copied, so that none of them is handled again, and
-- pruned with the inbox's other done rows. The table they came from is no longer written (its rows,
-- update ids and times only, are kept as every migration keeps what it finds).
INSERT INTO inbox (update_id, lane, payload, received_ms, state, done_ms, outcome)
    SELECT update_id, '', NULL, handled_ms, 'done', handled_ms, 'handled before V4' FROM handled_updates;
