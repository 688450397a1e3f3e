-- 0014: guided group setup. One unfinished setup per person (kept across restarts while they
-- answer), and when a group's setup was finished (a name chosen in setup then stays, whatever
-- the chat's title says on the next membership update).
CREATE TABLE group_setups (
    user_id       INTEGER PRIMARY KEY,
    chat_id       INTEGER NOT NULL REFERENCES groups(chat_id) ON DELETE CASCADE,
    step          TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    timezone      TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    post_minutes  INTEGER,
    updated_at    TEXT    NOT NULL
) STRICT;

CREATE INDEX group_setups_chat ON group_setups (chat_id);

ALTER TABLE groups ADD COLUMN setup_done_at TEXT;
