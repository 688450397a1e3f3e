"""Calendar files: parsed back with icalendar and expanded with dateutil, across daylight saving."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar, Component

from bot.meetings.ics import calendar_of, ics_filename
from bot.meetings.models import (
    FRIDAY,
    LAST,
    MONDAY,
    TUESDAY,
    WEDNESDAY,
    Change,
    ChangeKind,
    Frequency,
    Meeting,
    Recurrence,
)

NOW = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")
WEEKLY = Recurrence(Frequency.WEEKLY, date(2027, 3, 1), weekday=WEDNESDAY)


def _meeting(recurrence: Recurrence = WEEKLY, **fields: Any) -> Meeting:
    """A Wednesday 19:00 London meeting with a place and a link, fields replaced."""
    meeting = Meeting(
        id=1,
        group_id=-1001,
        slug="wednesday-circle",
        name="Wednesday Circle",
        recurrence=recurrence,
        start_time=time(19),
        duration_minutes=90,
        timezone="Europe/London",
        location="St Mary's Community Hall",
        address="12 High St, Leeds LS1 4AB, UK",
        conference_url="https://zoom.us/j/123456789",
        notes="Ring the bell.",
    )
    return replace(meeting, **fields)


def _calendar(*items: tuple[Meeting, Sequence[Change]], name: str = "Circle") -> Calendar:
    """Write a calendar and parse it back."""
    return Calendar.from_ical(calendar_of(list(items), name, NOW))


def _events(calendar: Calendar) -> list[Component]:
    """The VEVENTs of a parsed calendar."""
    return list(calendar.walk("VEVENT"))


def _rrule_parts(ics: bytes) -> list[set[str]]:
    """The parts of each event's RRULE line of the raw file (not the time zones' rules)."""
    lines = ics.decode().replace("\r\n ", "").split("\r\n")
    found: list[set[str]] = []
    in_event = False
    for line in lines:
        in_event = line == "BEGIN:VEVENT" or (in_event and line != "END:VEVENT")
        if in_event and line.startswith("RRULE:"):
            found.append(set(line[len("RRULE:") :].split(";")))
    return found


def _expand(event: Component, count: int = 60) -> list[datetime]:
    """Expand an event's RRULE from its DTSTART with dateutil (aware local times)."""
    rule = rrulestr(_rrule(event).to_ical().decode(), dtstart=event.decoded("DTSTART"))
    return list(islice(rule, count))


def _rrule(event: Component) -> Any:
    """The parsed RRULE (a vRecur) of an event."""
    return event["RRULE"]


def _exdates(event: Component) -> list[datetime]:
    """The EXDATE times of an event."""
    value = event.get("EXDATE")
    lists = value if isinstance(value, list) else [value] if value is not None else []
    return [item.dt for found in lists for item in found.dts]


def test_weekly_london_meeting_stays_at_19_local_across_dst() -> None:
    """Before 28 March 2027 it is 19:00 UTC, after it 18:00 UTC: always 19:00 in London."""
    (event,) = _events(_calendar((_meeting(), [])))
    start = event.decoded("DTSTART")
    assert start == datetime(2027, 3, 3, 19, tzinfo=LONDON)
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.decoded("DTEND") - start == timedelta(minutes=90)
    times = _expand(event, 6)
    assert [moment.astimezone(LONDON).time() for moment in times] == [time(19)] * 6
    utc = [moment.astimezone(UTC) for moment in times]
    assert utc[3] == datetime(2027, 3, 24, 19, tzinfo=UTC)
    assert utc[4] == datetime(2027, 3, 31, 18, tzinfo=UTC)


def test_rrule_every_two_weeks_and_monthly_positions() -> None:
    """Every 2 weeks, the first Monday and the last Friday of the month are written and kept."""
    fortnightly = _meeting(replace(WEEKLY, weekday=TUESDAY, interval=2), slug="a")
    first_monday = _meeting(
        Recurrence(Frequency.MONTHLY, date(2027, 3, 1), weekday=MONDAY, nth=1), slug="b"
    )
    last_friday = _meeting(
        Recurrence(Frequency.MONTHLY, date(2027, 3, 1), weekday=FRIDAY, nth=LAST), slug="c"
    )
    items: list[tuple[Meeting, list[Change]]] = [
        (fortnightly, []),
        (first_monday, []),
        (last_friday, []),
    ]
    ics = calendar_of(items, "Circle", NOW)
    assert _rrule_parts(ics) == [
        {"FREQ=WEEKLY", "INTERVAL=2", "BYDAY=TU"},
        {"FREQ=MONTHLY", "BYDAY=1MO"},
        {"FREQ=MONTHLY", "BYDAY=-1FR"},
    ]
    a, b, c = _events(Calendar.from_ical(ics))
    assert [moment.date() for moment in _expand(a, 3)] == [
        date(2027, 3, 2),
        date(2027, 3, 16),
        date(2027, 3, 30),
    ]
    assert [moment.date() for moment in _expand(b, 3)] == [
        date(2027, 3, 1),
        date(2027, 4, 5),
        date(2027, 5, 3),
    ]
    assert [moment.date() for moment in _expand(c, 3)] == [
        date(2027, 3, 26),
        date(2027, 4, 30),
        date(2027, 5, 28),
    ]


