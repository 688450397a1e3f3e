"""Pure progress math for bulk sends: counts, a text bar, time left, grouped numbers."""

from __future__ import annotations

import math
from dataclasses import dataclass

BAR_WIDTH = 10
FULL, EMPTY = "▓", "░"


@dataclass(frozen=True)
class SendCounts:
    """How an announcement's copies stand, counted from the outbox."""

    total: int
    delivered: int
    blocked: int
    failed: int
    pending: int

    @property
    def done(self) -> int:
        """Copies whose fate is known: delivered, blocked or failed."""
        return self.delivered + self.blocked + self.failed

    @property
    def not_sent(self) -> int:
        """Copies that were never tried (dropped by a cancel, /stop or /forget)."""
        return max(0, self.total - self.done - self.pending)


@dataclass(frozen=True)
class Duration:
    """A rough time left to show: a unit ('seconds', 'minutes', 'hours') and how many."""

    unit: str
    amount: int


def bar(done: int, total: int, width: int = BAR_WIDTH) -> str:
    """A text bar such as ▓▓▓▓░░░░░░; full only when everything is done (empty total: full)."""
    if total <= 0:
        return FULL * width
    share = min(1.0, max(0.0, done / total))
    filled = math.floor(share * width)
    if done < total:
        filled = min(filled, width - 1)
    return FULL * filled + EMPTY * (width - filled)


def percent(done: int, total: int) -> int:
    """Whole percent done, rounded down (100 only when everything is done)."""
    if total <= 0:
        return 100
    return min(100, max(0, done * 100 // total))


def eta_seconds(done: int, remaining: int, elapsed: float) -> float | None:
    """Seconds left at the rate so far; None until something is done (no rate yet)."""
    if remaining <= 0:
        return 0.0
    if done <= 0 or elapsed <= 0:
        return None
    return remaining * elapsed / done


def rough_duration(seconds: float) -> Duration:
    """Round a time left for people: 5-second steps under a minute, then minutes, then hours."""
    if seconds <= 55:
        return Duration("seconds", max(5, math.ceil(seconds / 5) * 5))
    minutes = math.ceil(seconds / 60)
    if minutes < 120:
        return Duration("minutes", minutes)
    return Duration("hours", math.ceil(minutes / 60))
