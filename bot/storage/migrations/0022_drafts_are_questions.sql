-- 0022: every multi-step conversation is the person's one open question (issue 19). The drafts
-- of meetings, resources, announcements and group setups move into `questions` (kind, step and
-- a JSON object of the answers so far), and the check-in note's wait with them: a person can
-- no longer have a stale draft and another question at once. A person with both keeps the
-- question asked last.
ALTER TABLE questions ADD COLUMN step TEXT NOT NULL DEFAULT '';

INSERT OR REPLACE INTO questions (user_id, kind, step, data, asked_at, expires_at)
    SELECT user_id, 'meeting', step, data, updated_at,
           strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+7 days')
    FROM meeting_drafts
    WHERE user_id NOT IN (SELECT user_id FROM questions WHERE asked_at > meeting_drafts.updated_at);

INSERT OR REPLACE INTO questions (user_id, kind, step, data, asked_at, expires_at)
    SELECT user_id, 'resource', step,
           json_object('group_id', group_id, 'resource_id', resource_id, 'fields', json(data)),
           updated_at, strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+7 days')
    FROM resource_drafts
    WHERE user_id NOT IN (SELECT user_id FROM questions WHERE asked_at > resource_drafts.updated_at);

INSERT OR REPLACE INTO questions (user_id, kind, step, data, asked_at, expires_at)
    SELECT user_id, 'announcement', step, json_object('group_id', group_id, 'text', text),
           updated_at, strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+1 hours')
    FROM announcement_drafts
    WHERE user_id NOT IN
        (SELECT user_id FROM questions WHERE asked_at > announcement_drafts.updated_at);

INSERT OR REPLACE INTO questions (user_id, kind, step, data, asked_at, expires_at)
    SELECT user_id, 'setup', step,
           json_object('chat_id', chat_id, 'title', title, 'timezone', timezone,
                       'language', language, 'post_minutes', post_minutes),
           updated_at, strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+7 days')
    FROM group_setups
    WHERE user_id NOT IN (SELECT user_id FROM questions WHERE asked_at > group_setups.updated_at);

DROP TABLE meeting_drafts;
DROP TABLE resource_drafts;
DROP TABLE announcement_drafts;
DROP INDEX IF EXISTS group_setups_chat;
DROP TABLE group_setups;

-- The check-in note's wait is a question of kind 'note' now (data: the check-in's local date).
INSERT OR REPLACE INTO questions (user_id, kind, step, data, asked_at, expires_at)
    SELECT user_id, 'note', '', json_object('day', local_date),
           strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), note_wanted_until
    FROM checkins
    WHERE note_wanted_until IS NOT NULL
      AND note_wanted_until > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
      AND user_id NOT IN (SELECT user_id FROM questions);
ALTER TABLE checkins DROP COLUMN note_wanted_until;
