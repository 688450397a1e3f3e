"""Breaks' pure parts: how long a break lasts, who covers, the buttons (standard library and
bot.domain only)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.callback import CallbackData

# The lengths offered as buttons, in days.
BREAK_DAYS = (1, 3, 7, 14)
# A break is at most this long (a longer absence is an admin's change of roles).
MAX_BREAK = timedelta(days=90)


@dataclass(frozen=True)
class Break:
    """A facilitator's break: from when, until when, and when it ended (None: running)."""

    id: int
    user_id: int
    starts_at: str
    ends_at: str
    ended_at: str | None = None


@dataclass(frozen=True)
class BreakChoice:
    """How long a break was asked for: a number of days or until a date (inclusive)."""

    days: int | None = None
    until: date | None = None


def break_end(choice: BreakChoice, now: datetime, timezone: str) -> datetime | None:
    """When a break chosen now ends (UTC); None when the date is past or too far away.

    A date means the whole day in the person's time zone: the break ends at its midnight.
    """
    if choice.days is not None:
        end = now + timedelta(days=choice.days)
    elif choice.until is not None:
        zone = ZoneInfo(timezone)
        local_end = datetime.combine(choice.until + timedelta(days=1), time(0), zone)
        end = local_end.astimezone(now.tzinfo)
    else:
        return None
    if end <= now or end - now > MAX_BREAK:
        return None
    return end


def cover_problem(cover: Mapping[int, Sequence[int]], admins: Sequence[int]) -> list[int]:
    """The groups that a break would leave with nobody to alert: no other facilitator who is
    not on a break, and no admin (who hears every alert in the end)."""
    if admins:
        return []
    return [group_id for group_id, others in cover.items() if not others]


@dataclass(frozen=True)
class BreakFor(CallbackData, prefix="brk:d"):
    """Start a break of a number of days (`brk:d:<days>`)."""

    days: int

    def __post_init__(self) -> None:
        """Only the offered lengths."""
        if self.days not in BREAK_DAYS:
            raise ValueError("not an offered length")


# The name the tests and handlers use for the days button.
BreakEnd = BreakFor


@dataclass(frozen=True)
class BreakUntil(CallbackData, prefix="brk:u"):
    """Ask for the date the break lasts until (`brk:u`)."""


@dataclass(frozen=True)
class BreakBack(CallbackData, prefix="brk:b"):
    """End one's break now: "I'm back" (`brk:b:<break id>`)."""

    break_id: int
