-- 0011: daily check-ins. A plan per member who opted in (times are local to the member);
-- `next_due_at` (UTC) is the only thing the scheduler reads, through a partial index, so its
-- work follows what is due. Check-ins are the member's own: only they see them.
CREATE TABLE checkin_plans (
    user_id         INTEGER PRIMARY KEY REFERENCES members(user_id) ON DELETE CASCADE,
    enabled         INTEGER NOT NULL DEFAULT 1,
    at              TEXT    NOT NULL,
    days            TEXT    NOT NULL,
    paused_until    TEXT,
    skip_date       TEXT,
    weekly_summary  INTEGER NOT NULL DEFAULT 0,
    share_low_mood  INTEGER NOT NULL DEFAULT 0,
    share_consent_at TEXT,
    next_due_at     TEXT,
    next_summary_at TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;
CREATE INDEX checkin_plans_due ON checkin_plans(next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX checkin_plans_summary ON checkin_plans(next_summary_at)
    WHERE next_summary_at IS NOT NULL;

-- One row per member and local date: asked, answered (mood 1-5), an optional note.
CREATE TABLE checkins (
    user_id         INTEGER NOT NULL REFERENCES members(user_id) ON DELETE CASCADE,
    local_date      TEXT    NOT NULL,
    mood            INTEGER,
    note            TEXT,
    note_at         TEXT,
    note_wanted_until TEXT,
    asked_at        TEXT,
    answered_at     TEXT,
    expires_at      TEXT    NOT NULL,
    wants_contact   INTEGER NOT NULL DEFAULT 0,
    followed_up     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, local_date)
) STRICT;
CREATE INDEX checkins_notes ON checkins(note_at) WHERE note IS NOT NULL;

-- A member asked a facilitator to reach out (or agreed they be told of a run of low days).
-- Low priority, not a crisis alert; the mood itself is never shown.
-- AUTOINCREMENT: an id is never reused after /forget (it keys the facilitators' messages).
CREATE TABLE support_requests (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER REFERENCES members(user_id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    taken_by    INTEGER,
    taken_at    TEXT
) STRICT;
