"""Feedback figures for facilitators (pure): mean scores, hidden below 5 people (/stats' rule)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.stats.figures import MIN_MEMBERS
from bot.stats.models import Hidden

# The k >= 5 rule of /stats, counted per occurrence.
MIN_ANSWERS = MIN_MEMBERS


@dataclass(frozen=True)
class FeedbackSummary:
    """Feedback over some meetings: how many answers and the mean scores, hidden below 5."""

    answers: int
    felt_safe: float | Hidden | None
    felt_heard: float | Hidden | None


def summarise(rows: list[tuple[int, str, int, int]]) -> FeedbackSummary:
    """Mean felt-safe and felt-heard scores over (meeting, week, safe, heard) answers.

    Answers name no one, so people are counted per occurrence (a meeting's week), where each
    member answers at most once: only occurrences with 5 or more answers count, and a figure
    built from none of those while answers exist is hidden. Several small occurrences never add
    up to 5, since one person may be behind an answer in each.
    """
    by_occurrence: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for meeting_id, week, safe, heard in rows:
        by_occurrence.setdefault((meeting_id, week), []).append((safe, heard))
    counted = [
        pair
        for answers in by_occurrence.values()
        if len(answers) >= MIN_ANSWERS
        for pair in answers
    ]
    if not rows:
        return FeedbackSummary(0, None, None)
    if not counted:
        return FeedbackSummary(len(rows), Hidden.FEWER_THAN_5, Hidden.FEWER_THAN_5)
    safe_mean = round(sum(s for s, _h in counted) / len(counted), 1)
    heard_mean = round(sum(h for _s, h in counted) / len(counted), 1)
    return FeedbackSummary(len(counted), safe_mean, heard_mean)
