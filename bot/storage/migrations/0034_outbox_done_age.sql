-- 0034: sends the outbox finished (sent or failed for good) are deleted once older than the
-- keeping time (bot/jobs.py, OUTBOX_KEEP): their rows still named whom the bot wrote to, and
-- when. These indexes find them without reading the whole table.
CREATE INDEX outbox_sent_age ON outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX outbox_failed_age ON outbox (failed_at) WHERE failed_at IS NOT NULL;
