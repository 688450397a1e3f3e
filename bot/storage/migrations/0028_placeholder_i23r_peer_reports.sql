-- PLACEHOLDER on branch i23s only: 0028 belongs to another branch (i23r_peer_reports). Delete this file
-- when merging i23s (the real migration takes its number).
SELECT 1;
