"""How far away a meeting is, in parts people read: pure arithmetic, no wording."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.meetings.models import IN_PROGRESS_MINUTES, Occurrence


@dataclass(frozen=True)
class Timing:
    """Whether an occurrence is under way, and the whole minutes until (or since) its start."""

    in_progress: bool
    minutes: int


def timing_of(occurrence: Occurrence, now: datetime) -> Timing:
    """Say "in progress" for a meeting that began at most IN_PROGRESS_MINUTES ago."""
    seconds = (occurrence.start - now).total_seconds()
    if seconds <= 0:
        return Timing(True, int(-seconds // 60))
    return Timing(False, int(-(-seconds // 60)))  # round up: "in 1 min", never "in 0 min"


def counts_as_coming(occurrence: Occurrence, now: datetime) -> bool:
    """Tell whether /next should still show it: not yet started, or started only just now."""
    return occurrence.start >= now - timedelta(minutes=IN_PROGRESS_MINUTES)


def span(minutes: int) -> tuple[int, int, int]:
    """Split minutes into days, hours and minutes (days only from 24 hours on)."""
    days, rest = divmod(max(0, minutes), 24 * 60)
    hours, mins = divmod(rest, 60)
    return days, hours, mins


def in_quiet_hours(local: time, start: time, end: time) -> bool:
    """Tell whether a local time falls in quiet hours (which may run past midnight)."""
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def quiet_end_after(
    quiet_start: str | None, quiet_end: str | None, zone_name: str, now: datetime
) -> datetime | None:
    """When quiet hours ("HH:MM" local) end, if `now` falls in them; None when it does not."""
    if not quiet_start or not quiet_end:
        return None
    zone = ZoneInfo(zone_name)
    local = now.astimezone(zone)
    start, end = time.fromisoformat(quiet_start), time.fromisoformat(quiet_end)
    if not in_quiet_hours(local.time(), start, end):
        return None
    ends = datetime.combine(local.date(), end, zone)
    if ends <= local:
        ends = datetime.combine(local.date() + timedelta(days=1), end, zone)
    return ends
