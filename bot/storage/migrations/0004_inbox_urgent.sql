-- 0004: updates that may be a crisis (marked when stored) are processed ahead of the backlog.
ALTER TABLE inbox ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
CREATE INDEX inbox_pending_urgent ON inbox(update_id) WHERE processed_at IS NULL AND urgent = 1;
