"""How far away a meeting is: in progress up to 10 minutes after its start, quiet hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot.meetings.models import Frequency, Meeting, Occurrence, Recurrence
from bot.meetings.timing import counts_as_coming, in_quiet_hours, quiet_end_after, span, timing_of

START = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)


def occurrence() -> Occurrence:
    """A 19:00 UTC occurrence of a one-off meeting."""
    meeting = Meeting(
        0, 1, "m", "M", Recurrence(Frequency.ONCE, date(2026, 11, 24)), time(19), 60, "UTC"
    )
    return Occurrence(meeting, date(2026, 11, 24), START, START + timedelta(hours=1))


def test_in_progress_up_to_ten_minutes_after_the_start() -> None:
    """At exactly 10 minutes after the start it still counts; a second later it does not."""
    assert counts_as_coming(occurrence(), START + timedelta(minutes=10))
    assert not counts_as_coming(occurrence(), START + timedelta(minutes=10, seconds=1))
    assert timing_of(occurrence(), START + timedelta(minutes=10)).in_progress


def test_starts_in_rounds_up_to_the_minute() -> None:
    """Thirty seconds before the start is 'in 1 min', never 'in 0 min'."""
    timing = timing_of(occurrence(), START - timedelta(seconds=30))
    assert (timing.in_progress, timing.minutes) == (False, 1)
    assert span(125) == (0, 2, 5)
    assert span(3 * 1440 + 61) == (3, 1, 1)


def test_quiet_hours_across_midnight() -> None:
    """22:00-08:00 holds 23:30 and 07:59 but not 08:00; their end is the next morning."""
    assert in_quiet_hours(time(23, 30), time(22), time(8))
    assert in_quiet_hours(time(7, 59), time(22), time(8))
    assert not in_quiet_hours(time(8), time(22), time(8))
    late = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    assert quiet_end_after("22:00", "08:00", "UTC", late) == datetime(
        2026, 11, 25, 8, 0, tzinfo=UTC
    )
    assert quiet_end_after(None, None, "UTC", late) is None
