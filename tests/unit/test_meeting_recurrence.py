"""Meeting recurrence: rule dates, local times across daylight saving, changes, RRULE text."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

from bot.meetings.models import (
    FRIDAY,
    LAST,
    MONDAY,
    SUNDAY,
    THURSDAY,
    TUESDAY,
    Change,
    ChangeKind,
    Frequency,
    Meeting,
    Recurrence,
)
from bot.meetings.recurrence import (
    is_rule_date,
    local_start,
    next_occurrences,
    occurrences,
    rrule_text,
    rule_dates,
    upcoming_dates,
)


def weekly(
    day: int, start: date = date(2026, 1, 1), interval: int = 1, until: date | None = None
) -> Recurrence:
    """Build a weekly rule on a Meeting Guide day."""
    return Recurrence(Frequency.WEEKLY, start, weekday=day, interval=interval, until=until)


def monthly(day: int, nth: int, start: date = date(2026, 1, 1)) -> Recurrence:
    """Build a monthly nth-weekday rule."""
    return Recurrence(Frequency.MONTHLY, start_date=start, weekday=day, nth=nth)


def meeting(
    recurrence: Recurrence,
    at: time = time(19),
    zone: str = "Europe/London",
    minutes: int = 90,
) -> Meeting:
    """Build a stored meeting (id 7) with the given rule, time and zone."""
    return Meeting(7, 1, "m", "M", recurrence, at, minutes, zone)


def aware(zone: str, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """Build an aware datetime in a zone."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("zone", "transitions"),
    [
        ("Europe/London", (date(2026, 10, 25), date(2027, 3, 28))),
        ("America/New_York", (date(2026, 11, 1), date(2027, 3, 14))),
        ("Australia/Sydney", (date(2026, 10, 4), date(2027, 4, 4))),
    ],
)
def test_weekly_meeting_keeps_local_hour_across_dst(
    zone: str, transitions: tuple[date, date]
) -> None:
    """A Sunday 19:00 meeting stays at 19:00 local while its UTC offset changes."""
    item = meeting(weekly(SUNDAY), zone=zone)
    for day in transitions:
        before, after = local_start(item, day - timedelta(days=7)), local_start(item, day)
        assert (before.hour, before.minute, after.hour, after.minute) == (19, 0, 19, 0)
        assert before.utcoffset() != after.utcoffset()
        window = occurrences(item, [], before, after + timedelta(minutes=1))
        assert [occ.start.hour for occ in window] == [19, 19]


@pytest.mark.parametrize(
    ("zone", "night", "at", "expected"),
    [
        ("America/New_York", date(2027, 3, 14), time(2, 30), time(3, 30)),
        ("Europe/London", date(2027, 3, 28), time(1, 30), time(2, 30)),  # UK gap: 01:00-02:00
        ("Europe/London", date(2027, 3, 28), time(2, 30), time(2, 30)),  # exists in the UK
    ],
)
def test_time_in_spring_forward_gap_moves_forward(
    zone: str, night: date, at: time, expected: time
) -> None:
    """A wall time that does not exist is moved forward by the gap length."""
    start = local_start(meeting(weekly(SUNDAY), at=at, zone=zone), night)
    assert (start.date(), start.time()) == (night, expected)
    assert start.tzinfo == ZoneInfo(zone)


def test_gap_meeting_round_trips_through_utc() -> None:
    """The moved start is a real instant: converting to UTC and back gives it unchanged."""
    start = local_start(meeting(weekly(SUNDAY), time(2, 30), "America/New_York"), date(2027, 3, 14))
    assert start.astimezone(UTC) == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)
    assert start.astimezone(UTC).astimezone(start.tzinfo) == start


def test_ambiguous_fall_back_time_takes_first() -> None:
    """01:30 on the New York fall-back night is the first 01:30 (fold 0, UTC-4)."""
    start = local_start(meeting(weekly(SUNDAY), time(1, 30), "America/New_York"), date(2026, 11, 1))
    assert (start.hour, start.minute, start.fold) == (1, 30, 0)
    assert start.utcoffset() == timedelta(hours=-4)


