-- Placeholder for migration 0031, which another branch of issue 24 (i24b) owns.
-- Only here so this branch's numbering is contiguous: DELETE this file when merging 0031.
SELECT 1;
