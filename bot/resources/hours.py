"""Opening hours: open now, next change and a short description, in the resource's time zone.

Periods are compared on the resource's local wall clock, so daylight-saving changes need no
special case: 09:00-17:00 in Europe/Madrid means 09:00-17:00 Madrid time on either side of a
change. A period whose closing time is at or before its opening time runs past midnight.
"""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from bot.formats.formatting import (
    Reader,
    reader_for,
    time_text,
    uses_12_hour_clock,
    weekday_name,
)
from bot.resources.models import OpeningHours, Resource

_ALWAYS = "24/7"
_MIDNIGHT = time(0, 0)
_SEARCH_DAYS = 8  # a weekly schedule repeats, so a change (if any) comes within a week


def is_open(resource: Resource, now: datetime) -> bool | None:
    """Tell whether a resource is open at `now` (naive means UTC); None when hours are unknown."""
    if resource.always_open:
        return True
    zone = _zone(resource.timezone)
    if not resource.hours or zone is None:
        return None
    return _open_at(resource.hours, _aware(now).astimezone(zone))


def next_change(resource: Resource, now: datetime) -> datetime | None:
    """Return when the resource next opens or closes, in its time zone, or None if never/unknown."""
    zone = _zone(resource.timezone)
    if resource.always_open or not resource.hours or zone is None:
        return None
    instant = _aware(now).astimezone(UTC)
    local = instant.astimezone(zone)
    currently = _open_at(resource.hours, local)
    boundaries = sorted(
        moment
        for offset in range(-1, _SEARCH_DAYS + 1)
        for moment in _boundaries(resource.hours, local.date() + timedelta(days=offset), zone)
        if moment > instant
    )
    for moment in boundaries:
        if _open_at(resource.hours, moment.astimezone(zone)) != currently:
            return moment.astimezone(zone)
    return None


def _day_names(reader: Reader) -> tuple[str, ...]:
    """Return Monday..Sunday abbreviated in the reader's language (CLDR; English if unknown)."""
    return tuple(weekday_name(reader, weekday, "abbreviated") for weekday in range(7))


def describe_hours(resource: Resource, language: str, every_day: str) -> str:
    """Return the hours in a few words, e.g. "Mon–Fri 09:00–17:00; Sat 10:00–14:00", or ""."""
    if resource.always_open:
        return _ALWAYS
    if not resource.hours:
        return ""
    reader = reader_for(language, resource.timezone)
    names = _day_names(reader)
    groups: dict[tuple[tuple[time, time], ...], list[int]] = {}
    for weekday in range(7):
        day = tuple(sorted((p.opens, p.closes) for p in resource.hours if p.weekday == weekday))
        if day:
            groups.setdefault(day, []).append(weekday)
    parts: list[str] = []
    for periods, weekdays in groups.items():
        if len(weekdays) == 7:
            days = every_day
        else:
            days = ", ".join(_run_text(run, names) for run in _runs(weekdays))
        times = ", ".join(
            f"{_clock(reader, opens)}–{_clock(reader, closes, end=True)}"
            for opens, closes in periods
        )
        parts.append(f"{days} {times}")
    return "; ".join(parts)


def _open_at(hours: tuple[OpeningHours, ...], local: datetime) -> bool:
    """Tell whether a local wall-clock moment falls inside one of the periods."""
    clock = local.time()
    today = local.weekday()
    yesterday = (today - 1) % 7
    for period in hours:
        overnight = period.closes <= period.opens
        if period.weekday == today:
            if overnight and clock >= period.opens:
                return True
            if not overnight and period.opens <= clock < period.closes:
                return True
        if period.weekday == yesterday and overnight and clock < period.closes:
            return True
    return False


def _boundaries(
    hours: tuple[OpeningHours, ...], day: date, zone: zoneinfo.ZoneInfo
) -> list[datetime]:
    """Return the UTC instants at which the periods of one local day open and close."""
    moments: list[datetime] = []
    for period in hours:
        if period.weekday != day.weekday():
            continue
        closing_day = day if period.closes > period.opens else day + timedelta(days=1)
        for when, clock in ((day, period.opens), (closing_day, period.closes)):
            # A wall time skipped by a DST change maps to the instant just after the gap.
            moments.append(datetime.combine(when, clock, tzinfo=zone).astimezone(UTC))
    return moments


def _runs(weekdays: list[int]) -> list[list[int]]:
    """Split sorted weekdays into runs of consecutive days."""
    runs: list[list[int]] = []
    for weekday in sorted(weekdays):
        if runs and runs[-1][-1] == weekday - 1:
            runs[-1].append(weekday)
        else:
            runs.append([weekday])
    return runs


def _run_text(run: list[int], names: tuple[str, ...]) -> str:
    """Name a run of days: "Mon", "Sat, Sun" or "Mon–Fri"."""
    if len(run) >= 3:
        return f"{names[run[0]]}–{names[run[-1]]}"
    return ", ".join(names[weekday] for weekday in run)


def _clock(reader: Reader, value: time, *, end: bool = False) -> str:
    """Format a time as the reader writes it; a closing midnight reads 24:00 on a 24-hour clock."""
    if end and value == _MIDNIGHT and not uses_12_hour_clock(reader):
        return "24:00"
    return time_text(reader, value)


def _aware(moment: datetime) -> datetime:
    """Treat a naive datetime as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@cache
def _zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    """Return the time zone of that name, or None when missing or unknown."""
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
