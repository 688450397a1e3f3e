-- 0031: facilitators' breaks (issue 24, "Facilitator care") and the soft cap's weekly note.

-- A facilitator's break: left out of alerts and on call from starts_at until ends_at (UTC);
-- ended_at is set when it ended (early by "I'm back", or at its end by the job, told).
CREATE TABLE facilitator_breaks (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    starts_at   TEXT    NOT NULL,
    ends_at     TEXT    NOT NULL,
    ended_at    TEXT,
    created_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX facilitator_breaks_running ON facilitator_breaks(ends_at) WHERE ended_at IS NULL;
CREATE INDEX facilitator_breaks_by_user ON facilitator_breaks(user_id);

-- The admins' note that someone reached the soft cap: once per person and ISO week.
CREATE TABLE alert_cap_notes (
    user_id  INTEGER NOT NULL,
    week     TEXT    NOT NULL,
    sent_at  TEXT    NOT NULL,
    PRIMARY KEY (user_id, week)
) STRICT;
