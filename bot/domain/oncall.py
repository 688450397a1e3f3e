"""Who is on call in a group now: a daily or weekly rotation, overridden by taken shifts."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

# A shift taken with no rotation set lasts this long.
DEFAULT_SHIFT = timedelta(hours=24)


class Period(StrEnum):
    """How often the on-call duty passes to the next facilitator."""

    DAILY = "daily"
    WEEKLY = "weekly"

    @property
    def days(self) -> int:
        """Return the length of one shift in days."""
        return 1 if self is Period.DAILY else 7


@dataclass(frozen=True)
class Rotation:
    """A rotation: duty passes at `handover` (local time) every period, counted from `anchor`."""

    period: Period
    handover: time
    anchor: date
    timezone: str
    # Who takes turns, in order; None means every facilitator of the group.
    participants: tuple[int, ...] | None = None

    def turns(self, facilitators: Sequence[int]) -> tuple[int, ...]:
        """Return who takes turns now: the chosen people who still facilitate, else everyone."""
        if self.participants is None:
            return tuple(facilitators)
        current = set(facilitators)
        return tuple(person for person in self.participants if person in current)


@dataclass(frozen=True)
class Shift:
    """A shift someone took or was handed, overriding the rotation while it lasts."""

    user_id: int
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class Duty:
    """Who is on call and until when (None when nobody is)."""

    user_id: int | None
    until: datetime | None


def shift_bounds(rotation: Rotation, now: datetime) -> tuple[int, datetime, datetime]:
    """Return the index of the rotation shift running at `now`, with its start and end."""
    zone = ZoneInfo(rotation.timezone)
    local = now.astimezone(zone)
    day = local.date() if local.time() >= rotation.handover else local.date() - timedelta(days=1)
    index = (day - rotation.anchor).days // rotation.period.days
    first = rotation.anchor + timedelta(days=index * rotation.period.days)
    start = datetime.combine(first, rotation.handover, zone)
    end = datetime.combine(first + timedelta(days=rotation.period.days), rotation.handover, zone)
    return index, start, end


def on_duty(
    rotation: Rotation | None,
    participants: Sequence[int],
    shifts: Sequence[Shift],
    now: datetime,
    away: Collection[int] = frozenset(),
) -> Duty:
    """Return who is on call at `now`: the latest running shift, else the rotation's turn.

    `shifts` come oldest first; of two starting at the same moment, the later one wins.
    People `away` (on a break) are skipped: their shifts do not count and their turn passes
    to the next participant in order.
    """
    running = [
        shift
        for shift in shifts
        if shift.starts_at <= now < shift.ends_at and shift.user_id not in away
    ]
    if running:
        _, latest = max(enumerate(running), key=lambda pair: (pair[1].starts_at, pair[0]))
        return Duty(latest.user_id, latest.ends_at)
    if rotation is None or not participants:
        return Duty(None, None)
    index, _, end = shift_bounds(rotation, now)
    count = len(participants)
    for offset in range(count):
        person = participants[(index + offset) % count]
        if person not in away:
            return Duty(person, end)
    return Duty(None, None)


def shift_end(rotation: Rotation | None, now: datetime) -> datetime:
    """Return when a shift taken now ends: at the next handover, or after DEFAULT_SHIFT."""
    if rotation is None:
        return now + DEFAULT_SHIFT
    return shift_bounds(rotation, now)[2]


def parse_handover(value: str) -> time | None:
    """Read a handover time such as 09:00; None when it is not a valid HH:MM."""
    try:
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None
