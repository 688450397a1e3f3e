"""Announcement progress math: the text bar, percent, time left and grouped numbers."""

from __future__ import annotations

import pytest

from bot.domain.progress import (
    Duration,
    SendCounts,
    bar,
    eta_seconds,
    percent,
    rough_duration,
)
from bot.formats.formatting import group_digits


@pytest.mark.parametrize(
    ("done", "total", "expected"),
    [
        (0, 5000, "░░░░░░░░░░"),
        (1240, 5000, "▓▓░░░░░░░░"),
        (2500, 5000, "▓▓▓▓▓░░░░░"),
        (4999, 5000, "▓▓▓▓▓▓▓▓▓░"),
        (5000, 5000, "▓▓▓▓▓▓▓▓▓▓"),
        (0, 0, "▓▓▓▓▓▓▓▓▓▓"),
    ],
)
def test_bar_fills_with_progress(done: int, total: int, expected: str) -> None:
    """The bar has ten cells, filled in proportion; full only when everything is done."""
    assert bar(done, total) == expected


def test_bar_width_and_overshoot() -> None:
    """Another width is honoured; more done than total never overflows."""
    assert bar(3, 4, width=4) == "▓▓▓░"
    assert bar(9, 4, width=4) == "▓▓▓▓"


def test_percent_rounds_down_until_done() -> None:
    """Percent is whole and reaches 100 only at the end."""
    assert percent(1240, 5000) == 24
    assert percent(4999, 5000) == 99
    assert percent(5000, 5000) == 100
    assert percent(0, 0) == 100


def test_eta_from_the_rate_so_far() -> None:
    """Time left is what remains at the rate so far; unknown before anything is done."""
    assert eta_seconds(1240, 3760, 62.0) == pytest.approx(188.0)
    assert eta_seconds(0, 5000, 10.0) is None
    assert eta_seconds(10, 0, 1.0) == 0.0
    assert eta_seconds(10, 5, 0.0) is None


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0.4, Duration("seconds", 5)),
        (12, Duration("seconds", 15)),
        (55, Duration("seconds", 55)),
        (56, Duration("minutes", 1)),
        (188, Duration("minutes", 4)),
        (7100, Duration("minutes", 119)),
        (7199, Duration("hours", 2)),
        (7300, Duration("hours", 3)),
    ],
)
def test_rough_duration(seconds: float, expected: Duration) -> None:
    """Under a minute in 5-second steps, then whole minutes, then whole hours (rounded up)."""
    assert rough_duration(seconds) == expected


def test_group_digits_by_language() -> None:
    """Each language groups digits its own way (CLDR); small numbers are unchanged."""
    assert group_digits(1240, "en") == "1,240"
    assert group_digits(1_234_567, "es") == "1.234.567"
    assert group_digits(999, "es") == "999"
    assert group_digits(1240, "de") == "1.240"
    assert group_digits(1240, "pt") == "1.240"
    assert group_digits(1240, "fr") == "1\u202f240"
    assert group_digits(1240, "xx") == "1,240"


def test_send_counts_done_and_not_sent() -> None:
    """Done adds every known outcome; not sent is what was dropped before any try."""
    counts = SendCounts(total=10, delivered=5, blocked=2, failed=1, pending=0)
    assert counts.done == 8
    assert counts.not_sent == 2
    assert SendCounts(10, 1, 0, 0, 9).not_sent == 0
