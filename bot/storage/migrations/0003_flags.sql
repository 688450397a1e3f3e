-- 0003: crisis flags, the copies of their alerts, their timeline, on-call shifts, the audit trail.

-- A flag is stored before anything about it is sent. Who and what was said (name, excerpt,
-- note) is erased after the retention period and on the member's /forget; the anonymous
-- counts (tier, category, times) stay for statistics.
CREATE TABLE flags (
    id                  INTEGER PRIMARY KEY,
    member_id           INTEGER,
    member_name         TEXT,
    member_username     TEXT,
    chat_id             INTEGER,
    chat_title          TEXT,
    group_id            INTEGER,
    tier                TEXT    NOT NULL,
    category            TEXT    NOT NULL,
    rules               TEXT    NOT NULL,
    excerpt             TEXT,
    highlights          TEXT,
    note                TEXT,
    messages            INTEGER NOT NULL DEFAULT 1,
    state               TEXT    NOT NULL DEFAULT 'open',
    step                INTEGER NOT NULL DEFAULT 0,
    next_escalation_at  TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    raised_at           TEXT    NOT NULL,
    last_seen_at        TEXT    NOT NULL,
    acknowledged_at     TEXT,
    acknowledged_by     INTEGER,
    closed_at           TEXT,
    closed_by           INTEGER,
    unreached_at        TEXT,
    note_pending_by     INTEGER,
    note_requested_at   TEXT,
    erased_at           TEXT
) STRICT;
CREATE INDEX flags_open_by_member ON flags(member_id, last_seen_at) WHERE closed_at IS NULL;
CREATE INDEX flags_escalation ON flags(next_escalation_at) WHERE next_escalation_at IS NOT NULL;
CREATE INDEX flags_by_raised ON flags(raised_at);

-- The groups whose facilitators may see and act on a flag (the group it was raised in, or the
-- member's groups for a private chat).
CREATE TABLE flag_groups (
    flag_id   INTEGER NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
    group_id  INTEGER NOT NULL,
    PRIMARY KEY (flag_id, group_id)
) STRICT;
CREATE INDEX flag_groups_by_group ON flag_groups(group_id);

-- Each copy of an alert sent to one facilitator or admin; message_id once Telegram took it,
-- so that every copy can be edited when the flag changes.
CREATE TABLE flag_alerts (
    id                INTEGER PRIMARY KEY,
    flag_id           INTEGER NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
    recipient_id      INTEGER,
    step              INTEGER NOT NULL,
    outbox_key        TEXT    NOT NULL UNIQUE,
    state             TEXT    NOT NULL DEFAULT 'pending',
    message_id        INTEGER,
    rendered_version  INTEGER NOT NULL,
    created_at        TEXT    NOT NULL,
    settled_at        TEXT
) STRICT;
CREATE INDEX flag_alerts_by_flag ON flag_alerts(flag_id);
CREATE INDEX flag_alerts_by_recipient ON flag_alerts(recipient_id);

-- The timeline of a flag: raised, notified, delivered, failed, escalated, acknowledged...
CREATE TABLE flag_events (
    id        INTEGER PRIMARY KEY,
    flag_id   INTEGER NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
    at        TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    actor_id  INTEGER,
    detail    TEXT
) STRICT;
CREATE INDEX flag_events_by_flag ON flag_events(flag_id, id);
CREATE INDEX flag_events_by_actor ON flag_events(actor_id) WHERE actor_id IS NOT NULL;

-- On-call: a rotation per group over its facilitators, and shifts taken or handed over.
CREATE TABLE oncall_rotations (
    group_id   INTEGER PRIMARY KEY REFERENCES groups(chat_id) ON DELETE CASCADE,
    period     TEXT    NOT NULL,
    handover   TEXT    NOT NULL,
    anchor     TEXT    NOT NULL,
    set_by     INTEGER,
    set_at     TEXT    NOT NULL
) STRICT;

CREATE TABLE oncall_shifts (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES groups(chat_id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    starts_at   TEXT    NOT NULL,
    ends_at     TEXT    NOT NULL,
    created_by  INTEGER,
    created_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX oncall_shifts_by_group ON oncall_shifts(group_id, ends_at);

-- Every facilitator and admin action, with who and when.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    actor_id  INTEGER,
    action    TEXT    NOT NULL,
    group_id  INTEGER,
    subject   TEXT
) STRICT;
CREATE INDEX audit_log_by_actor ON audit_log(actor_id) WHERE actor_id IS NOT NULL;
