-- 0025: whether news of meeting changes (a new meeting, a new day, time, place or link, a
-- cancelled or moved date, the end of a series) is posted in the group chat too, besides the
-- members who follow the meeting. On by default: the group chat heard of changes before.
ALTER TABLE groups ADD COLUMN meeting_news INTEGER NOT NULL DEFAULT 1;
