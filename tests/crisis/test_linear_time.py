"""No input can stall the detector: the work grows linearly with the length of the text.

Generated adversarial texts (runs of one letter, alternating letters, spaced and dotted
letters, masks, leetspeak, emoji and combining marks, repeated risky phrases) are detected at
4,096 characters and at 64 KB; the larger must cost no more than a linear factor (16x) with
generous room for noise, far below the 256x a quadratic step would take. Times are compared
within one test, on one machine, in the thread's CPU time, never against a fixed budget.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.crisis import CrisisDetector

SMALL = 4096
LARGE = 65536
LINEAR_ROOM = 3.0  # allowed on top of the 16x of linear growth (noise, caches)

PIECES = [
    "x", "ab", "k ", "s.", "s*", "k1", "💊", "🔪 ", "e\u0301", "\u200b", "kms ", "die ",
    "i dont want to die ", "not kill myself, ", "ya no quiero vivir ", "é", "!", "   ",
    "je vais me pendre ", "ich will sterben. ", "quero morrer\n",
]  # fmt: skip


def _best_time(fn: Callable[[str], object], text: str, runs: int = 3) -> float:
    """Return the fastest of a few runs, in CPU time of this thread: time spent waiting for a
    core while other processes run (the suite runs on every core) is not counted."""
    best = float("inf")
    for _ in range(runs):
        start = time.thread_time()
        fn(text)
        best = min(best, time.thread_time() - start)
    return best


def _grows_linearly(fn: Callable[[str], object], unit: str) -> tuple[bool, float]:
    """Tell whether fn's time on LARGE characters of unit stays within linear growth."""
    small = (unit * (SMALL // len(unit) + 1))[:SMALL]
    large = (unit * (LARGE // len(unit) + 1))[:LARGE]
    fn(small)
    limit = (LARGE / SMALL) * LINEAR_ROOM
    ratio = _best_time(fn, large) / max(_best_time(fn, small), 1e-5)
    if ratio > limit:
        # Measured again, longer, before failing: other processes (the suite runs on every
        # core) can slow one run down; a quadratic step (256x) stays slow however often.
        ratio = _best_time(fn, large, runs=9) / max(_best_time(fn, small, runs=9), 1e-5)
    return ratio <= limit, ratio


units = st.one_of(
    st.sampled_from(PIECES),
    st.lists(st.sampled_from(PIECES), min_size=2, max_size=4).map("".join),
    st.text(alphabet="abkils1!*#.@$ 💊é\u0301", min_size=1, max_size=6),
)


@given(units)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_rules_grow_linearly(detector: CrisisDetector, unit: str) -> None:
    """The rule layer's work on a 64 KB text is within linear growth of its work on 4 KB."""
    ok, ratio = _grows_linearly(detector.detect, unit)
    assert ok, f"{unit!r}: 64 KB took {ratio:.0f}x the time of 4 KB"
