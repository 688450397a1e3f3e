-- 0020: a group's agreement (/rules), written by its facilitators. It goes with its group
-- (deleted with it, moved with it to a supergroup); /forget clears who wrote it.
CREATE TABLE group_rules (
    chat_id    INTEGER PRIMARY KEY REFERENCES groups (chat_id) ON DELETE CASCADE,
    text       TEXT    NOT NULL,
    updated_by INTEGER,
    updated_at TEXT    NOT NULL
);
CREATE INDEX group_rules_author ON group_rules (updated_by) WHERE updated_by IS NOT NULL;
