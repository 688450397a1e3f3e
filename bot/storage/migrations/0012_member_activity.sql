-- 0012: the days a member used the bot (sent anything or pressed a button), for anonymous
-- group statistics (/stats). Only the UTC date is kept, never what was said; rows older than
-- 400 days are deleted, and /forget deletes them all.
CREATE TABLE member_activity (
    user_id  INTEGER NOT NULL,
    day      TEXT    NOT NULL,
    PRIMARY KEY (user_id, day)
) STRICT, WITHOUT ROWID;
CREATE INDEX member_activity_by_day ON member_activity(day);
