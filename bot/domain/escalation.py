"""Who hears of an unacknowledged flag, and when: levels widening step by step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

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
    # A taken flag not closed after this long is re-paged (zero: never); see `repage_wait`.
    repage: timedelta = timedelta(0)
    # The soft cap: someone who took this many high or imminent flags in CAP_WINDOW is
    # alerted after the others (`build_levels`); zero: no cap.
    soft_cap: int = 0

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

    def repage_wait(self, done: int) -> timedelta:
        """Return the wait before the next re-page of a taken flag after `done` re-pages: the
        holder after `repage`, the others after the same again, then twice as long each time,
        at most 8 times `repage` (never silent while it stays taken and open)."""
        return self.repage * min(1 << max(0, done - 1), REPAGE_MAX_FACTOR)


# Re-pages of a taken flag slow down to at most this many times the first wait.
REPAGE_MAX_FACTOR = 8
# The soft cap counts the flags taken in this window.
CAP_WINDOW = timedelta(days=7)


def cap_week(moment: datetime) -> str:
    """The ISO week of a moment, such as 2026-W11 (the soft cap's note: once a week)."""
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def build_levels(
    on_call: Iterable[int],
    facilitators: Iterable[int],
    admins: Iterable[int],
    exclude: Iterable[int] = (),
    capped: Iterable[int] = (),
) -> list[tuple[int, ...]]:
    """Return the escalation levels: each adds people not in earlier ones; empty ones dropped.

    `capped` facilitators (the soft cap: many urgent alerts taken lately) are alerted one
    level later, after the other facilitators and before the admins, unless no other
    facilitator is there: a cap never leaves an alert without its first level.
    """
    left_out = set(exclude)
    on_call, facilitators = list(on_call), list(facilitators)
    held = set(capped)
    staff = [p for p in (*on_call, *facilitators) if p not in left_out]
    tiers: tuple[Iterable[int], ...] = (on_call, facilitators, admins)
    if held and any(person not in held for person in staff):
        tiers = (
            [p for p in on_call if p not in held],
            [p for p in facilitators if p not in held],
            [p for p in staff if p in held],
            admins,
        )
    seen: set[int] = set()
    levels: list[tuple[int, ...]] = []
    for level in tiers:
        fresh = tuple(dict.fromkeys(p for p in level if p not in seen and p not in left_out))
        if fresh:
            levels.append(fresh)
            seen.update(fresh)
    return levels


def recipients_at(levels: Sequence[tuple[int, ...]], step: int) -> tuple[int, ...]:
    """Return everyone notified at a step: the levels reached so far, in order."""
    reached = levels[: min(step, len(levels) - 1) + 1] if levels else []
    return tuple(person for level in reached for person in level)
