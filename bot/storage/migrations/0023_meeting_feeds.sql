-- 0023: what a Meeting Guide feed tells about a meeting, kept for members and for export.
-- `recovery_group`: the feed's `group`, the recovery group holding the meeting (not a chat).
-- `approximate`: 1 when the address only tells the area of an online meeting.
-- `source`, `source_id`: the feed (URL or file) a meeting was synced from and its `id` there,
-- so a re-run finds it again; NULL for meetings made in the bot.
ALTER TABLE meetings ADD COLUMN recovery_group TEXT;
ALTER TABLE meetings ADD COLUMN approximate INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN source TEXT;
ALTER TABLE meetings ADD COLUMN source_id TEXT;
CREATE INDEX meetings_by_source ON meetings(source) WHERE source IS NOT NULL;
