"""VTIMEZONE blocks in the widely read form: yearly RRULE-based STANDARD and DAYLIGHT parts.

Made from zoneinfo: every change of offset in the years a calendar needs is found; the changes
of one kind (same month, weekday, local time and offsets) in consecutive years that follow one
yearly rule (the nth or last weekday of the month, or that weekday within fixed days of it)
become one part with an RRULE, ended by a COUNT when the rule later changed (not an UNTIL: a
UTC UNTIL beside a local DTSTART, as RFC 5545 wants it, stops dateutil-based readers). A change that
fits no rule is a part of its own (DTSTART, and the same RDATE, which some readers need); a zone
without changes has one STANDARD part.
Outlook and other readers that use the VTIMEZONE rather than the TZID's name read it right.
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

# Years scanned after the last date a calendar mentions, so the rule in force is told apart
# from its look-alikes (the 4th Sunday is often, not always, the last one).
YEARS_AHEAD = 8
_DAY = timedelta(days=1)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_LAST = 0  # in a set of window starts: "the last such weekday of the month"


@dataclass(frozen=True)
class Transition:
    """One change of a zone's offset: when (UTC), the wall time before it, and the offsets."""

    at: datetime
    local: datetime  # naive wall time in `offset_from`
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def kind(self) -> tuple[object, ...]:
        """What a yearly rule keeps the same: month, weekday, local time, offsets and name."""
        local = self.local
        return (local.month, local.weekday(), local.time(), *self._offsets())

    def _offsets(self) -> tuple[object, ...]:
        """The offsets, the name and whether it is daylight time."""
        return (self.offset_from, self.offset_to, self.name, self.daylight)


@dataclass(frozen=True)
class Observance:
    """One STANDARD or DAYLIGHT part: its first change, its rule (if any) and its last change."""

    first: Transition
    byday: str | None = None  # e.g. "-1SU", "2SU" or "SU" (with `bymonthday`)
    bymonthday: tuple[int, ...] = ()
    count: int | None = None  # how many years it held; None for a rule still in force


def vtimezone(name: str, first_year: int, last_year: int) -> Timezone:
    """The VTIMEZONE of an IANA zone, right from `first_year` on (rules kept after `last_year`)."""
    zone = Timezone()
    zone.add("tzid", name)
    for part in observances(name, first_year, last_year):
        zone.add_component(_component(part))
    return zone


@functools.lru_cache(maxsize=256)
def observances(name: str, first_year: int, last_year: int) -> tuple[Observance, ...]:
    """The parts of a zone's VTIMEZONE for these years (remembered: calendars repeat zones)."""
    zone = ZoneInfo(name)
    end = last_year + YEARS_AHEAD
    found = transitions(zone, first_year - 1, end)
    if not found:
        return (Observance(_steady(zone, first_year - 1)),)
    parts = [part for run in _runs(found) for part in _observances_of(run, end)]
    return tuple(sorted(parts, key=lambda part: part.first.at))


def transitions(zone: ZoneInfo, first_year: int, last_year: int) -> list[Transition]:
    """Every change of offset (or of its name) from `first_year` to `last_year`, in order."""
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    found: list[Transition] = []
    while moment < end:
        following = moment + _DAY
        if _state(zone, moment) != _state(zone, following):
            found.append(_transition(zone, _bisect(zone, moment, following)))
        moment = following
    return found


def _state(zone: ZoneInfo, moment: datetime) -> tuple[object, ...]:
    """The zone's offset and name at a UTC instant."""
    local = moment.astimezone(zone)
    return (local.utcoffset(), local.tzname())


def _bisect(zone: ZoneInfo, before: datetime, after: datetime) -> datetime:
    """The first second at which the zone's state differs from its state at `before`."""
    start = _state(zone, before)
    while after - before > timedelta(seconds=1):
        middle = before + (after - before) / 2
        middle = middle.replace(microsecond=0)
        if _state(zone, middle) == start:
            before = middle
        else:
            after = middle
    return after


