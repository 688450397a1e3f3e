"""Calendar files (RFC 5545) of meetings, for Google, Apple and Outlook calendars.

Each meeting is one VEVENT whose UID is "<slug>@peerbot", with DTSTART/DTEND as local wall
times (TZID = the meeting's IANA zone) of its first occurrence and an RRULE for repeating
meetings, so clients keep the local time across daylight saving. A cancelled occurrence is an
EXDATE; a moved one is an extra VEVENT with the same UID, a RECURRENCE-ID (its original local
start) and the new times, as RFC 5545 and the big calendar apps do it (the original time is not
also an EXDATE: that would remove the instance the override replaces). A one-off event that was
cancelled is marked STATUS:CANCELLED; one that was moved just has its new times. Each zone
used gets one VTIMEZONE with yearly RRULE-based parts (`vtimezone.py`), written before the events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur

from bot.meetings.models import Change, ChangeKind, Meeting
from bot.meetings.parsing import slugify
from bot.meetings.recurrence import is_rule_date, rrule_text, rule_dates
from bot.meetings.vtimezone import vtimezone

PRODID = "-//peerbot//meetings//EN"
# Every rule has an occurrence within this many days of its start date (monthly: 1..62).
_FIRST_SEARCH = timedelta(days=62)
_SEQUENCE_EPOCH = int(datetime(2020, 1, 1, tzinfo=UTC).timestamp())


def calendar_of(
    items: Iterable[tuple[Meeting, Sequence[Change]]],
    name: str,
    now: datetime,
    refresh: timedelta | None = None,
) -> bytes:
    """Return one calendar (VCALENDAR bytes, CRLF, folded) of meetings with their changes.

    `now` is the DTSTAMP of every event; `refresh` (for subscribed calendars) tells clients
    how often to fetch it again (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    if refresh is not None:
        calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", refresh)
    stamp = now.astimezone(UTC)
    dates = [stamp.date()]
    events: list[Event] = []
    zones: set[str] = set()
    for meeting, changes in items:
        found = _events(meeting, changes, stamp)
        if found:
            zones.add(meeting.timezone)
        events.extend(found)
        dates.extend(event.decoded("dtstart").date() for event in found)
    first_year, last_year = min(dates).year, max(dates).year
    for zone in sorted(zones):
        calendar.add_component(vtimezone(zone, first_year, last_year))
    for event in events:
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


def sequence_of(stamp: datetime) -> int:
    """The SEQUENCE of events written at `stamp`: seconds since 2020, so a file written later
    is a newer revision of the same UID (RFC 5545 3.8.7.4) and calendar apps update the event
    people saved instead of keeping the old time. Fits a 32-bit integer until 2088."""
    return max(0, int(stamp.timestamp()) - _SEQUENCE_EPOCH)


def ics_filename(label: str) -> str:
    """Return a safe file name for a calendar, e.g. "tuesday-circle.ics"."""
    return f"{slugify(label)}.ics"


def _first_date(meeting: Meeting) -> date | None:
    """The local date of the meeting's first occurrence, None when the rule gives none."""
    rule = meeting.recurrence
    found = rule_dates(rule, rule.start_date, rule.start_date + _FIRST_SEARCH)
    return found[0] if found else None


def _wall(meeting: Meeting, on: date, zone: ZoneInfo) -> datetime:
    """The wall-clock start the rule gives on a local date (as written, even in a DST gap)."""
    return datetime.combine(on, meeting.start_time.replace(tzinfo=None), tzinfo=zone)


def _events(meeting: Meeting, changes: Sequence[Change], stamp: datetime) -> list[Event]:
    """The VEVENTs of a meeting: the series (or one-off event) and one per moved occurrence."""
    first = _first_date(meeting)
    if first is None:
        return []
    zone = ZoneInfo(meeting.timezone)
    rule = rrule_text(meeting.recurrence, meeting.timezone)
    if rule is None:
        return [_one_off(meeting, changes, zone, stamp)]
    series = _event(meeting, _wall(meeting, first, zone), stamp)
    series.add("rrule", vRecur.from_ical(rule))
    cancelled = _rule_changes(meeting, changes, ChangeKind.CANCELLED)
    if cancelled:
        series.add("exdate", [_wall(meeting, change.original_date, zone) for change in cancelled])
    moved = _rule_changes(meeting, changes, ChangeKind.MOVED)
    return [series, *(_moved_event(meeting, change, zone, stamp) for change in moved)]


def _event(meeting: Meeting, start: datetime, stamp: datetime, reason: str | None = None) -> Event:
    """A VEVENT of the meeting starting at `start` (aware, meeting's zone)."""
    event = Event()
    event.add("uid", f"{meeting.slug}@peerbot")
    event.add("dtstamp", stamp)
    event.add("sequence", sequence_of(stamp))
    event.add("dtstart", start)
    event.add("dtend", _end(meeting, start))
    event.add("summary", meeting.name)
    place = _location(meeting)
    if place:
        event.add("location", place)
    if meeting.conference_url:
        event.add("url", meeting.conference_url)
    description = _description(meeting, reason)
    if description:
        event.add("description", description)
    return event


def _end(meeting: Meeting, start: datetime) -> datetime:
    """The end after the meeting's duration of elapsed time, as a wall time in its zone."""
    elapsed = start.astimezone(UTC) + timedelta(minutes=meeting.duration_minutes)
    return elapsed.astimezone(start.tzinfo)


def _location(meeting: Meeting) -> str | None:
    """Where to go: place and address, or the online link (or phone) for online meetings (an
    approximate address only tells the area an online meeting is based in: not a place)."""
    parts = (meeting.location, None if meeting.approximate else meeting.address)
    place = ", ".join(part for part in parts if part)
    return place or meeting.conference_url or meeting.conference_phone


def _description(meeting: Meeting, reason: str | None) -> str:
    """Plain text lines: a change's reason, notes, link, link notes and phone number."""
    lines = (
        reason,
        meeting.notes,
        meeting.conference_url,
        meeting.conference_url_notes,
        meeting.conference_phone,
    )
    return "\n".join(line for line in lines if line)


def _own_changes(meeting: Meeting, changes: Sequence[Change]) -> dict[date, Change]:
    """This meeting's changes by original date (the last one for a date wins)."""
    return {change.original_date: change for change in changes if change.meeting_id == meeting.id}


def _rule_changes(meeting: Meeting, changes: Sequence[Change], kind: ChangeKind) -> list[Change]:
    """This meeting's changes of one kind on dates the rule gives (moves with a time), by date."""
    wanted = [
        change
        for on, change in sorted(_own_changes(meeting, changes).items())
        if change.kind is kind and is_rule_date(meeting.recurrence, on)
    ]
    if kind is ChangeKind.MOVED:
        return [change for change in wanted if change.new_start is not None]
    return wanted


def _new_start(new_start: datetime, zone: ZoneInfo) -> datetime:
    """A move's new start in the meeting's zone (a naive time is read as local)."""
    if new_start.tzinfo is None:
        new_start = new_start.replace(tzinfo=zone)
    return new_start.astimezone(zone)


def _moved_event(meeting: Meeting, change: Change, zone: ZoneInfo, stamp: datetime) -> Event:
    """The override VEVENT of a moved occurrence: same UID, RECURRENCE-ID, new times."""
    assert change.new_start is not None  # _rule_changes keeps only moves with a time
    event = _event(meeting, _new_start(change.new_start, zone), stamp, change.reason)
    event.add("recurrence-id", _wall(meeting, change.original_date, zone))
    return event


def _one_off(meeting: Meeting, changes: Sequence[Change], zone: ZoneInfo, stamp: datetime) -> Event:
    """A one-off event after its change: moved gets the new times, cancelled a CANCELLED status."""
    on = meeting.recurrence.start_date
    change = _own_changes(meeting, changes).get(on)
    start = _wall(meeting, on, zone)
    if change is not None and change.kind is ChangeKind.MOVED and change.new_start is not None:
        start = _new_start(change.new_start, zone)
    event = _event(meeting, start, stamp, change.reason if change else None)
    if change is not None and change.kind is ChangeKind.CANCELLED:
        event.add("status", "CANCELLED")
    return event
