"""A clock that runs ahead by the seconds written in a file (`DEV_CLOCK_FILE`).

Write a number of seconds into the file and the bot's time jumps forward by that much, so a
reminder due in an hour can be seen now: for tests, demos and the shell; never set in
production. Here rather than in `bot/devtools` because the services read it when the setting
is given, and production code imports nothing from `bot/devtools`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from bot.domain.clock import system_clock


class FileShiftedClock:
    """The system time plus the offset in `path` (re-read whenever the file changes)."""

    def __init__(self, path: Path) -> None:
        """Read the shift from `path`; a missing or empty file means no shift."""
        self.path = path
        self._stamp: float | None = None
        self._shift = timedelta()

    def __call__(self) -> datetime:
        """Return the shifted current time (aware, UTC)."""
        try:
            stamp = self.path.stat().st_mtime_ns
        except FileNotFoundError:
            stamp = None
        if stamp != self._stamp:
            self._stamp = stamp
            self._shift = timedelta(seconds=_seconds(self.path) if stamp is not None else 0)
        return system_clock() + self._shift

    def advance(self, seconds: float) -> None:
        """Move the clock forward by `seconds` (the shell's /wait)."""
        total = self._shift.total_seconds() + seconds
        self.path.write_text(f"{total}\n", encoding="utf-8")


def _seconds(path: Path) -> float:
    """The number of seconds in the file; 0 when it holds anything else."""
    try:
        return float(path.read_text(encoding="utf-8").strip() or 0)
    except (OSError, ValueError):
        return 0.0
