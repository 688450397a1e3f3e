"""The one open question per person: what they type next answers it (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

# Kept this long unless the asker says otherwise: an unanswered question then lapses.
QUESTION_LIFETIME = timedelta(days=1)


@dataclass(frozen=True)
class OpenQuestion:
    """A question asked and not answered: its kind, its own small data and its times."""

    kind: str
    asked_at: datetime
    expires_at: datetime
    data: dict[str, str | int] = field(default_factory=dict)

    def open_at(self, now: datetime) -> bool:
        """Tell whether the question still takes an answer at `now`."""
        return now < self.expires_at
