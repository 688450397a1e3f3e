-- 0028: peers raising concern. One row per report a member made (/report as a reply in a
-- group, "I'm worried about someone" in private) or per hostile reply the bot saw aimed at a
-- member with an open flag, linked to the flag that carries it to the group's facilitators.
-- Who reported is kept here only, never on the flag, so nothing the reported person can see
-- (their /mydata, the flag) names them. Erased on each person's /forget.
CREATE TABLE peer_reports (
    id                 INTEGER PRIMARY KEY,
    flag_id            INTEGER REFERENCES flags(id) ON DELETE CASCADE,
    source             TEXT    NOT NULL,            -- reply | worried | hostile
    reporter_user_id   INTEGER,                     -- who reported (NULL: the bot saw it)
    subject_member_id  INTEGER,                     -- whose message it was (NULL: not known)
    target_member_id   INTEGER,                     -- hostile: the flagged member it aimed at
    group_id           INTEGER NOT NULL,
    message_id         INTEGER,                     -- the reported message in the group
    reason             TEXT,                        -- the reporter's own words
    created_at         TEXT    NOT NULL
) STRICT;
CREATE INDEX peer_reports_by_reporter ON peer_reports(reporter_user_id, created_at)
    WHERE reporter_user_id IS NOT NULL;
CREATE INDEX peer_reports_by_flag ON peer_reports(flag_id);
CREATE INDEX peer_reports_by_subject ON peer_reports(subject_member_id)
    WHERE subject_member_id IS NOT NULL;
CREATE INDEX peer_reports_by_target ON peer_reports(target_member_id)
    WHERE target_member_id IS NOT NULL;