def test_an_online_meetings_area_is_not_its_location() -> None:
    """An approximate address (the area an online meeting is based in) is no place to go: the
    calendar's LOCATION is the link."""
    online = _meeting(
        location=None,
        address="Leeds, UK",
        approximate=True,
        conference_url="https://meet.example.org/x",
    )
    (event,) = _events(_calendar((online, [])))
    assert str(event["LOCATION"]) == "https://meet.example.org/x"


def test_cancelled_occurrence_is_an_exdate() -> None:
    """A cancelled occurrence is left out by EXDATE in the meeting's zone."""
    cancelled = Change(1, date(2027, 3, 17), ChangeKind.CANCELLED, reason="Hall closed")
    (event,) = _events(_calendar((_meeting(), [cancelled])))
    assert _exdates(event) == [datetime(2027, 3, 17, 19, tzinfo=LONDON)]
    assert event["EXDATE"].params["TZID"] == "Europe/London"
    left = [moment for moment in _expand(event, 4) if moment not in _exdates(event)]
    assert [moment.day for moment in left] == [3, 10, 24]


def test_moved_occurrence_is_an_override_event() -> None:
    """A moved occurrence is a VEVENT with the same UID, RECURRENCE-ID and the new time."""
    new_start = datetime(2027, 4, 8, 18, 30, tzinfo=LONDON)
    moved = Change(1, date(2027, 4, 7), ChangeKind.MOVED, new_start=new_start, reason="Easter")
    other = Change(2, date(2027, 4, 14), ChangeKind.CANCELLED)  # another meeting's change
    series, override = _events(_calendar((_meeting(), [moved, other])))
    assert series["UID"] == override["UID"] == "wednesday-circle@peerbot"
    assert "EXDATE" not in series
    assert override.decoded("RECURRENCE-ID") == datetime(2027, 4, 7, 19, tzinfo=LONDON)
    assert override["RECURRENCE-ID"].params["TZID"] == "Europe/London"
    assert override.decoded("DTSTART") == new_start
    assert override.decoded("DTEND") == new_start + timedelta(minutes=90)
    assert "RRULE" not in override
    assert str(override["DESCRIPTION"]).startswith("Easter\n")


def _sequence(event: Component) -> int:
    """An event's SEQUENCE as a number."""
    return int(str(event["SEQUENCE"]))


def test_a_later_file_carries_a_higher_sequence() -> None:
    """Every event of a file written later has a higher SEQUENCE (RFC 5545 3.8.7.4), so a
    calendar app that saved the meeting before takes the new file as an update of it."""
    moved = Change(
        1, date(2027, 4, 7), ChangeKind.MOVED, new_start=datetime(2027, 4, 8, 19, tzinfo=LONDON)
    )
    items = [(_meeting(), [moved])]
    before = _events(Calendar.from_ical(calendar_of(items, "Circle", NOW)))
    after = _events(Calendar.from_ical(calendar_of(items, "Circle", NOW + timedelta(minutes=1))))
    assert len(before) == len(after) == 2
    assert all(_sequence(event) >= 0 for event in before)
    assert {_sequence(event) for event in before} == {_sequence(before[0])}
    assert _sequence(after[0]) > _sequence(before[0])
    assert _sequence(after[1]) > _sequence(before[1])


