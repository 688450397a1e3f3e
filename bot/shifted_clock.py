"""A clock that runs ahead by the seconds written in a file (`DEV_CLOCK_FILE`), or stands still.

Write a number of seconds into the file and the bot's time jumps forward by that much, so a
reminder due in an hour can be seen now: for tests, demos and the shell; never set in
production. Write `at <ISO instant>` instead and the clock stands at that instant until it is
moved on (the shell's `--start`, for scripted walkthroughs that must read the same every run).
Here rather than in `bot/devtools` because the services read it when the setting is given, and
production code imports nothing from `bot/devtools`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.domain.clock import system_clock

_AT = "at "


class FileShiftedClock:
    """The system time plus the offset in `path`, or the instant it holds (re-read on change)."""

    def __init__(self, path: Path) -> None:
        """Read the shift from `path`; a missing or empty file means no shift."""
        self.path = path
        self._stamp: float | None = None
        self._shift = timedelta()
        self._standing: datetime | None = None

    @staticmethod
    def stand_at(path: Path, moment: datetime) -> None:
        """Write `path` so that the clock stands at `moment` (aware) until advanced."""
        path.write_text(f"{_AT}{moment.isoformat()}\n", encoding="utf-8")

    def __call__(self) -> datetime:
        """Return the shifted current time, or the standing instant (aware, UTC)."""
        try:
            stamp = self.path.stat().st_mtime_ns
        except FileNotFoundError:
            stamp = None
        if stamp != self._stamp:
            self._stamp = stamp
            self._standing = _instant(self.path) if stamp is not None else None
            self._shift = timedelta(seconds=_seconds(self.path) if stamp is not None else 0)
        if self._standing is not None:
            return self._standing
        return system_clock() + self._shift

    def advance(self, seconds: float) -> None:
        """Move the clock forward by `seconds` (the shell's /wait)."""
        self()  # read the file's current shift or instant before adding to it
        if self._standing is not None:
            self.stand_at(self.path, self._standing + timedelta(seconds=seconds))
            self._stamp = None  # re-read even when the file's time did not change
            return
        total = self._shift.total_seconds() + seconds
        self.path.write_text(f"{total}\n", encoding="utf-8")
        self._stamp = None


def _instant(path: Path) -> datetime | None:
    """The instant of an `at <ISO>` file, in UTC; None for anything else."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not text.startswith(_AT):
        return None
    try:
        moment = datetime.fromisoformat(text.removeprefix(_AT).strip())
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def _seconds(path: Path) -> float:
    """The number of seconds in the file; 0 when it holds anything else."""
    try:
        return float(path.read_text(encoding="utf-8").strip() or 0)
    except (OSError, ValueError):
        return 0.0
