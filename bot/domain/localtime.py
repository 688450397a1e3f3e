"""Local wall times made aware in an IANA zone, with one rule for daylight saving everywhere."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo


def local_moment(zone: str, on: date, at: time) -> datetime:
    """Return the aware moment in `zone` of wall time `at` on local date `on`.

    Daylight saving: a wall time that does not exist (the spring-forward gap, e.g. 02:30 in
    New York when clocks go 02:00 -> 03:00) is moved forward by the gap length (-> 03:30).
    A wall time that happens twice (fall-back) is the first one (fold=0, the summer offset).
    Done by a round trip through UTC, which normalises any non-existent time. Any tzinfo or
    fold on `at` is ignored.
    """
    tz = ZoneInfo(zone)
    wall = datetime.combine(on, at.replace(tzinfo=None, fold=0), tzinfo=tz)
    return wall.astimezone(UTC).astimezone(tz)