def _transition(zone: ZoneInfo, at: datetime) -> Transition:
    """The change at a UTC instant: offsets before and after, wall time before it."""
    old = (at - timedelta(seconds=1)).astimezone(zone).utcoffset()
    new = at.astimezone(zone)
    assert old is not None
    return Transition(
        at=at,
        local=(at + old).replace(tzinfo=None),
        offset_from=old,
        offset_to=new.utcoffset() or timedelta(0),
        name=new.tzname() or "",
        daylight=bool(new.dst()),
    )


def _steady(zone: ZoneInfo, year: int) -> Transition:
    """A zone without changes: one part from 1 January of `year`, its offset both ways."""
    at = datetime(year, 1, 1, tzinfo=UTC)
    offset = at.astimezone(zone).utcoffset() or timedelta(0)
    name = at.astimezone(zone).tzname() or ""
    return Transition(at, (at + offset).replace(tzinfo=None), offset, offset, name, False)


def _runs(found: list[Transition]) -> Iterator[list[Transition]]:
    """The changes of one kind in consecutive years, one run at a time."""
    kinds: dict[tuple[object, ...], list[Transition]] = {}
    for item in found:
        kinds.setdefault(item.kind, []).append(item)
    for items in kinds.values():
        run = [items[0]]
        for item in items[1:]:
            if item.local.year == run[-1].local.year + 1:
                run.append(item)
            else:
                yield run
                run = [item]
        yield run


def _observances_of(run: list[Transition], end: int) -> Iterator[Observance]:
    """Split a run where no one yearly rule fits, and give each piece its rule."""
    piece = [run[0]]
    windows = _windows(run[0])
    for item in run[1:]:
        shared = windows & _windows(item)
        if shared:
            piece.append(item)
            windows = shared
            continue
        yield _observance(piece, windows, ongoing=False)
        piece, windows = [item], _windows(item)
    yield _observance(piece, windows, ongoing=_in_force(piece, end))


def _in_force(piece: list[Transition], end: int) -> bool:
    """Whether a yearly piece reaches the last year scanned (its rule is still in force)."""
    return len(piece) > 1 and piece[-1].local.year >= end - 1


def _windows(item: Transition) -> set[int]:
    """The first days of the seven-day windows of its month the change falls in (+ "last")."""
    day = item.local.day
    length = calendar.monthrange(item.local.year, item.local.month)[1]
    found = {start for start in range(max(1, day - 6), day + 1) if start + 6 <= length}
    if day > length - 7:
        found.add(_LAST)
    return found


def _observance(piece: list[Transition], windows: set[int], ongoing: bool) -> Observance:
    """One part: a single change as it is, or a yearly rule from the first change on."""
    first = piece[0]
    if len(piece) == 1:
        return Observance(first)
    weekday = _WEEKDAYS[first.local.weekday()]
    count = None if ongoing else len(piece)
    if _LAST in windows:
        return Observance(first, f"-1{weekday}", count=count)
    nth = sorted(start for start in windows if start % 7 == 1)
    if nth:
        return Observance(first, f"{(nth[0] - 1) // 7 + 1}{weekday}", count=count)
    start = min(windows)
    return Observance(first, weekday, tuple(range(start, start + 7)), count)


def _component(part: Observance) -> TimezoneStandard | TimezoneDaylight:
    """The STANDARD or DAYLIGHT component of a part."""
    first = part.first
    component = TimezoneDaylight() if first.daylight else TimezoneStandard()
    component.add("dtstart", first.local)
    if part.byday is not None:
        rule: dict[str, object] = {"freq": "YEARLY", "bymonth": first.local.month}
        rule["byday"] = part.byday
        if part.bymonthday:
            rule["bymonthday"] = list(part.bymonthday)
        if part.count is not None:
            rule["count"] = part.count
        component.add("rrule", vRecur(rule))
    else:
        component.add("rdate", first.local)  # as Apple writes it: some readers need it
    component.add("tzoffsetfrom", first.offset_from)
    component.add("tzoffsetto", first.offset_to)
    if first.name:
        component.add("tzname", first.name)
    return component
