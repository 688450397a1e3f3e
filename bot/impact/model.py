"""/impact's buttons (pure): the last month, quarter or year, compared or not."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.callback import CallbackData

# The periods /impact's buttons offer (the service maps each to its calendar period).
SPAN_NAMES = ("month", "quarter", "year")


@dataclass(frozen=True)
class ImpactPeriod(CallbackData, prefix="imp:p"):
    """/impact's button: the last month, quarter or year, compared with the one before or not."""

    span: str
    compare: bool

    def __post_init__(self) -> None:
        """Only the offered periods."""
        if self.span not in SPAN_NAMES:
            raise ValueError(f"unknown period {self.span!r}")


IMPACT_BUTTONS = (ImpactPeriod,)
