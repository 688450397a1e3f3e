-- 0017: a notice (a new, notifying message about a flag that changed) keeps the lines that
-- head it, in its reader's language, so every later edit of that message shows them above the
-- alert as it stands. Erasing the member clears them (they quote the member's words).
ALTER TABLE flag_alerts ADD COLUMN head TEXT;
