-- 0013: announcements from facilitators and admins to a group's members, and the unfinished
-- draft of each person (kept across restarts). Each member's copy is an outbox row keyed
-- ann:<id>:<user_id>, so progress is counted from the outbox by key range. The text is dropped
-- once sending has finished (done or cancelled); the counts stay in the outbox rows.
CREATE TABLE announcements (
    id                   INTEGER PRIMARY KEY,
    group_id             INTEGER NOT NULL,
    author_id            INTEGER,
    text                 TEXT,
    created_at           TEXT    NOT NULL,
    total                INTEGER NOT NULL,
    status               TEXT    NOT NULL CHECK (status IN ('sending', 'done', 'cancelled')),
    progress_chat_id     INTEGER,
    progress_message_id  INTEGER,
    finished_at          TEXT
) STRICT;
CREATE INDEX announcements_sending ON announcements(id) WHERE status = 'sending';
CREATE INDEX announcements_by_author ON announcements(author_id) WHERE author_id IS NOT NULL;

-- One announcement conversation per person: the chosen group, then the text to preview.
CREATE TABLE announcement_drafts (
    user_id     INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL,
    step        TEXT    NOT NULL CHECK (step IN ('text', 'preview')),
    text        TEXT,
    updated_at  TEXT    NOT NULL
) STRICT;
