-- 0027: the join gate, the group's agreement per language and version, raid mode (issue 23).
-- A changed agreement gets a new version; members re-accept it at their next message.
ALTER TABLE group_rules ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- The bot's own message in the group that shows the agreement, pinned when the bot may pin.
ALTER TABLE group_rules ADD COLUMN pinned_message_id INTEGER;
-- The agreement in the group's other languages (the group's own is group_rules.text).
CREATE TABLE group_rules_texts (
    chat_id    INTEGER NOT NULL REFERENCES groups (chat_id) ON DELETE CASCADE,
    language   TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (chat_id, language)
);
-- Which version of a group's agreement a person accepted, and which one they were last asked
-- to read again (asked once per version, never at every message).
CREATE TABLE agreement_acceptances (
    chat_id          INTEGER NOT NULL REFERENCES groups (chat_id) ON DELETE CASCADE,
    user_id          INTEGER NOT NULL,
    accepted_version INTEGER NOT NULL DEFAULT 0,
    asked_version    INTEGER NOT NULL DEFAULT 0,
    accepted_at      TEXT,
    PRIMARY KEY (chat_id, user_id)
);
CREATE INDEX agreement_acceptances_person ON agreement_acceptances (user_id);
-- A group's gate: join requests on or off, the question its facilitators worded (NULL: the
-- default text), read-only minutes after joining, the bot's current invite link, raid mode.
CREATE TABLE join_gates (
    chat_id          INTEGER PRIMARY KEY REFERENCES groups (chat_id) ON DELETE CASCADE,
    requests_on      INTEGER NOT NULL DEFAULT 0,
    question         TEXT,
    readonly_minutes INTEGER NOT NULL DEFAULT 0,
    invite_link      TEXT,
    raid_since       TEXT,
    last_join_at     TEXT
);
-- A join request waiting at the gate: who, where the bot may write to them (user_chat_id),
-- how far they got. Nothing of their answer is kept. Deleted once decided.
CREATE TABLE join_requests (
    chat_id      INTEGER NOT NULL REFERENCES groups (chat_id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    user_chat_id INTEGER,
    language     TEXT    NOT NULL,
    step         TEXT    NOT NULL,
    requested_at TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);
CREATE INDEX join_requests_expiry ON join_requests (expires_at);
CREATE INDEX join_requests_person ON join_requests (user_id);
