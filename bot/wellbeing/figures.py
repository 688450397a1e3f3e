"""The wellbeing check's figure for a cohort (pure): change from the first answers, guarded."""

from __future__ import annotations

from bot.stats.figures import guard
from bot.stats.models import Hidden


def cohort_change(pairs: list[tuple[int, int]]) -> float | Hidden | None:
    """The mean change in total from the first answers to a later wave over a cohort's members
    (negative: less distress); hidden when 1 to 4 members are behind it, None with none."""
    if not pairs:
        return None
    change = round(sum(later - first for first, later in pairs) / len(pairs), 1)
    return guard(change, len(pairs))
