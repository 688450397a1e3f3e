"""The load view: per facilitator, alerts received, taken and resolved, at night, time on call."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.care.model import WINDOWS, GroupDutyPlan, is_night, on_call_time
from bot.care.storage_load import LoadRepository
from bot.domain.clock import Clock, iso, parse_iso
from bot.formats.formatting import Reader, decimal_text, integer_text
from bot.i18n import Texts

# Below Telegram's 4,096 characters, with room for the HTML of names.
PAGE_LIMIT = 3500


@dataclass
class Load:
    """One person's figures for the 7 and 30 days (in that order)."""

    user_id: int
    received: list[int] = field(default_factory=lambda: [0, 0])
    taken: list[int] = field(default_factory=lambda: [0, 0])
    resolved: list[int] = field(default_factory=lambda: [0, 0])
    night: list[int] = field(default_factory=lambda: [0, 0])
    on_call: list[timedelta] = field(default_factory=lambda: [timedelta(), timedelta()])


def _count(into: list[int], moments: Iterable[datetime], starts: list[datetime]) -> None:
    """Add each moment to the windows it falls in."""
    for moment in moments:
        for index, start in enumerate(starts):
            if moment >= start:
                into[index] += 1


class LoadView:
    """Builds the load view from the read-only figures; names staff only."""

    def __init__(
        self, *, repo: LoadRepository, texts: Texts, clock: Clock, default_zone: str
    ) -> None:
        """Use the figures' storage, the texts, the clock and the default zone."""
        self.repo = repo
        self.texts = texts
        self.clock = clock
        self.default_zone = default_zone

    async def figures(self) -> list[Load]:
        """Everyone who facilitates or received an alert in 30 days, with their figures."""
        now = self.clock()
        starts = [now - timedelta(days=days) for days in WINDOWS]
        since = iso(starts[-1])
        people: dict[int, Load] = {}

        def of(user_id: int) -> Load:
            """The person's figures, made on first use."""
            return people.setdefault(user_id, Load(user_id))

        members: dict[int, list[int]] = {}
        for group_id, user_id in await self.repo.facilitators():
            of(user_id)
            members.setdefault(group_id, []).append(user_id)
        for alert in await self.repo.received(since, self.default_zone):
            moment = parse_iso(alert.at)
            _count(of(alert.recipient_id).received, [moment], starts)
            if is_night(moment, alert.zone):
                _count(of(alert.recipient_id).night, [moment], starts)
        for user_id, at in await self.repo.taken(since):
            _count(of(user_id).taken, [parse_iso(at)], starts)
        for user_id, at in await self.repo.resolved(since):
            _count(of(user_id).resolved, [parse_iso(at)], starts)
        rotations = await self.repo.rotations()
        shifts = await self.repo.shifts(since)
        plans = []
        for group_id in {*members, *rotations, *shifts}:
            facilitators = members.get(group_id, [])
            rotation, set_at = rotations.get(group_id, (None, None))
            turns = rotation.turns(facilitators) if rotation is not None else tuple(facilitators)
            group_shifts = tuple(s for s in shifts.get(group_id, []) if s.user_id in facilitators)
            since_set = parse_iso(set_at) if set_at is not None else None
            plans.append(GroupDutyPlan(rotation, since_set, tuple(turns), group_shifts))
        for index, start in enumerate(starts):
            for user_id, spent in on_call_time(plans, start, now).items():
                of(user_id).on_call[index] = spent
        return list(people.values())

    async def pages(self, language: str, reader: Reader) -> list[str]:
        """The load view in the reader's language and numbers, names HTML-escaped, as messages
        within Telegram's length (one block per person, never cut)."""
        loads = await self.figures()
        texts = self.texts
        if not loads:
            return [texts.get(language, "care-load-empty")]
        names = await self.repo.names([load.user_id for load in loads])
        blocks = [texts.get(language, "care-load-header")]

        def pair(values: list[int]) -> dict[str, str]:
            """The two windows' counts as the reader writes numbers."""
            return {
                "week": integer_text(reader, values[0]),
                "month": integer_text(reader, values[1]),
            }

        def heading(user_id: int) -> str:
            """The person's first name, else their id."""
            name = names.get(user_id)
            if name:
                return texts.get(language, "care-load-name", name=name)
            return texts.get(language, "care-load-name-id", id=str(user_id))

        def order(load: Load) -> tuple[int, str, int]:
            """Named people first, by name."""
            name = names.get(load.user_id)
            return (0 if name else 1, (name or "").casefold(), load.user_id)

        for load in sorted(loads, key=order):
            hours = [decimal_text(reader, spent / timedelta(hours=1)) for spent in load.on_call]
            lines = [
                heading(load.user_id),
                texts.get(language, "care-load-received", **pair(load.received)),
                texts.get(language, "care-load-taken", **pair(load.taken)),
                texts.get(language, "care-load-resolved", **pair(load.resolved)),
                texts.get(language, "care-load-night", **pair(load.night)),
                texts.get(language, "care-load-on-call", week=hours[0], month=hours[1]),
            ]
            blocks.append("\n".join(lines))
        blocks.append(texts.get(language, "care-load-footer"))
        return pack(blocks)


def pack(blocks: list[str], limit: int = PAGE_LIMIT) -> list[str]:
    """Join blocks with blank lines into as few messages of at most `limit` as fit (a block
    is short: a header or one person's six lines)."""
    pages: list[str] = []
    current = ""
    for block in blocks:
        joined = f"{current}\n\n{block}" if current else block
        if len(joined) <= limit or not current:
            current = joined
        else:
            pages.append(current)
            current = block
    return [*pages, current]
