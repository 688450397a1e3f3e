-- 0026: moderation (bot/moderation/). One row per facilitator action on a member of a group
-- (warn, mute, ban, hold), with its reason, when a timed one ends (`until_at`, read by the lift
-- job through a partial index, so a restart loses no timer), when and by whom it was lifted,
-- and the member's appeal with its decision. Rows older than MODERATION_RETENTION_DAYS are
-- erased by a job; /forget deletes the member's rows and clears a facilitator's name from the
-- rows they acted on.
CREATE TABLE moderation_actions (
    id          INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    actor_id    INTEGER,
    kind        TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    until_at    TEXT,
    lifted_at   TEXT,
    lifted_by   INTEGER,
    appeal      TEXT,
    appeal_at   TEXT,
    appeal_state TEXT,
    decided_by  INTEGER
) STRICT;
CREATE INDEX moderation_actions_member ON moderation_actions (user_id, chat_id);
CREATE INDEX moderation_actions_actor ON moderation_actions (actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX moderation_actions_due ON moderation_actions (until_at)
    WHERE until_at IS NOT NULL AND lifted_at IS NULL;
CREATE INDEX moderation_actions_age ON moderation_actions (created_at);

-- A message held for review: hidden from the group (deleted there), its text kept here until a
-- facilitator releases it (posted back) or discards it, then deleted; unreviewed copies are
-- erased after HELD_MESSAGE_DAYS. Only what a review needs: where, which message, whose, the
-- words, why and how it came to be held (a facilitator's /hold, spam, a hostile reply, crisis).
CREATE TABLE held_messages (
    id          INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    author_id   INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    held_at     TEXT    NOT NULL,
    held_by     INTEGER,
    action_id   INTEGER REFERENCES moderation_actions (id) ON DELETE SET NULL,
    UNIQUE (chat_id, message_id)
) STRICT;
CREATE INDEX held_messages_author ON held_messages (author_id);
CREATE INDEX held_messages_age ON held_messages (held_at);

-- The review cards a held message sent (one per reviewer, once delivered): when it is reviewed
-- every card is edited to say how, without the words. Deleted with the held message.
CREATE TABLE held_cards (
    held_id     INTEGER NOT NULL REFERENCES held_messages (id) ON DELETE CASCADE,
    reader_id   INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    PRIMARY KEY (held_id, reader_id)
) STRICT;
CREATE INDEX held_cards_reader ON held_cards (reader_id);
