-- PLACEHOLDER on branch i23s only: 0027 belongs to another branch (i23g_join_gate). Delete this file
-- when merging i23s (the real migration takes its number).
SELECT 1;
