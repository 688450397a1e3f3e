-- 0016: requests to reach out are claimed ("I'll reach out") and reminded until someone does.
-- The columns 0011 reserved for this (taken_by, taken_at) were never used: renamed to what they
-- hold. `step` counts the rounds sent (0: the first), `version` the changes every copy shows
-- (a claim, a claim released); `next_reminder_at` (UTC) is the only thing the reminder job
-- reads, through a partial index, so a restart loses no timer.
ALTER TABLE support_requests RENAME COLUMN taken_by TO claimed_by;
ALTER TABLE support_requests RENAME COLUMN taken_at TO claimed_at;
ALTER TABLE support_requests ADD COLUMN step INTEGER NOT NULL DEFAULT 0;
ALTER TABLE support_requests ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE support_requests ADD COLUMN next_reminder_at TEXT;
CREATE INDEX support_requests_due ON support_requests(next_reminder_at)
    WHERE next_reminder_at IS NOT NULL;
CREATE INDEX support_requests_member ON support_requests(user_id);
CREATE INDEX support_requests_claimer ON support_requests(claimed_by)
    WHERE claimed_by IS NOT NULL;

-- One row per message sent about a request: to whom, in which round, under which outbox key,
-- whether it arrived (its message id, to edit it) and which version of the request it shows.
-- Deleted with the request (the member's /forget, after the delivered ones were withdrawn).
CREATE TABLE support_request_copies (
    id               INTEGER PRIMARY KEY,
    request_id       INTEGER NOT NULL REFERENCES support_requests(id) ON DELETE CASCADE,
    reader_id        INTEGER NOT NULL,
    step             INTEGER NOT NULL,
    outbox_key       TEXT    NOT NULL UNIQUE,
    state            TEXT    NOT NULL DEFAULT 'queued',
    message_id       INTEGER,
    rendered_version INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL,
    settled_at       TEXT
) STRICT;
CREATE INDEX support_request_copies_request ON support_request_copies(request_id);
CREATE INDEX support_request_copies_reader ON support_request_copies(reader_id);
