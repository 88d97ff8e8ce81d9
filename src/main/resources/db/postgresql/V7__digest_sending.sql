-- V7 (PostgreSQL; the same change as db/sqlite/): the in-flight mark of a digest delivery. Before its first
-- message goes to Telegram a delivery is marked 'sending' by the replica sending it (`sending_by`, with the time
-- in `attempted_at`) and committed; after Telegram's answer it is marked sent, failed or unsubscribed, or back to
-- planned when Telegram refused it with a retry_after before any of its messages went out. A delivery still
-- 'sending' when the next holder of the digest-sender role looks at the ledger was cut off after it may have
-- reached the chat: it becomes 'uncertain' and, unless the operator asks for it, is not sent again.
ALTER TABLE deliveries DROP CONSTRAINT deliveries_state_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_state_check
    CHECK (state IN ('planned', 'sending', 'sent', 'failed', 'unsubscribed', 'uncertain'));
ALTER TABLE deliveries ADD COLUMN sending_by TEXT;
