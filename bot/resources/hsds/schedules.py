"""Weekly opening hours from HSDS schedules (HSDS 3 byday, HSDS 2 weekday numbers) (pure)."""

from __future__ import annotations

import re
from datetime import time
from typing import Any

from bot.domain.zones import is_valid_timezone
from bot.resources.hsds.fields import objects, split, text
from bot.resources.models import OpeningHours

_DAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$")


def opening_hours(
    record: dict[str, Any], default_zone: str | None, warnings: list[str]
) -> tuple[tuple[OpeningHours, ...], str | None, bool]:
    """Weekly opening hours, the time zone they are in, and whether it is open around the clock."""
    periods: list[OpeningHours] = []
    timezone = text(record.get("timezone")) or None
    schedules = objects(record.get("schedules")) + objects(record.get("regular_schedules"))
    for schedule in schedules:
        zone = schedule.get("timezone")
        if isinstance(zone, str) and is_valid_timezone(zone.strip()):
            timezone = timezone or zone.strip()
        if text(schedule.get("freq")).upper() not in ("", "WEEKLY"):
            continue  # monthly and yearly rules do not fit weekly hours
        days = _weekdays(schedule)
        opens, closes = _clock(schedule.get("opens_at")), _clock(schedule.get("closes_at"))
        if not days or opens is None or closes is None:
            what = text(schedule.get("description")) or text(schedule.get("id")) or "a schedule"
            warnings.append(f"opening hours '{what[:60]}' dropped (no weekday or time)")
            continue
        periods.extend(OpeningHours(day, opens, closes) for day in days)
    timezone = timezone or default_zone
    if timezone and not is_valid_timezone(timezone):
        warnings.append(f"time zone '{timezone[:40]}' dropped (not an IANA name)")
        timezone = default_zone
    unique = tuple(sorted(set(periods), key=lambda p: (p.weekday, p.opens, p.closes)))
    midnight = time(0, 0)
    whole_days = {
        p.weekday for p in unique if p.opens == midnight and p.closes in (midnight, time(23, 59))
    }
    if len(whole_days) == 7:
        return (), timezone, True
    if unique and timezone is None:
        warnings.append("opening hours without a time zone (give --timezone)")
    return unique, timezone, False


def _weekdays(schedule: dict[str, Any]) -> list[int]:
    """Weekdays (0 = Monday) from `byday` (MO,TU) or `weekday` (1-7, Monday..., or a name)."""
    days: list[int] = []
    for part in split(schedule.get("byday")):
        key = part.strip().lower()
        if key in _DAYS:  # "1SA" (first Saturday) is monthly, not weekly
            days.append(_DAYS[key])
    weekday = text(schedule.get("weekday")).lower()
    if weekday.isdigit() and 1 <= int(weekday) <= 7:
        days.append(int(weekday) - 1)
    elif weekday[:2] in _DAYS:
        days.append(_DAYS[weekday[:2]])
    return sorted(set(days))


def _clock(value: Any) -> time | None:
    """A time of day from 'HH:MM', 'HH:MM:SS', with an optional Z or offset (ignored)."""
    match = _TIME.match(text(value))
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour == 24 and minute == 0:
        return time(0, 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
