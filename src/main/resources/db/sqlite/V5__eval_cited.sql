-- V5 (SQLite): the sources an evaluated answer cited, one per line as "publisher, “title”, date<TAB>url" (url may be
-- empty), so that the report links every citation to its article.
ALTER TABLE eval_outcomes ADD COLUMN cited TEXT NOT NULL DEFAULT '';
