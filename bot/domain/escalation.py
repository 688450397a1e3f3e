"""Who hears of an unacknowledged flag, and when: levels widening step by step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from bot.crisis.models import Tier


@dataclass(frozen=True)
class EscalationPolicy:
    """How long to wait for an acknowledgement, and how many times to re-notify."""

    after: timedelta
    imminent_after: timedelta
    rounds: int

    def timeout(self, tier: str) -> timedelta:
        """Return the wait before the next step for a flag of this tier."""
        return self.imminent_after if tier == Tier.IMMINENT else self.after

    def last_step(self, level_count: int) -> int:
        """Return the last step: every level is reached once, then re-notified up to `rounds`."""
        return max(self.rounds, level_count - 1)


def build_levels(
    on_call: Iterable[int],
    facilitators: Iterable[int],
    admins: Iterable[int],
    exclude: Iterable[int] = (),
) -> list[tuple[int, ...]]:
    """Return the escalation levels: each adds people not in earlier ones; empty ones dropped."""
    left_out = set(exclude)
    seen: set[int] = set()
    levels: list[tuple[int, ...]] = []
    for level in (on_call, facilitators, admins):
        fresh = tuple(dict.fromkeys(p for p in level if p not in seen and p not in left_out))
        if fresh:
            levels.append(fresh)
            seen.update(fresh)
    return levels


def recipients_at(levels: Sequence[tuple[int, ...]], step: int) -> tuple[int, ...]:
    """Return everyone notified at a step: the levels reached so far, in order."""
    reached = levels[: min(step, len(levels) - 1) + 1] if levels else []
    return tuple(person for level in reached for person in level)
