-- 0018: a member may choose how times are written to them: '12' (6:30 PM) or '24' (18:30).
-- NULL means "as people write them where I live" (the locale of their language and time zone).
ALTER TABLE members ADD COLUMN clock TEXT CHECK (clock IN ('12', '24'));
