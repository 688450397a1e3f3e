-- 0009: every private text asks whether its sender owes a handoff note: an index keeps that
-- a lookup, however many flags there are.
CREATE INDEX flags_note_pending ON flags(note_pending_by) WHERE note_pending_by IS NOT NULL;
