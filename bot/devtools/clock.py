"""Test clocks: the manual clock, and the file-shifted clock of `bot/shifted_clock.py`."""

from __future__ import annotations

from datetime import datetime

from bot.shifted_clock import FileShiftedClock

__all__ = ["FileShiftedClock", "ManualClock"]


class ManualClock:
    """A clock that stays where it is put (tests and benchmarks move it by hand)."""

    def __init__(self, now: datetime) -> None:
        """Start at `now` (aware)."""
        self.now = now

    def __call__(self) -> datetime:
        """Return the time it was set to."""
        return self.now
