"""The clock of DEV_CLOCK_FILE: a shift from the real time, or a clock standing at an instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.shifted_clock import FileShiftedClock

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_number_shifts_the_real_time(tmp_path: Path) -> None:
    """Seconds in the file run the clock ahead of the real time by that much."""
    path = tmp_path / "clock"
    path.write_text("3600\n", encoding="utf-8")
    before = datetime.now(UTC)
    shifted = FileShiftedClock(path)()
    assert before + timedelta(hours=1) <= shifted <= datetime.now(UTC) + timedelta(hours=1)


def test_a_standing_clock_stays_at_its_instant(tmp_path: Path) -> None:
    """`stand_at` makes the clock read that instant, whatever the real time, until moved."""
    path = tmp_path / "clock"
    FileShiftedClock.stand_at(path, START)
    clock = FileShiftedClock(path)
    assert clock() == START
    assert clock() == START
    assert clock().tzinfo is not None


def test_a_standing_clock_moves_only_by_advance(tmp_path: Path) -> None:
    """`advance` moves a standing clock by exactly the seconds given, and a new reader agrees."""
    path = tmp_path / "clock"
    FileShiftedClock.stand_at(path, START)
    clock = FileShiftedClock(path)
    clock.advance(90)
    assert clock() == START + timedelta(seconds=90)
    clock.advance(86400)
    assert FileShiftedClock(path)() == START + timedelta(days=1, seconds=90)


def test_a_shifted_clock_still_advances_from_the_real_time(tmp_path: Path) -> None:
    """Without an instant, `advance` adds to the shift (the shell's /wait on a kept world)."""
    path = tmp_path / "clock"
    clock = FileShiftedClock(path)
    clock.advance(7200)
    assert path.read_text(encoding="utf-8").strip() == "7200.0"
    assert clock() - datetime.now(UTC) > timedelta(hours=1, minutes=59)


def test_a_garbled_file_means_no_shift(tmp_path: Path) -> None:
    """Anything unreadable counts as the real time (never a crash)."""
    path = tmp_path / "clock"
    path.write_text("at yesterday\n", encoding="utf-8")
    assert abs(FileShiftedClock(path)() - datetime.now(UTC)) < timedelta(seconds=5)
