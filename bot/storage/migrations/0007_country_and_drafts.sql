-- 0007: the member's chosen country (for crisis lines and resources; NULL: from the time zone),
-- and facilitators' resource drafts (kept across restarts while they type, then deleted).
ALTER TABLE members ADD COLUMN country TEXT;

CREATE TABLE resource_drafts (
    user_id     INTEGER PRIMARY KEY,
    group_id    INTEGER,
    resource_id TEXT,
    step        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;
