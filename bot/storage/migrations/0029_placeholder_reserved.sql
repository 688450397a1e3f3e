-- PLACEHOLDER on branch i23s only: 0029 belongs to another branch (reserved). Delete this file
-- when merging i23s (the real migration takes its number).
SELECT 1;
