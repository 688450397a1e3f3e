-- 0030: the spam shield (bot/shield). Newcomers: who joined a group and when, kept only for
-- the group's newcomer window (a job deletes older rows). A group's own window, when its
-- facilitators changed it (the default is a setting). The block list shared across the bot's
-- groups: a person an admin blocked, why, by whom and when.
CREATE TABLE shield_newcomers (
    chat_id   INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    joined_at TEXT    NOT NULL,
    PRIMARY KEY (chat_id, user_id)
) WITHOUT ROWID;
CREATE INDEX shield_newcomers_user ON shield_newcomers (user_id);
CREATE INDEX shield_newcomers_joined ON shield_newcomers (joined_at);

CREATE TABLE shield_groups (
    chat_id        INTEGER PRIMARY KEY REFERENCES groups (chat_id) ON DELETE CASCADE,
    newcomer_hours INTEGER NOT NULL
);

CREATE TABLE shield_blocks (
    user_id    INTEGER PRIMARY KEY,
    reason     TEXT    NOT NULL DEFAULT '',
    blocked_by INTEGER,
    blocked_at TEXT    NOT NULL
);
CREATE INDEX shield_blocks_by ON shield_blocks (blocked_by) WHERE blocked_by IS NOT NULL;
