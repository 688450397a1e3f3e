"""The meeting buttons as typed values: their words, their bounds and their own codecs (pure)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain.buttons.meeting_editing import (
    MEETING_EDITING_BUTTONS,
    ChangeMode,
    ChooseDate,
    ChooseDuration,
    ChooseLast,
    ChooseNth,
    ChooseWeekday,
    LastDate,
    PickMeeting,
    SetGroupPost,
    StopDraft,
)
from bot.domain.buttons.meetings import (
    MEETING_BUTTONS,
    Coming,
    GroupReminders,
    MeetingReminders,
    NotComing,
    QuietChoices,
    SetQuietHours,
    Subject,
    ToggleReminder,
    read_iso_date,
)
from bot.domain.callback import CallbackData, parse_any

TUESDAY_13 = date(2026, 1, 13)


def test_answers_keep_the_iso_dates_posted_buttons_carry() -> None:
    """'I'll be there' and 'Can't make it' read and write YYYY-MM-DD, as before."""
    assert Coming(5, TUESDAY_13).pack() == "mt:y:5:2026-01-13"
    assert NotComing(5, TUESDAY_13).pack() == "mt:n:5:2026-01-13"
    assert parse_any("mt:n:5:2026-01-13", *MEETING_BUTTONS) == NotComing(5, TUESDAY_13)
    for bad in ("mt:y:5:20260113", "mt:y:5:2026-13-45", "mt:y:5:2026-1-13", "mt:y:5"):
        assert Coming.parse(bad) is None, bad
    assert read_iso_date("2026-02-30") is None
    assert read_iso_date("٢٠٢٦-01-13") is None


def test_reminder_choices_edit_in_place_or_send_anew() -> None:
    """'e' edits the pressed message, 'n' sends a new one; left off, a new one."""
    assert MeetingReminders(7, in_place=True).pack() == "mt:rem:7:e"
    assert MeetingReminders(7).pack() == "mt:rem:7:n"
    assert MeetingReminders.parse("mt:rem:7") == MeetingReminders(7)
    assert GroupReminders.parse("mt:remg:-100:e") == GroupReminders(-100, in_place=True)
    assert MeetingReminders.parse("mt:rem:7:x") is None


def test_toggles_carry_a_subject_and_bounded_minutes() -> None:
    """A meeting ('m') or group ('g') and minutes from 1 to a week."""
    toggle = ToggleReminder(Subject.GROUP, -100, 1440)
    assert toggle.pack() == "mt:t:g:-100:1440"
    assert ToggleReminder.parse("mt:t:m:5:10080") == ToggleReminder(Subject.MEETING, 5, 10080)
    for bad in ("mt:t:x:5:60", "mt:t:m:5:0", "mt:t:m:5:10081", "mt:t:m:5:abc"):
        assert ToggleReminder.parse(bad) is None, bad


def test_quiet_hours_are_both_times_or_none() -> None:
    """Two different times, or none at all; the choices button has no words."""
    assert QuietChoices().pack() == "mt:q"
    hours = SetQuietHours(time(22), time(8))
    assert hours.pack() == "mt:qset:2200:0800"
    assert hours.hours == (time(22), time(8))
    assert SetQuietHours.parse("mt:qset:-:-") == SetQuietHours(None, None)
    assert SetQuietHours(None, None).hours is None
    for bad in ("mt:qset:2200:2200", "mt:qset:2200:-", "mt:qset:-:0800", "mt:qset:2200"):
        assert SetQuietHours.parse(bad) is None, bad
    with pytest.raises(ValueError, match="not quiet hours"):
        SetQuietHours(time(22), None)


def test_picked_meetings_have_a_mode_and_a_positive_id() -> None:
    """Edit, cancel, move or end one meeting; no meeting has id 0 or below."""
    assert PickMeeting(ChangeMode.MOVE, 12).pack() == "mte:pick:move:12"
    assert PickMeeting.parse("mte:pick:end:3") == PickMeeting(ChangeMode.END, 3)
    for bad in ("mte:pick:edit:0", "mte:pick:edit:-4", "mte:pick:drop:3", "mte:pick:edit"):
        assert PickMeeting.parse(bad) is None, bad


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        (ChooseNth, ("1", "4", "-1"), ("0", "5", "-2")),
        (ChooseWeekday, ("0", "6"), ("7", "-1")),
        (ChooseDuration, ("60", "1440"), ("0", "1441")),
        (SetGroupPost, ("-100:0", "-100:1440"), ("-100:30", "-100:-1")),
    ],
)
def test_step_numbers_are_bounded(
    kind: type[CallbackData], good: tuple[str, ...], bad: tuple[str, ...]
) -> None:
    """Weeks of the month, weekdays, lengths and group chat reminders outside their range fail."""
    for words in good:
        assert kind.parse(f"{kind.prefix}:{words}") is not None, words
    for words in bad:
        assert kind.parse(f"{kind.prefix}:{words}") is None, words


def test_draft_buttons_keep_their_words() -> None:
    """Dates to change are ISO dates; the series' end and the stop button as before."""
    assert ChooseDate(TUESDAY_13).pack() == "mte:on:2026-01-13"
    assert ChooseLast(LastDate.TODAY).pack() == "mte:last:today"
    assert StopDraft().pack() == "mte:cancel"
    assert ChooseLast.parse("mte:last:tomorrow") is None
    assert parse_any("mte:cancel", *MEETING_EDITING_BUTTONS) == StopDraft()
