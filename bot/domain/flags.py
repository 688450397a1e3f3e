"""Plain objects for crisis flags, their alert copies and timeline."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.tiers import Tier

TIERS = frozenset(tier.value for tier in Tier)
# Flags raised by someone else about a member (a peer's report, a hostile reply aimed at a
# member in crisis): the flagged person is never told of them by the bot.
RAISED_BY_OTHERS = frozenset({"peer_report", "hostile_reply"})
# Flags that stand alone: never joined by a later sighting, and never joining the member's
# open flag. A hostile reply is about what its writer did to someone in crisis, not about the
# writer's own state: joined to their crisis flag (or theirs to it) it would read as one.
STANDS_ALONE = frozenset({"hostile_reply"})


class FlagState(StrEnum):
    """Where a flag stands: waiting for someone, taken, or closed."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    FALSE_ALARM = "false_alarm"
    # The member erased their data with /forget while the flag was open (they had the lines).
    ERASED = "erased"

    @property
    def closed(self) -> bool:
        """Tell whether nothing more is expected of anyone."""
        return self in (FlagState.RESOLVED, FlagState.FALSE_ALARM, FlagState.ERASED)


class Told(StrEnum):
    """Who heard of a flag, as the member is told: the group's facilitators, admins, nobody."""

    GROUP = "group"
    ADMINS = "admins"
    NOBODY = "no"


@dataclass(frozen=True)
class Sighting:
    """A flagged message as the flag service needs it (text already cut to an excerpt).

    `member_id` is None only for a peer's report about someone the bot cannot name.
    """

    member_id: int | None
    member_name: str
    member_username: str | None
    chat_id: int
    chat_title: str | None
    group_id: int | None
    tier: str
    category: str
    rules: tuple[str, ...]
    excerpt: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Flag:
    """A stored flag."""

    id: int
    member_id: int | None
    member_name: str | None
    member_username: str | None
    chat_id: int | None
    chat_title: str | None
    group_id: int | None
    tier: str
    category: str
    rules: tuple[str, ...]
    excerpt: str | None
    highlights: tuple[tuple[int, int], ...]
    note: str | None
    messages: int
    state: FlagState
    step: int
    next_escalation_at: str | None
    version: int
    raised_at: str
    last_seen_at: str
    acknowledged_at: str | None
    acknowledged_by: int | None
    closed_at: str | None
    closed_by: int | None
    unreached_at: str | None
    member_told_at: str | None = None
    nudged_at: str | None = None

    @property
    def private(self) -> bool:
        """Tell whether the flagged message was sent in a private chat with the bot."""
        return self.group_id is None

    @property
    def raised_by_others(self) -> bool:
        """Tell whether someone else raised it (a peer's report): its member is never told."""
        return self.category in RAISED_BY_OTHERS


@dataclass(frozen=True)
class FlagAlert:
    """One copy of a flag's alert, sent to one person."""

    id: int
    flag_id: int
    recipient_id: int | None
    step: int
    outbox_key: str
    state: str
    message_id: int | None
    rendered_version: int
    head: str | None = None  # a notice's lines above the alert (what it announced)


@dataclass(frozen=True)
class FlagEvent:
    """One entry of a flag's timeline."""

    at: str
    kind: str
    actor_id: int | None
    detail: str | None


def tier_rank(tier: str) -> int:
    """Return how urgent a stored tier is (higher is more urgent; 0 for an unknown one)."""
    return Tier(tier).rank if tier in TIERS else 0
