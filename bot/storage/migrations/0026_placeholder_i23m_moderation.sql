-- PLACEHOLDER on branch i23s only: 0026 belongs to another branch (i23m_moderation). Delete this file
-- when merging i23s (the real migration takes its number).
SELECT 1;
