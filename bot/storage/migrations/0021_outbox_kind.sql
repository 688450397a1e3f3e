-- 0021: each send says what kind it is and carries a small typed context (issue 19), so the
-- feature that queued it hears how it went without reading ids back out of its dedup key.
-- `context` is a JSON object of ids (never a person's words), cleared with the payload.
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'other';
ALTER TABLE outbox ADD COLUMN context TEXT;

-- Rows queued before this migration: their kind from the key's first word.
UPDATE outbox SET kind = CASE substr(dedup_key, 1, instr(dedup_key, ':') - 1)
    WHEN 'alert' THEN 'alert'
    WHEN 'alertedit' THEN 'alert-edit'
    WHEN 'sr' THEN 'contact-copy'
    WHEN 'sre' THEN 'contact-edit'
    WHEN 'crisis-reply' THEN 'crisis-reply'
    WHEN 'crisis-nudge' THEN 'crisis-nudge'
    WHEN 'ann' THEN 'announcement'
    WHEN 'mr' THEN 'meeting-reminder'
    ELSE 'other' END;

-- An unsent crisis reply to a group message ('crisis-reply:<update>:<group>:<message>'): the
-- group and message its fallback nudge answers.
UPDATE outbox SET context = json_object(
        'update_id', CAST(substr(dedup_key, 14, instr(substr(dedup_key, 14), ':') - 1) AS INTEGER),
        'chat_id', CAST(substr(
            substr(dedup_key, 14 + instr(substr(dedup_key, 14), ':')), 1,
            instr(substr(dedup_key, 14 + instr(substr(dedup_key, 14), ':')), ':') - 1
        ) AS INTEGER),
        'message_id', CAST(substr(
            substr(dedup_key, 14 + instr(substr(dedup_key, 14), ':')),
            instr(substr(dedup_key, 14 + instr(substr(dedup_key, 14), ':')), ':') + 1
        ) AS INTEGER))
    WHERE kind = 'crisis-reply' AND sent_at IS NULL AND failed_at IS NULL
      AND length(dedup_key) - length(replace(dedup_key, ':', '')) = 3;

-- An unsent copy of a contact request ('sr:<request>:<reader>...'): the request it belongs to.
UPDATE outbox SET context = json_object('request_id', CAST(
        substr(dedup_key, 4, instr(substr(dedup_key, 4), ':') - 1) AS INTEGER))
    WHERE kind = 'contact-copy' AND sent_at IS NULL AND failed_at IS NULL
      AND instr(substr(dedup_key, 4), ':') > 1;
