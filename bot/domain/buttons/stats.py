"""The /stats group picker's buttons: one group's report over a fixed window of days."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.callback import CallbackData

# The windows /stats offers, in days (fixed, so two reports cannot be differenced to a day).
STATS_WINDOWS = (7, 30, 90, 365)


@dataclass(frozen=True)
class StatsReport(CallbackData, prefix="st"):
    """One group's statistics over the last `days` days (the role is checked again)."""

    group_id: int
    days: int

    def __post_init__(self) -> None:
        """Only the offered windows."""
        if self.days not in STATS_WINDOWS:
            raise ValueError("not an offered window")


STATS_BUTTONS = (StatsReport,)
