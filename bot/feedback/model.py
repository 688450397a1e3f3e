"""Feedback's pure parts: the buttons, the week an answer is kept under, the summary's guard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.domain.callback import CallbackData

SCORES = (1, 2, 3, 4, 5)
# Occurrences that ended longer ago than this are not asked about (after downtime, say).
ASK_WINDOW = timedelta(hours=24)
# Who was asked is forgotten after this, answered or not.
ASK_KEEP = timedelta(days=3)
ASK_KEY = "feedback:"


def _check_score(score: int) -> None:
    """Refuse a score off the 1-5 scale."""
    if score not in SCORES:
        raise ValueError("a score is 1 to 5")


@dataclass(frozen=True)
class FeltSafe(CallbackData, prefix="fb:s"):
    """The first answer: how safe the member felt at one occurrence (1-5)."""

    meeting_id: int
    on: date
    safe: int

    def __post_init__(self) -> None:
        """A score is 1 to 5."""
        _check_score(self.safe)


@dataclass(frozen=True)
class FeltHeard(CallbackData, prefix="fb:h"):
    """The second answer, carrying the first: nothing is stored until both are given."""

    meeting_id: int
    on: date
    safe: int
    heard: int

    def __post_init__(self) -> None:
        """Both scores are 1 to 5."""
        _check_score(self.safe)
        _check_score(self.heard)


@dataclass(frozen=True)
class SkipFeedback(CallbackData, prefix="fb:x"):
    """ "Skip": no answer for this occurrence, and no more asking."""

    meeting_id: int
    on: date


FEEDBACK_BUTTONS = (FeltSafe, FeltHeard, SkipFeedback)


def ask_key(meeting_id: int, original_date: str, user_id: int) -> str:
    """The outbox key of the question to one member about one occurrence: deleted with the
    ask, so the outbox does not keep who was asked either."""
    return f"{ASK_KEY}{meeting_id}:{original_date}:{user_id}"


def iso_week(on: date) -> str:
    """The ISO week an answer is kept under ("2026-W03"): the day itself is not kept."""
    year, week, _day = on.isocalendar()
    return f"{year}-W{week:02d}"
