"""VTIMEZONE blocks: RRULE-based parts, read right by an independent parser (ical) across DST.

The parser is handed the calendar with each zone renamed to a name it cannot look up, so it
must use our VTIMEZONE (readers that know the IANA name use their own rules instead).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from bot.meetings.ics import calendar_of
from bot.meetings.models import TUESDAY, Change, ChangeKind, Frequency, Meeting, Recurrence
from bot.meetings.vtimezone import vtimezone

START = date(2026, 1, 6)  # a Tuesday
WEEKS = 110  # two DST seasons and more, past the calendar's own year


def _meeting(zone: str, start: date = START, at: time = time(19)) -> Meeting:
    """A weekly Tuesday meeting at `at` local time in `zone`."""
    return Meeting(
        id=1,
        group_id=-1001,
        slug="tuesday-circle",
        name="Tuesday Circle",
        recurrence=Recurrence(Frequency.WEEKLY, start, weekday=TUESDAY),
        start_time=at,
        duration_minutes=90,
        timezone=zone,
        location="Hall",
    )


def _read_elsewhere(ics: bytes, zone: str, count: int = WEEKS) -> list[datetime]:
    """Expand the calendar's events with `ical`, the zone renamed so only the VTIMEZONE counts."""
    text = ics.decode().replace(zone, "Peerbot-Test-Zone")
    calendar = IcsCalendarStream.calendar_from_ics(text)
    starts = [event.dtstart for event in islice(calendar.timeline_tz(UTC), count)]
    times = [start for start in starts if isinstance(start, datetime)]
    assert len(times) == len(starts), "every start is a date and time"
    assert not any(isinstance(start.tzinfo, ZoneInfo) for start in times), "VTIMEZONE unused"
    return [start.astimezone(UTC) for start in times]


def _rule_text(part: Any) -> str:
    """An observance's RRULE as written."""
    written: bytes = part["RRULE"].to_ical()
    return written.decode()


def _expected(zone: str, start: date, at: time, weeks: int) -> list[datetime]:
    """The meeting's true instants: `at` on the wall clock of `zone`, week after week."""
    local = ZoneInfo(zone)
    days = (start + timedelta(weeks=week) for week in range(weeks))
    return [datetime.combine(day, at, tzinfo=local).astimezone(UTC) for day in days]


@pytest.mark.parametrize(
    "zone",
    ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Jerusalem", "Asia/Tokyo"],
)
def test_an_independent_parser_keeps_the_wall_clock_across_dst(zone: str) -> None:
    """ical expands a weekly 19:00 meeting to 19:00 local on both sides of each change."""
    ics = calendar_of([(_meeting(zone), [])], "Circle", datetime(2026, 1, 1, tzinfo=UTC))
    found = _read_elsewhere(ics, zone)
    assert found == _expected(zone, START, time(19), WEEKS)
    offsets = {moment.astimezone(ZoneInfo(zone)).utcoffset() for moment in found}
    assert len(offsets) == (1 if zone == "Asia/Tokyo" else 2), "the span crosses DST"


def test_moves_and_cancellations_read_elsewhere_across_dst() -> None:
    """ical drops the cancelled date and puts the moved one at its new local time."""
    meeting = _meeting("America/New_York", date(2026, 3, 3))
    london_free = datetime(2026, 3, 11, 18, tzinfo=ZoneInfo("America/New_York"))
    changes = [
        Change(1, date(2026, 3, 10), ChangeKind.MOVED, new_start=london_free),
        Change(1, date(2026, 3, 17), ChangeKind.CANCELLED),
    ]
    ics = calendar_of([(meeting, changes)], "Circle", datetime(2026, 1, 1, tzinfo=UTC))
    found = _read_elsewhere(ics, "America/New_York", 4)
    assert found == [
        datetime(2026, 3, 4, 0, tzinfo=UTC),  # 3 March 19:00 EST
        datetime(2026, 3, 11, 22, tzinfo=UTC),  # moved: 11 March 18:00 EDT
        datetime(2026, 3, 24, 23, tzinfo=UTC),  # 24 March 19:00 EDT (17 March cancelled)
        datetime(2026, 3, 31, 23, tzinfo=UTC),
    ]


def test_parts_are_yearly_rules_not_lists_of_dates() -> None:
    """London's VTIMEZONE: one DAYLIGHT and one STANDARD part, each a yearly last-Sunday rule."""
    zone = vtimezone("Europe/London", 2026, 2027)
    text = zone.to_ical().decode()
    assert "RDATE" not in text
    parts = {part.name: part for part in zone.subcomponents}
    assert set(parts) == {"DAYLIGHT", "STANDARD"}
    assert parts["DAYLIGHT"]["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
    assert parts["STANDARD"]["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
    assert parts["DAYLIGHT"].decoded("DTSTART") == datetime(2025, 3, 30, 1)


def test_an_old_rule_ends_with_a_count_and_the_new_one_goes_on() -> None:
    """New York before 2007 (April to October) ends after 3 years; March to November goes on."""
    zone = vtimezone("America/New_York", 2005, 2008)
    rules = sorted(_rule_text(part) for part in zone.subcomponents)
    assert rules == [
        "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
        "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        "FREQ=YEARLY;COUNT=3;BYDAY=-1SU;BYMONTH=10",
        "FREQ=YEARLY;COUNT=3;BYDAY=1SU;BYMONTH=4",
    ]


def test_a_zone_that_gave_up_dst_keeps_no_yearly_rule() -> None:
    """Istanbul stayed on +03 from 2016: an independent parser finds no change after it."""
    meeting = _meeting("Europe/Istanbul", date(2015, 1, 6))
    ics = calendar_of([(meeting, [])], "Circle", datetime(2015, 1, 1, tzinfo=UTC))
    calendar = Calendar.from_ical(ics)
    for part in calendar.walk("VTIMEZONE")[0].subcomponents:
        count = part.get("RRULE", {}).get("COUNT")
        assert "RRULE" not in part or count, "every yearly rule of the zone has ended"
    found = _read_elsewhere(ics, "Europe/Istanbul", 200)
    assert found == _expected("Europe/Istanbul", date(2015, 1, 6), time(19), 200)
