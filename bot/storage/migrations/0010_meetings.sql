-- 0010: meetings (Meeting Guide shaped), their exceptions, reminders, RSVPs and drafts.
-- Days are Meeting Guide numbers (0 = Sunday); dates and times are local to `timezone`.
CREATE TABLE meetings (
    id                   INTEGER PRIMARY KEY,
    group_id             INTEGER NOT NULL REFERENCES groups(chat_id) ON DELETE CASCADE,
    slug                 TEXT    NOT NULL UNIQUE,
    name                 TEXT    NOT NULL,
    frequency            TEXT    NOT NULL,
    interval             INTEGER NOT NULL DEFAULT 1,
    weekday              INTEGER,
    nth                  INTEGER,
    start_date           TEXT    NOT NULL,
    until                TEXT,
    start_time           TEXT    NOT NULL,
    duration_minutes     INTEGER NOT NULL,
    timezone             TEXT    NOT NULL,
    location             TEXT,
    address              TEXT,
    conference_url       TEXT,
    conference_url_notes TEXT,
    conference_phone     TEXT,
    notes                TEXT,
    types                TEXT    NOT NULL DEFAULT '',
    created_by           INTEGER,
    updated_at           TEXT    NOT NULL
) STRICT;
CREATE INDEX meetings_by_group ON meetings(group_id);

-- One occurrence cancelled or moved; `original_date` is the local date the rule gives.
CREATE TABLE meeting_changes (
    meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    original_date TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    new_start     TEXT,
    reason        TEXT,
    changed_by    INTEGER,
    changed_at    TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, original_date)
) STRICT;

-- A member's reminder: for one meeting or for every meeting of a group, `offset_minutes` before.
CREATE TABLE meeting_subscriptions (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES members(user_id) ON DELETE CASCADE,
    meeting_id     INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
    group_id       INTEGER REFERENCES groups(chat_id) ON DELETE CASCADE,
    offset_minutes INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    CHECK ((meeting_id IS NULL) <> (group_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX meeting_subscriptions_unique
    ON meeting_subscriptions(user_id, IFNULL(meeting_id, 0), IFNULL(group_id, 0), offset_minutes);
CREATE INDEX meeting_subscriptions_by_meeting
    ON meeting_subscriptions(meeting_id, offset_minutes) WHERE meeting_id IS NOT NULL;
CREATE INDEX meeting_subscriptions_by_group
    ON meeting_subscriptions(group_id, offset_minutes) WHERE group_id IS NOT NULL;

-- Quiet hours (local to the member): no reminder arrives between start and end.
ALTER TABLE members ADD COLUMN quiet_start TEXT;
ALTER TABLE members ADD COLUMN quiet_end TEXT;
-- Minutes before each meeting the group chat gets a reminder post; NULL: the setting, 0: none.
ALTER TABLE groups ADD COLUMN meeting_post_minutes INTEGER;

-- "I'll be there" / "Can't make it", per occurrence.
CREATE TABLE meeting_rsvps (
    meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    original_date TEXT    NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES members(user_id) ON DELETE CASCADE,
    answer        TEXT    NOT NULL,
    answered_at   TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, original_date, user_id)
) STRICT;

-- The reminder plan: one row per occurrence and distinct offset in use, for the days ahead.
-- The scheduler reads only rows that are due, so its work follows what is due, not how many
-- people subscribed. `audience` is 'members' or 'group'.
CREATE TABLE reminder_slots (
    meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    original_date  TEXT    NOT NULL,
    offset_minutes INTEGER NOT NULL,
    audience       TEXT    NOT NULL,
    starts_at      TEXT    NOT NULL,
    fire_at        TEXT    NOT NULL,
    done_at        TEXT,
    PRIMARY KEY (meeting_id, original_date, offset_minutes, audience)
) STRICT;
CREATE INDEX reminder_slots_due ON reminder_slots(fire_at) WHERE done_at IS NULL;

-- A facilitator's meeting conversation (add, edit, cancel, move), kept across restarts.
CREATE TABLE meeting_drafts (
    user_id    INTEGER PRIMARY KEY,
    step       TEXT    NOT NULL,
    data       TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;
