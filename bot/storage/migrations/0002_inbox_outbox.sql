-- 0002: the durable inbox of received updates and the outbox of important sends.

-- Every update is stored here before Telegram is told it arrived. The payload (which may hold
-- message text) is cleared as soon as the update is processed; the row stays a while so a
-- redelivered update_id is recognised and ignored.
CREATE TABLE inbox (
    update_id     INTEGER PRIMARY KEY,
    user_id       INTEGER,
    payload       TEXT,
    received_at   TEXT    NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    processed_at  TEXT
) STRICT;
CREATE INDEX inbox_pending ON inbox(update_id) WHERE processed_at IS NULL;
CREATE INDEX inbox_by_user ON inbox(user_id) WHERE user_id IS NOT NULL;

-- Important sends (alerts, crisis replies, reminders), written in the same transaction as the
-- state change that caused them, and sent (at least once) even after a crash.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    dedup_key        TEXT    NOT NULL UNIQUE,
    chat_id          INTEGER NOT NULL,
    user_id          INTEGER,
    method           TEXT    NOT NULL,
    payload          TEXT,
    priority         INTEGER NOT NULL,
    created_at       TEXT    NOT NULL,
    next_attempt_at  TEXT    NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    sent_at          TEXT,
    failed_at        TEXT,
    last_error       TEXT
) STRICT;
CREATE INDEX outbox_due ON outbox(priority, next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_by_user ON outbox(user_id) WHERE user_id IS NOT NULL;
