-- PLACEHOLDER for the digest branch only: the real V1 (conversation log, feedback, polling state) is
-- written on another branch. Drop this file at merge in favour of the real V1.
CREATE TABLE IF NOT EXISTS v1_placeholder (x INTEGER);