def test_end_counts_elapsed_time_over_fall_back() -> None:
    """A 90-minute meeting from the first 01:30 ends 90 real minutes later (02:00 EST)."""
    item = meeting(weekly(SUNDAY), time(1, 30), "America/New_York")
    after = aware("America/New_York", 2026, 11, 1)
    (occ,) = next_occurrences(item, [], after)
    assert occ.end.astimezone(UTC) - occ.start.astimezone(UTC) == timedelta(minutes=90)
    assert (occ.end.hour, occ.end.minute, occ.end.utcoffset()) == (2, 0, timedelta(hours=-5))


def test_every_two_weeks_is_anchored_on_start_date() -> None:
    """Every 2 weeks starts at the first weekday on/after start_date, whatever the window."""
    rule = weekly(TUESDAY, start=date(2026, 1, 7), interval=2)  # a Wednesday
    expected = [date(2026, 1, 13), date(2026, 1, 27), date(2026, 2, 10), date(2026, 2, 24)]
    assert rule_dates(rule, date(2025, 12, 1), date(2026, 2, 28)) == expected
    assert rule_dates(rule, date(2026, 2, 1), date(2026, 2, 28)) == expected[2:]
    assert rule_dates(rule, date(2027, 1, 1), date(2027, 1, 31))[0] == date(2027, 1, 12)


def test_first_monday_of_month() -> None:
    """Monthly nth=1 gives the first Monday of each month."""
    found = rule_dates(monthly(MONDAY, 1), date(2026, 1, 1), date(2026, 4, 30))
    assert found == [date(2026, 1, 5), date(2026, 2, 2), date(2026, 3, 2), date(2026, 4, 6)]


def test_last_friday_of_month_including_five_friday_months() -> None:
    """Monthly LAST gives the last Friday, the 5th one in months that have five."""
    found = rule_dates(monthly(FRIDAY, LAST), date(2026, 4, 1), date(2026, 7, 31))
    assert found == [date(2026, 4, 24), date(2026, 5, 29), date(2026, 6, 26), date(2026, 7, 31)]


def test_monthly_window_starting_mid_month() -> None:
    """A window starting after this month's occurrence finds next month's."""
    assert rule_dates(monthly(MONDAY, 1), date(2026, 1, 6), date(2026, 2, 28)) == [date(2026, 2, 2)]


def test_until_is_inclusive() -> None:
    """The until date itself is an occurrence; nothing after it."""
    rule = weekly(THURSDAY, until=date(2026, 1, 15))
    assert rule_dates(rule, date(2026, 1, 1), date(2026, 3, 1)) == [
        date(2026, 1, 1),
        date(2026, 1, 8),
        date(2026, 1, 15),
    ]


def test_once_gives_its_date_only_in_range() -> None:
    """A one-off event is its start date, when the range holds it."""
    rule = Recurrence(Frequency.ONCE, start_date=date(2026, 5, 9))
    assert rule_dates(rule, date(2026, 5, 1), date(2026, 5, 31)) == [date(2026, 5, 9)]
    assert rule_dates(rule, date(2026, 5, 10), date(2026, 5, 31)) == []
    assert is_rule_date(rule, date(2026, 5, 9))
    assert not is_rule_date(rule, date(2026, 5, 16))
    (occ,) = occurrences(meeting(rule), [], aware("UTC", 2026, 5, 1), aware("UTC", 2026, 6, 1))
    assert occ.start == aware("Europe/London", 2026, 5, 9, 19)


def test_is_rule_date_for_weekly_rule() -> None:
    """Only the rule's weekday on or after start_date is a rule date."""
    rule = weekly(THURSDAY, start=date(2026, 1, 8))
    assert is_rule_date(rule, date(2026, 1, 15))
    assert not is_rule_date(rule, date(2026, 1, 1))
    assert not is_rule_date(rule, date(2026, 1, 16))


def test_rule_without_weekday_is_rejected() -> None:
    """A weekly rule without a weekday raises ValueError."""
    with pytest.raises(ValueError, match="weekday"):
        rule_dates(
            Recurrence(Frequency.WEEKLY, date(2026, 1, 1)), date(2026, 1, 1), date(2026, 2, 1)
        )