def test_one_vtimezone_per_zone_with_standard_and_daylight() -> None:
    """Each zone used gets one VTIMEZONE; DST zones have both parts, Tokyo only STANDARD."""
    tokyo = _meeting(slug="tokyo", timezone="Asia/Tokyo")
    new_york = _meeting(slug="ny", timezone="America/New_York")
    calendar = _calendar((_meeting(), []), (_meeting(slug="b"), []), (tokyo, []), (new_york, []))
    zones = {str(zone["TZID"]): zone for zone in calendar.walk("VTIMEZONE")}
    assert len(calendar.walk("VTIMEZONE")) == 3
    assert set(zones) == {"Europe/London", "Asia/Tokyo", "America/New_York"}
    for name in ("Europe/London", "America/New_York"):
        assert {part.name for part in zones[name].subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert {part.name for part in zones["Asia/Tokyo"].subcomponents} == {"STANDARD"}


def test_group_calendar_holds_two_meetings() -> None:
    """A group's calendar has its name and one series per meeting."""
    second = _meeting(
        slug="friday-night", name="Friday Night", recurrence=replace(WEEKLY, weekday=FRIDAY)
    )
    calendar = _calendar((_meeting(), []), (second, []), name="Leeds peer group")
    assert str(calendar["X-WR-CALNAME"]) == "Leeds peer group"
    assert str(calendar["PRODID"]) == "-//peerbot//meetings//EN"
    assert (str(calendar["VERSION"]), str(calendar["METHOD"])) == ("2.0", "PUBLISH")
    events = _events(calendar)
    assert [str(event["UID"]) for event in events] == [
        "wednesday-circle@peerbot",
        "friday-night@peerbot",
    ]
    assert [str(event["SUMMARY"]) for event in events] == ["Wednesday Circle", "Friday Night"]
    assert all(event.decoded("DTSTAMP") == NOW for event in events)


def test_ended_series_has_until_in_utc() -> None:
    """UNTIL is UTC and keeps the last (inclusive) local date."""
    ended = _meeting(replace(WEEKLY, until=date(2027, 4, 14)))
    (event,) = _events(_calendar((ended, [])))
    until: datetime = _rrule(event)["UNTIL"][0]
    assert until.tzinfo is not None
    assert until.utcoffset() == timedelta(0)
    dates = [moment.date() for moment in _expand(event)]
    assert dates[0] == date(2027, 3, 3)
    assert dates[-1] == date(2027, 4, 14)
    assert len(dates) == 7


def test_one_off_event_has_no_rrule() -> None:
    """A one-off event is a single VEVENT on its date."""
    once = _meeting(Recurrence(Frequency.ONCE, date(2027, 5, 1)), slug="picnic")
    (event,) = _events(_calendar((once, [])))
    assert "RRULE" not in event
    assert event.decoded("DTSTART") == datetime(2027, 5, 1, 19, tzinfo=LONDON)


def test_cancelled_and_moved_one_off_events() -> None:
    """A cancelled one-off event is STATUS:CANCELLED; a moved one has its new time."""
    once = _meeting(Recurrence(Frequency.ONCE, date(2027, 5, 1)), id=2, slug="picnic")
    new_start = datetime(2027, 5, 2, 12, tzinfo=LONDON)
    moved = Change(2, date(2027, 5, 1), ChangeKind.MOVED, new_start=new_start)
    cancelled = Change(1, date(2027, 5, 1), ChangeKind.CANCELLED, reason="Rain")
    picnic, circle = _events(
        _calendar((once, [moved]), (replace(once, id=1, slug="x"), [cancelled]))
    )
    assert picnic.decoded("DTSTART") == new_start
    assert "STATUS" not in picnic
    assert str(circle["STATUS"]) == "CANCELLED"
    assert str(circle["DESCRIPTION"]).startswith("Rain\n")


def test_series_that_ended_before_it_started_is_left_out() -> None:
    """A rule without any occurrence gives no event."""
    never = _meeting(replace(WEEKLY, start_date=date(2027, 3, 4), until=date(2027, 3, 8)))
    assert _events(_calendar((never, []))) == []


def test_online_meeting_location_is_the_link() -> None:
    """An online-only meeting shows its link as LOCATION and URL."""
    online = _meeting(location=None, address=None, conference_phone="+44 20 1234 5678")
    (event,) = _events(_calendar((online, [])))
    assert str(event["LOCATION"]) == "https://zoom.us/j/123456789"
    assert str(event["URL"]) == "https://zoom.us/j/123456789"
    assert str(event["DESCRIPTION"]).endswith("+44 20 1234 5678")


def test_special_characters_are_escaped_and_round_trip() -> None:
    """Commas, semicolons, newlines and emoji survive; lines are CRLF and folded at 75 octets."""
    name = "Café; Circle, Tuesday 🌱🌱🌱 — a very long name that needs folding " * 2
    notes = "Side door; upstairs,\nsecond floor 🙂\\ ok"
    meeting = _meeting(name=name, notes=notes, location="Hall; B, 2")
    ics = calendar_of([(meeting, [])], "Circle; 🌱", NOW)
    assert b"Caf\xc3\xa9\\; Circle\\, Tuesday" in ics
    assert ics.endswith(b"\r\n")
    lines = ics.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert all(line.decode("utf-8") is not None for line in lines)
    assert b"\n" not in ics.replace(b"\r\n", b"")
    (event,) = _events(Calendar.from_ical(ics))
    assert str(event["SUMMARY"]) == name
    assert str(event["DESCRIPTION"]).startswith(notes + "\n")
    assert str(event["LOCATION"]) == "Hall; B, 2, 12 High St, Leeds LS1 4AB, UK"


def test_ics_filename_is_safe() -> None:
    """File names are lowercase ASCII words joined by hyphens, ending in .ics."""
    assert ics_filename("Tuesday Circle") == "tuesday-circle.ics"
    assert ics_filename("../../etc/passwd") == "etc-passwd.ics"
    assert ics_filename("Café ☕ / Morgen") == "cafe-morgen.ics"
