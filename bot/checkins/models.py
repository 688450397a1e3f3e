"""What a daily check-in plan and one day's check-in are.

Weekdays use Python's numbering: 0 = Monday ... 6 = Sunday (as `date.weekday()`), unlike
meetings, which use Meeting Guide numbers (0 = Sunday).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({SATURDAY, SUNDAY})

MOODS = (1, 2, 3, 4, 5)
OKAY = 3  # the middle mood: a best day is at least this, a hardest day at most


@dataclass(frozen=True)
class CheckinPlan:
    """A member's daily check-in: local time, days, zone, pause and consent settings.

    `paused_until` is inclusive (no check-in on or before that local date); `skip_date` is
    one local date without a check-in ("skip today"); `share_low_mood` records that the
    member agreed a facilitator is told about a low pattern.
    """

    user_id: int
    at: time
    days: frozenset[int]
    timezone: str
    enabled: bool = True
    paused_until: date | None = None
    skip_date: date | None = None
    weekly_summary: bool = False
    share_low_mood: bool = False

    def __post_init__(self) -> None:
        """Reject weekday numbers outside 0..6."""
        if not self.days <= EVERY_DAY:
            raise ValueError(f"days must be weekday numbers 0..6, got {sorted(self.days)}")


@dataclass(frozen=True)
class Checkin:
    """One local day's check-in: mood 1..5, or None when it went unanswered."""

    local_date: date
    mood: int | None
    note: str | None = None
    wants_contact: bool = False

    def __post_init__(self) -> None:
        """Reject a mood outside 1..5."""
        if self.mood is not None and self.mood not in MOODS:
            raise ValueError(f"mood must be one of {MOODS} or None, got {self.mood!r}")
