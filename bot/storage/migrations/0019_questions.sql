-- 0019: the one question a person has been asked and not yet answered (issue 19).
-- Asking a new question replaces the row: whatever they type next goes to this one. `data` is
-- a small JSON object of the question's own (where it was asked from, a message id), never the
-- person's words. Stored, so a restart keeps the question (waits in memory were lost).
CREATE TABLE questions (
    user_id    INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    data       TEXT    NOT NULL DEFAULT '{}',
    asked_at   TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
);
CREATE INDEX questions_expiry ON questions (expires_at);
