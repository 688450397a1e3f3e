"""Who hears of an unacknowledged flag, and when: levels widening step by step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from bot.domain.tiers import Tier


@dataclass(frozen=True)
class EscalationPolicy:
    """How long to wait for an acknowledgement, how many rounds, and the repeats after them.

    Steps up to `last_step` widen the circle; after it an open flag is repeated to everyone on
    it (admins included) every `repeat`, then every `late` once it is `late_after` old: it never
    goes quiet while it is open.
    """

    after: timedelta
    imminent_after: timedelta
    rounds: int
    repeat: timedelta = timedelta(minutes=30)
    late: timedelta = timedelta(minutes=60)
    late_after: timedelta = timedelta(hours=2)

    def timeout(self, tier: str) -> timedelta:
        """Return the wait before the next step for a flag of this tier."""
        return self.imminent_after if tier == Tier.IMMINENT else self.after

    def wait_after(self, tier: str, step: int, level_count: int, age: timedelta) -> timedelta:
        """Return the wait after `step` for a flag `age` old: tier timeout, repeat, or late."""
        if step < self.last_step(level_count):
            return self.timeout(tier)
        return self.late if age >= self.late_after else self.repeat

    def is_repeat(self, step: int, level_count: int) -> bool:
        """Tell whether a step comes after the first round (every level reached, rounds done)."""
        return step > self.last_step(level_count)

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
