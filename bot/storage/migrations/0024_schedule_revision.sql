-- 0024: one counter that moves with every write to meetings, their changes and groups, so
-- the public web's cached feed and calendars are rebuilt after any change (a feed sync keeps
-- the source's older `updated` time, which a fingerprint of the newest `updated_at` missed),
-- and `changed_at` (real time of the newest write) keeps Last-Modified from going backwards.
CREATE TABLE schedule_revision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);
INSERT INTO schedule_revision (id, n, changed_at)
VALUES (1, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TRIGGER schedule_revision_meeting_insert AFTER INSERT ON meetings BEGIN
    UPDATE schedule_revision SET n = n + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER schedule_revision_meeting_update AFTER UPDATE ON meetings BEGIN
    UPDATE schedule_revision SET n = n + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER schedule_revision_meeting_delete AFTER DELETE ON meetings BEGIN
    UPDATE schedule_revision SET n = n + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER schedule_revision_change_insert AFTER INSERT ON meeting_changes BEGIN
    UPDATE schedule_revision SET n = n + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER schedule_revision_change_update AFTER UPDATE ON meeting_changes BEGIN
    UPDATE schedule_revision SET n = n + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER schedule_revision_change_delete AFTER DELETE ON meeting_changes BEGIN
    UPDATE schedule_revision SET n = n + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER schedule_revision_group_insert AFTER INSERT ON groups BEGIN
    UPDATE schedule_revision SET n = n + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER schedule_revision_group_update AFTER UPDATE OF chat_id, title, bot_status ON groups
BEGIN
    UPDATE schedule_revision SET n = n + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER schedule_revision_group_delete AFTER DELETE ON groups BEGIN
    UPDATE schedule_revision SET n = n + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
