-- Member feedback and the wellbeing check (issue 24).

-- An occurrence whose attendees were asked "How was it for you?": names no one, so the job
-- never asks for the same occurrence twice.
CREATE TABLE feedback_rounds (
    meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    original_date TEXT    NOT NULL,
    asked_at      TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, original_date)
) STRICT;

-- Who was asked, only so that each person answers once: deleted as soon as they answer or
-- skip, after a few days, and by /forget.
CREATE TABLE feedback_asks (
    user_id       INTEGER NOT NULL REFERENCES members(user_id) ON DELETE CASCADE,
    meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    original_date TEXT    NOT NULL,
    asked_at      TEXT    NOT NULL,
    PRIMARY KEY (user_id, meeting_id, original_date)
) STRICT;
CREATE INDEX feedback_asks_by_time ON feedback_asks(asked_at);

-- The answers name no one: the meeting, the ISO week of the occurrence, two scores 1-5.
CREATE TABLE feedback_answers (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    week       TEXT    NOT NULL,
    felt_safe  INTEGER NOT NULL CHECK (felt_safe BETWEEN 1 AND 5),
    felt_heard INTEGER NOT NULL CHECK (felt_heard BETWEEN 1 AND 5)
) STRICT;
CREATE INDEX feedback_answers_by_meeting ON feedback_answers(meeting_id, week);
-- The feedback job reads the last days' "I'll be there" answers.
CREATE INDEX meeting_rsvps_yes_by_date ON meeting_rsvps(original_date) WHERE answer = 'yes';

-- The wellbeing check's own consent: asked once ('asked'), given ('yes') or declined or
-- withdrawn ('no'); `asked_wave` is the last wave (0, 8, 12 weeks) the member was sent.
CREATE TABLE wellbeing_consents (
    user_id    INTEGER PRIMARY KEY REFERENCES members(user_id) ON DELETE CASCADE,
    status     TEXT    NOT NULL CHECK (status IN ('asked', 'yes', 'no')),
    changed_at TEXT    NOT NULL,
    asked_wave INTEGER
) STRICT;

-- The member's own answers (PHQ-2 and GAD-2 items, 0-3 each), one row per wave.
CREATE TABLE wellbeing_answers (
    user_id     INTEGER NOT NULL REFERENCES members(user_id) ON DELETE CASCADE,
    wave        INTEGER NOT NULL CHECK (wave IN (0, 8, 12)),
    answered_at TEXT    NOT NULL,
    interest    INTEGER NOT NULL CHECK (interest BETWEEN 0 AND 3),
    down        INTEGER NOT NULL CHECK (down BETWEEN 0 AND 3),
    nervous     INTEGER NOT NULL CHECK (nervous BETWEEN 0 AND 3),
    worrying    INTEGER NOT NULL CHECK (worrying BETWEEN 0 AND 3),
    PRIMARY KEY (user_id, wave)
) STRICT;

-- New members are offered the check: the job reads members by when they agreed.
CREATE INDEX members_by_consent ON members(consented_at);
