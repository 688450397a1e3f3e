-- 0015: alerts that never go quiet. When the member was told honestly that nobody has taken
-- their flag yet, and when a group was asked to have a facilitator open the bot (nobody could
-- be reached); the admins' daily digest of flags still open, once per local day.
ALTER TABLE flags ADD COLUMN member_told_at TEXT;
ALTER TABLE flags ADD COLUMN nudged_at TEXT;

CREATE TABLE flag_digests (
    day      TEXT PRIMARY KEY,
    sent_at  TEXT NOT NULL
) STRICT;

-- A person writing to the bot is checked for copies that could not reach them: a lookup.
CREATE INDEX flag_alerts_failed ON flag_alerts(recipient_id) WHERE state = 'failed';
CREATE INDEX flags_unreached ON flags(unreached_at) WHERE unreached_at IS NOT NULL;
