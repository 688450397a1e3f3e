"""The one open question per person: what they type next answers it (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

# Kept this long unless the asker says otherwise: an unanswered question then lapses.
QUESTION_LIFETIME = timedelta(days=1)


@dataclass(frozen=True)
class OpenQuestion:
    """A question asked and not answered: its kind, its data, its times and, for a draft of
    several answers, the step it is at (its answers so far in `data`)."""

    kind: str
    asked_at: datetime
    expires_at: datetime
    data: dict[str, Any] = field(default_factory=dict)
    step: str = ""

    def open_at(self, now: datetime) -> bool:
        """Tell whether the question still takes an answer at `now`."""
        return now < self.expires_at