JAN = (aware("Europe/London", 2026, 1, 1), aware("Europe/London", 2026, 2, 1))


def test_cancelled_dropped_or_included() -> None:
    """A cancelled occurrence is dropped, or returned with its change on request."""
    item = meeting(weekly(THURSDAY))
    cancel = Change(7, date(2026, 1, 8), ChangeKind.CANCELLED, reason="holiday")
    kept = occurrences(item, [cancel], *JAN)
    assert date(2026, 1, 8) not in [occ.original_date for occ in kept]
    assert len(kept) == 4
    every = occurrences(item, [cancel], *JAN, include_cancelled=True)
    flagged = [occ for occ in every if occ.cancelled]
    assert len(every) == 5
    assert [(occ.original_date, occ.change) for occ in flagged] == [(date(2026, 1, 8), cancel)]


def test_changes_of_other_meetings_are_ignored() -> None:
    """A change for another meeting id does not touch this meeting."""
    other = Change(8, date(2026, 1, 8), ChangeKind.CANCELLED)
    assert len(occurrences(meeting(weekly(THURSDAY)), [other], *JAN)) == 5


def test_moved_into_window_from_outside() -> None:
    """An occurrence moved from outside the window into it is found at its new time."""
    new_start = aware("Europe/London", 2026, 3, 20, 18)
    move = Change(7, date(2026, 1, 1), ChangeKind.MOVED, new_start=new_start)
    window = (aware("UTC", 2026, 3, 20), aware("UTC", 2026, 3, 21))
    (occ,) = occurrences(meeting(weekly(THURSDAY)), [move], *window)
    assert (occ.original_date, occ.start, occ.moved) == (date(2026, 1, 1), new_start, True)
    assert occ.end == new_start + timedelta(minutes=90)


def test_moved_out_of_window() -> None:
    """An occurrence moved away no longer appears at its original date."""
    move = Change(7, date(2026, 1, 8), ChangeKind.MOVED, new_start=aware("UTC", 2026, 6, 1, 18))
    found = occurrences(meeting(weekly(THURSDAY)), [move], *JAN)
    assert date(2026, 1, 8) not in [occ.original_date for occ in found]
    assert len(found) == 4


def test_move_of_non_rule_date_is_ignored() -> None:
    """A move whose original date the rule does not give changes nothing."""
    move = Change(7, date(2026, 1, 9), ChangeKind.MOVED, new_start=aware("UTC", 2026, 1, 20, 18))
    found = occurrences(meeting(weekly(THURSDAY)), [move], *JAN)
    assert [occ.start.day for occ in found] == [1, 8, 15, 22, 29]


def test_window_is_half_open() -> None:
    """An occurrence starting exactly at the window end is left out; at the start, kept."""
    item = meeting(weekly(THURSDAY))
    start = aware("Europe/London", 2026, 1, 8, 19)
    assert [occ.original_date for occ in occurrences(item, [], start, start + timedelta(7))] == [
        date(2026, 1, 8)
    ]


def test_next_occurrences_across_year_boundary() -> None:
    """The next three Thursday meetings after 30 Dec run into the new year."""
    item = meeting(weekly(THURSDAY))
    found = next_occurrences(item, [], aware("Europe/London", 2026, 12, 30), count=3)
    assert [occ.start.date() for occ in found] == [
        date(2026, 12, 31),
        date(2027, 1, 7),
        date(2027, 1, 14),
    ]


def test_next_monthly_occurrences_skip_cancelled() -> None:
    """Monthly next occurrences skip a cancelled one and cross the year."""
    item = meeting(monthly(MONDAY, 1))
    cancel = Change(7, date(2027, 1, 4), ChangeKind.CANCELLED)
    found = next_occurrences(item, [cancel], aware("UTC", 2026, 12, 10), count=2)
    assert [occ.original_date for occ in found] == [date(2027, 2, 1), date(2027, 3, 1)]


def test_next_occurrences_stop_at_horizon_and_until() -> None:
    """Nothing is found past the horizon or after the series ended."""
    item = meeting(monthly(MONDAY, 1))
    assert next_occurrences(item, [], aware("UTC", 2026, 1, 6), horizon_days=20) == []
    ended = meeting(weekly(THURSDAY, until=date(2026, 1, 15)))
    assert next_occurrences(ended, [], aware("UTC", 2026, 1, 16), count=5) == []


