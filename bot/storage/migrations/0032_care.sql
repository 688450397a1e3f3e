-- Facilitator care (issue 24): supervisors and debriefs after hard moments.

-- Supervisors, named by admins: they see the load view and debrief requests, never members'
-- messages or names, and are in no alert level (the escalation reads facilitators and admins).
CREATE TABLE supervisors (
    user_id   INTEGER PRIMARY KEY,
    added_by  INTEGER,
    added_at  TEXT    NOT NULL
) STRICT;

-- A debrief offered to the facilitator who resolved a high or imminent flag: no flag, no
-- member, no words; the group only to reach its other facilitators. `choice` is the last
-- request made (sup, peer, later); `checkin_at` when the next day's "how are you?" is due,
-- `checkin_sent_at` once queued. Deleted a few days after that question, and by /forget.
CREATE TABLE debriefs (
    id               INTEGER PRIMARY KEY,
    user_id          INTEGER NOT NULL,
    group_id         INTEGER,
    resolved_at      TEXT    NOT NULL,
    choice           TEXT,
    checkin_at       TEXT    NOT NULL,
    checkin_sent_at  TEXT
) STRICT;
CREATE INDEX debriefs_due ON debriefs(checkin_at) WHERE checkin_sent_at IS NULL;
CREATE INDEX debriefs_by_user ON debriefs(user_id);
