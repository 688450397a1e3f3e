"""When meetings happen: rule dates, local start times across daylight saving, and changes.

Rules are expanded with `dateutil.rrule` on naive local dates; start times are then made aware
in the meeting's IANA zone with `zoneinfo`. Meeting Guide days are 0 = Sunday ... 6 = Saturday.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday

from bot.domain.localtime import local_moment
from bot.meetings.models import Change, ChangeKind, Frequency, Meeting, Occurrence, Recurrence

# RFC 5545 day codes indexed by Meeting Guide day number (0 = Sunday).
_DAY_CODES = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")
# Local dates scanned either side of a window, so any zone offset is covered.
_MARGIN = timedelta(days=2)
# Windows tried in turn by the "next" searches before the full horizon.
_STEPS_DAYS = (8, 40)


def _rrule_weekday(recurrence: Recurrence) -> weekday:
    """Return the dateutil weekday of a WEEKLY or MONTHLY rule (with its nth for monthly)."""
    day = recurrence.weekday
    if day is None or not 0 <= day <= 6:
        raise ValueError(f"{recurrence.frequency} rule needs a weekday 0..6, got {day!r}")
    base = weekday((day + 6) % 7)  # dateutil: Monday = 0; Meeting Guide: Sunday = 0
    if recurrence.frequency is Frequency.MONTHLY:
        if recurrence.nth not in (1, 2, 3, 4, -1):
            raise ValueError(f"monthly rule needs nth 1..4 or -1, got {recurrence.nth!r}")
        return base(recurrence.nth)
    return base


def _first_weekly(recurrence: Recurrence) -> date:
    """Return the first occurrence of a weekly rule: its weekday on or after start_date."""
    wanted = (_rrule_weekday(recurrence).weekday - recurrence.start_date.weekday()) % 7
    return recurrence.start_date + timedelta(days=wanted)


def _weekly_dtstart(recurrence: Recurrence, low: date) -> date:
    """Return the latest weekly occurrence date not after `low` (or the first occurrence)."""
    if recurrence.interval < 1:
        raise ValueError(f"weekly interval must be at least 1, got {recurrence.interval}")
    first = _first_weekly(recurrence)
    step = 7 * recurrence.interval
    skipped = max(0, (low - first).days // step)
    return first + timedelta(days=skipped * step)


def _as_datetime(day: date) -> datetime:
    """Return naive midnight of a date, as dateutil expects."""
    return datetime.combine(day, time())


def rule_dates(recurrence: Recurrence, first: date, last: date) -> list[date]:
    """Return the local dates the rule gives in [first, last], within start_date..until."""
    low = max(first, recurrence.start_date)
    high = last if recurrence.until is None else min(last, recurrence.until)
    if low > high:
        return []
    if recurrence.frequency is Frequency.ONCE:
        return [recurrence.start_date] if low == recurrence.start_date else []
    if recurrence.frequency is Frequency.WEEKLY:
        dtstart = _weekly_dtstart(recurrence, low)
        rule = rrule(
            WEEKLY,
            interval=recurrence.interval,
            byweekday=_rrule_weekday(recurrence),
            dtstart=_as_datetime(dtstart),
        )
    else:
        rule = rrule(MONTHLY, byweekday=_rrule_weekday(recurrence), dtstart=_as_datetime(low))
    found = rule.between(_as_datetime(low), _as_datetime(high), inc=True)
    return [moment.date() for moment in found]


def is_rule_date(recurrence: Recurrence, on: date) -> bool:
    """Tell whether the rule gives an occurrence on this local date."""
    return rule_dates(recurrence, on, on) == [on]


def local_start(meeting: Meeting, on: date) -> datetime:
    """Return the aware start of the meeting on local date `on`, in the meeting's zone.

    Daylight saving rules are those of `bot.domain.localtime.local_moment`: a missing wall
    time (spring-forward gap) moves forward by the gap, an ambiguous one takes the first.
    """
    return local_moment(meeting.timezone, on, meeting.start_time)


def _end(start: datetime, minutes: int, zone: ZoneInfo) -> datetime:
    """Return the end after `minutes` of elapsed time (not wall time), in the zone."""
    return (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(zone)


def _changes_by_date(meeting: Meeting, changes: Iterable[Change]) -> dict[date, Change]:
    """Index this meeting's changes by original date (the last one for a date wins)."""
    return {change.original_date: change for change in changes if change.meeting_id == meeting.id}


def _moved_start(change: Change, zone: ZoneInfo) -> datetime | None:
    """Return a MOVED change's new start in the zone (naive is read as local), else None."""
    if change.kind is not ChangeKind.MOVED or change.new_start is None:
        return None
    new_start = change.new_start
    if new_start.tzinfo is None:
        new_start = new_start.replace(tzinfo=zone)
    return new_start.astimezone(zone)


def _occurrence(meeting: Meeting, on: date, change: Change | None) -> Occurrence:
    """Build the occurrence of a rule date, after its change (if any)."""
    zone = ZoneInfo(meeting.timezone)
    start = local_start(meeting, on)
    if change is not None and change.kind is ChangeKind.MOVED:
        moved = _moved_start(change, zone)
        if moved is None:
            change = None  # a move without a new time changes nothing
        else:
            start = moved
    end = _end(start, meeting.duration_minutes, zone)
    return Occurrence(meeting=meeting, original_date=on, start=start, end=end, change=change)