def test_next_occurrences_accepts_a_generator_of_changes() -> None:
    """Changes may be any iterable, read once."""
    item = meeting(weekly(THURSDAY))
    changes = (c for c in [Change(7, date(2026, 1, 1), ChangeKind.CANCELLED)])
    (occ,) = next_occurrences(item, changes, aware("UTC", 2025, 12, 31))
    assert occ.original_date == date(2026, 1, 8)


def test_upcoming_dates_ignore_changes_and_started_meetings() -> None:
    """Upcoming rule dates start at or after `after`; today's started meeting is left out."""
    item = meeting(weekly(THURSDAY))
    after = aware("Europe/London", 2026, 1, 8, 19, 1)
    assert upcoming_dates(item, after, 3) == [
        date(2026, 1, 15),
        date(2026, 1, 22),
        date(2026, 1, 29),
    ]
    assert upcoming_dates(item, after - timedelta(minutes=1), 1) == [date(2026, 1, 8)]
    assert upcoming_dates(item, after, 0) == []


def test_member_in_tokyo_sees_own_local_time() -> None:
    """A New York 19:00 meeting is 08:00 (summer) or 09:00 (winter) next day in Tokyo."""
    item = meeting(weekly(THURSDAY), zone="America/New_York")
    tokyo = ZoneInfo("Asia/Tokyo")
    summer = next_occurrences(item, [], aware("UTC", 2026, 7, 1))[0].start.astimezone(tokyo)
    winter = next_occurrences(item, [], aware("UTC", 2026, 12, 1))[0].start.astimezone(tokyo)
    assert (summer.date(), summer.hour) == (date(2026, 7, 3), 8)
    assert (winter.date(), winter.hour) == (date(2026, 12, 4), 9)


@pytest.mark.parametrize(
    ("rule", "zone", "text"),
    [
        (weekly(TUESDAY, interval=2), "Europe/London", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
        (weekly(SUNDAY), "Europe/London", "FREQ=WEEKLY;BYDAY=SU"),
        (monthly(MONDAY, 1), "Europe/London", "FREQ=MONTHLY;BYDAY=1MO"),
        (monthly(FRIDAY, LAST), "Europe/London", "FREQ=MONTHLY;BYDAY=-1FR"),
        (
            weekly(THURSDAY, until=date(2026, 7, 30)),
            "America/New_York",
            "FREQ=WEEKLY;BYDAY=TH;UNTIL=20260731T035959Z",
        ),
        (
            weekly(THURSDAY, until=date(2026, 12, 31)),
            "Europe/London",
            "FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231T235959Z",
        ),
    ],
)
def test_rrule_text_values(rule: Recurrence, zone: str, text: str) -> None:
    """RRULE values follow RFC 5545, UNTIL in UTC at the end of the local day."""
    assert rrule_text(rule, zone) == text


def test_rrule_text_is_none_for_once() -> None:
    """A one-off event has no RRULE."""
    assert rrule_text(Recurrence(Frequency.ONCE, date(2026, 1, 1)), "UTC") is None


@pytest.mark.parametrize(
    "rule",
    [
        weekly(TUESDAY, start=date(2026, 1, 7), interval=2, until=date(2026, 11, 10)),
        monthly(MONDAY, 1),
        monthly(FRIDAY, LAST),
        weekly(SUNDAY, until=date(2026, 12, 27)),
    ],
)
def test_rrulestr_round_trips_rule_dates(rule: Recurrence) -> None:
    """dateutil reading our RRULE (DTSTART = first occurrence) gives the same dates."""
    zone = "America/New_York"
    item = meeting(rule, zone=zone)
    ours = rule_dates(rule, date(2026, 1, 1), date(2026, 12, 31))
    parsed = rrulestr(rrule_text(rule, zone) or "", dtstart=local_start(item, ours[0]))
    theirs = parsed.between(aware(zone, 2026, 1, 1), aware(zone, 2027, 1, 1), inc=True)
    assert [moment.date() for moment in theirs] == ours
