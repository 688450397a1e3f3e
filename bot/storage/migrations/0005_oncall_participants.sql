-- 0005: who takes turns in a rotation (a JSON list of user ids; NULL means every facilitator).
ALTER TABLE oncall_rotations ADD COLUMN participants TEXT;