def _candidate_dates(
    meeting: Meeting, by_date: dict[date, Change], start: datetime, end: datetime
) -> set[date]:
    """Rule dates near the window, plus the original dates of moves that are rule dates."""
    zone = ZoneInfo(meeting.timezone)
    first = start.astimezone(zone).date() - _MARGIN
    last = end.astimezone(zone).date() + _MARGIN
    dates = set(rule_dates(meeting.recurrence, first, last))
    for on, change in by_date.items():
        if change.kind is ChangeKind.MOVED and is_rule_date(meeting.recurrence, on):
            dates.add(on)
    return dates


def _occurrences_in(
    meeting: Meeting,
    by_date: dict[date, Change],
    start: datetime,
    end: datetime,
    include_cancelled: bool,
) -> list[Occurrence]:
    """Return the occurrences starting in [start, end), given changes indexed by date."""
    found: list[Occurrence] = []
    for on in _candidate_dates(meeting, by_date, start, end):
        occurrence = _occurrence(meeting, on, by_date.get(on))
        if occurrence.cancelled and not include_cancelled:
            continue
        if start <= occurrence.start < end:
            found.append(occurrence)
    return sorted(found, key=lambda item: (item.start, item.original_date))


def occurrences(
    meeting: Meeting,
    changes: Iterable[Change],
    start: datetime,
    end: datetime,
    include_cancelled: bool = False,
) -> list[Occurrence]:
    """Return the occurrences whose (possibly moved) start is in [start, end), by start."""
    by_date = _changes_by_date(meeting, changes)
    return _occurrences_in(meeting, by_date, start, end, include_cancelled)


def _windows(horizon_days: int) -> list[int]:
    """Return the growing window lengths (days) to try, ending with the horizon."""
    return [days for days in _STEPS_DAYS if days < horizon_days] + [horizon_days]


def next_occurrences(
    meeting: Meeting,
    changes: Iterable[Change],
    after: datetime,
    count: int = 1,
    horizon_days: int = 400,
    include_cancelled: bool = False,
) -> list[Occurrence]:
    """Return the next `count` occurrences starting at or after `after`, within the horizon."""
    if count < 1 or horizon_days < 1:
        return []
    by_date = _changes_by_date(meeting, changes)
    found: list[Occurrence] = []
    for days in _windows(horizon_days):
        end = after + timedelta(days=days)
        found = _occurrences_in(meeting, by_date, after, end, include_cancelled)
        if len(found) >= count:
            break
    return found[:count]


def upcoming_dates(meeting: Meeting, after: datetime, count: int) -> list[date]:
    """Return the original dates of the next `count` rule occurrences starting at or after."""
    if count < 1:
        return []
    first = after.astimezone(ZoneInfo(meeting.timezone)).date() - _MARGIN
    found: list[date] = []
    for days in _windows(400):
        dates = rule_dates(meeting.recurrence, first, first + timedelta(days=days))
        found = [on for on in dates if local_start(meeting, on) >= after]
        if len(found) >= count:
            break
    return found[:count]


def _until_utc(until: date, timezone: str) -> str:
    """Return the UTC time of the last second of local day `until`, as YYYYMMDDTHHMMSSZ."""
    zone = ZoneInfo(timezone)
    next_midnight = datetime.combine(until + timedelta(days=1), time(), tzinfo=zone)
    last_second = next_midnight.astimezone(UTC) - timedelta(seconds=1)
    return last_second.strftime("%Y%m%dT%H%M%SZ")


def rrule_text(recurrence: Recurrence, timezone: str) -> str | None:
    """Return the RFC 5545 RRULE value (no "RRULE:" prefix), or None for a one-off event.

    INTERVAL is written only when above 1; UNTIL is the UTC time of the end of the local
    `until` day in `timezone`. For every-N-weeks rules, DTSTART must be the first occurrence.
    """
    if recurrence.frequency is Frequency.ONCE:
        return None
    _rrule_weekday(recurrence)  # validates weekday (and nth)
    code = _DAY_CODES[recurrence.weekday or 0]
    if recurrence.frequency is Frequency.WEEKLY:
        parts = ["FREQ=WEEKLY"]
        if recurrence.interval > 1:
            parts.append(f"INTERVAL={recurrence.interval}")
        parts.append(f"BYDAY={code}")
    else:
        parts = ["FREQ=MONTHLY", f"BYDAY={recurrence.nth}{code}"]
    if recurrence.until is not None:
        parts.append(f"UNTIL={_until_utc(recurrence.until, timezone)}")
    return ";".join(parts)


def occurrence_on(meeting: Meeting, changes: Iterable[Change], original: date) -> Occurrence | None:
    """Return the occurrence a rule date gives (moved or cancelled), or None if it has none."""
    zone = ZoneInfo(meeting.timezone)
    start = datetime.combine(original, time.min, zone) - timedelta(days=1)
    window = list(changes)
    found = occurrences(meeting, window, start, start + timedelta(days=3), include_cancelled=True)
    for occurrence in found:
        if occurrence.original_date == original:
            return occurrence
    moved = [change for change in window if change.original_date == original and change.new_start]
    if moved and moved[0].new_start is not None:
        start = moved[0].new_start - timedelta(minutes=1)
        later = occurrences(meeting, window, start, start + timedelta(minutes=2))
        return next((item for item in later if item.original_date == original), None)
    return None
