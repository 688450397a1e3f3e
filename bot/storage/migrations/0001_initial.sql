-- 0001: members, groups, roles.
-- Members exist only once they have consented; ids are Telegram's numeric user ids.
CREATE TABLE members (
    user_id          INTEGER PRIMARY KEY,
    first_name       TEXT    NOT NULL,
    username         TEXT,
    language         TEXT    NOT NULL,
    timezone         TEXT    NOT NULL,
    consented_at     TEXT    NOT NULL,
    consent_version  INTEGER NOT NULL,
    scheduled_stopped INTEGER NOT NULL DEFAULT 0,
    unreachable_at   TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
) STRICT;

-- Group chats the bot is in; forgotten when the bot is removed.
CREATE TABLE groups (
    chat_id      INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL,
    chat_type    TEXT    NOT NULL,
    invite_code  TEXT    NOT NULL UNIQUE,
    timezone     TEXT    NOT NULL,
    language     TEXT    NOT NULL,
    added_by     INTEGER,
    bot_status   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL
) STRICT;

CREATE TABLE group_members (
    chat_id    INTEGER NOT NULL REFERENCES groups(chat_id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES members(user_id) ON DELETE CASCADE,
    joined_at  TEXT    NOT NULL,
    PRIMARY KEY (chat_id, user_id)
) STRICT;
CREATE INDEX group_members_by_user ON group_members(user_id);

-- Admins of the whole bot: seeded from ADMIN_IDS at start (source 'config').
CREATE TABLE admins (
    user_id   INTEGER PRIMARY KEY,
    source    TEXT NOT NULL,
    added_at  TEXT NOT NULL
) STRICT;

-- Facilitators, per group. Not tied to members: an admin may add one before they /start.
CREATE TABLE facilitators (
    chat_id   INTEGER NOT NULL REFERENCES groups(chat_id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL,
    added_by  INTEGER,
    added_at  TEXT    NOT NULL,
    PRIMARY KEY (chat_id, user_id)
) STRICT;
CREATE INDEX facilitators_by_user ON facilitators(user_id);
