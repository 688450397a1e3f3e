-- 0033: a facilitator's mute or ban written down before the bot asks Telegram for it (state
-- before action). The row lives from just before the call until the action is recorded in
-- moderation_actions (in the same transaction that deletes it) or Telegram refuses it. A row
-- left by a stop in between is carried out again by a job (restricting or banning twice does
-- no harm), then recorded, the member and the facilitator told. /forget deletes a member's
-- rows and the ones a facilitator asked for.
CREATE TABLE moderation_intents (
    id          INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    actor_id    INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    until_at    TEXT,
    created_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX moderation_intents_age ON moderation_intents (created_at);
