"""The join gate's pure parts: settings, requests, the human check, raid counting, buttons."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from bot.domain.callback import CallbackData

# Read-only minutes a facilitator may choose after a person joins (0: none).
READONLY_CHOICES = (0, 5, 15, 60)
# A facilitator's own wording of the gate's question.
MIN_QUESTION = 5
MAX_QUESTION = 300
# Telegram: an invite link's name is at most 32 characters.
LINK_NAME_MAX = 32


class Step(StrEnum):
    """How far an applicant got at the gate."""

    QUESTION = "question"
    AGREEMENT = "agreement"
    CONSENT = "consent"


@dataclass(frozen=True)
class GateSettings:
    """A group's gate as its facilitators set it (defaults when never set)."""

    chat_id: int
    requests_on: bool = False
    question: str | None = None
    readonly_minutes: int = 0
    invite_link: str | None = None
    raid_since: str | None = None
    last_join_at: str | None = None

    @property
    def in_raid(self) -> bool:
        """Whether raid mode is on."""
        return self.raid_since is not None

    @property
    def gated(self) -> bool:
        """Whether join requests go through the gate (set on, or during a raid)."""
        return self.requests_on or self.in_raid


@dataclass(frozen=True)
class JoinRequest:
    """A person waiting at a group's gate; nothing of what they typed is kept."""

    chat_id: int
    user_id: int
    user_chat_id: int | None
    language: str
    step: Step
    requested_at: str
    expires_at: str


_COMMAND = re.compile(r"^/\w")
_LINK = re.compile(r"(https?://|www\.|t\.me/)\S*", re.IGNORECASE)


def is_sincere(text: str) -> bool:
    """Tell whether a typed answer to the gate's question is an answer at all.

    Any words pass (it is a human check, read by nobody); a non-answer does not: nothing but
    emoji, digits or punctuation, a command, a lone link, one key held down, or under three
    letters.
    """
    cleaned = text.strip()
    if not cleaned or _COMMAND.match(cleaned):
        return False
    letters = [ch for ch in _LINK.sub(" ", cleaned) if unicodedata.category(ch).startswith("L")]
    if len(letters) < 3:
        return False
    return len({ch.casefold() for ch in letters}) > 1


def question_problem(text: str) -> str | None:
    """The text id of what is wrong with a facilitator's wording of the question, or None."""
    cleaned = text.strip()
    if cleaned.startswith("/"):
        return "gate-question-command"
    if len(cleaned) < MIN_QUESTION:
        return "gate-question-short"
    if len(cleaned) > MAX_QUESTION:
        return "gate-question-long"
    return None


@dataclass(frozen=True)
class BotRights:
    """What the bot may do in a group, as getChatMember tells it."""

    is_admin: bool = False
    can_invite_users: bool = False
    can_pin_messages: bool = False
    can_restrict_members: bool = False
    can_delete_messages: bool = False


@dataclass(frozen=True)
class Needs:
    """What a group's settings ask of the bot: `gate` (join requests or raid mode: invite
    links), `agreement` (one to pin), `restrict` (read-only minutes, muting), `delete`
    (moderation that hides messages)."""

    gate: bool = False
    agreement: bool = False
    restrict: bool = False
    delete: bool = False


def missing_rights(rights: BotRights, needs: Needs) -> list[str]:
    """Text ids of the rights the group's settings need and the bot lacks, each with its fix."""
    missing = []
    if needs.gate and not rights.can_invite_users:
        missing.append("gate-right-invite")
    if needs.agreement and not rights.can_pin_messages:
        missing.append("gate-right-pin")
    if needs.restrict and not rights.can_restrict_members:
        missing.append("gate-right-restrict")
    if needs.delete and not rights.can_delete_messages:
        missing.append("gate-right-delete")
    return missing


@dataclass(frozen=True)
class RaidLimits:
    """When joins count as a raid: `joins` people within `window`; over after `quiet`."""

    joins: int
    window: timedelta
    quiet: timedelta


@dataclass
class RaidWatch:
    """Counts each group's recent joins (in memory): a person counted once per window."""

    limits: RaidLimits
    _joins: dict[int, deque[tuple[datetime, int]]] = field(default_factory=dict)

    def joined(self, chat_id: int, user_id: int, at: datetime) -> bool:
        """Count a join; True when the group's joins within the window reach the limit."""
        recent = self._joins.setdefault(chat_id, deque())
        while recent and recent[0][0] <= at - self.limits.window:
            recent.popleft()
        if all(user != user_id for _, user in recent):
            recent.append((at, user_id))
        return len(recent) >= self.limits.joins

    def forget(self, chat_id: int) -> None:
        """Start counting a group afresh (raid mode switched on or off)."""
        self._joins.pop(chat_id, None)


def is_quiet(
    last_join_at: datetime | None, since: datetime, now: datetime, quiet: timedelta
) -> bool:
    """Tell whether a raid is over: nobody joined for `quiet` (counted from its start at least)."""
    latest = max(last_join_at, since) if last_join_at is not None else since
    return now - latest >= quiet


def link_name(label: str) -> str:
    """An invite link's name as Telegram takes it (at most 32 characters)."""
    cleaned = " ".join(label.split())
    return cleaned if len(cleaned) <= LINK_NAME_MAX else cleaned[: LINK_NAME_MAX - 1] + "…"


class Consent(StrEnum):
    """An applicant's answer to the privacy notice at the gate."""

    YES = "y"
    NO = "n"


@dataclass(frozen=True)
class GateAgree(CallbackData, prefix="jg:a"):
    """ "I agree" under a group's agreement at its gate (`jg:a:<chat id>`)."""

    chat_id: int


@dataclass(frozen=True)
class GateConsent(CallbackData, prefix="jg:c"):
    """Yes or no to the privacy notice at a group's gate (`jg:c:<chat id>:<y|n>`)."""

    chat_id: int
    answer: Consent


class Setting(StrEnum):
    """What a button of the /gate card changes."""

    SHOW = "s"
    ON = "on"
    OFF = "off"
    WORD = "w"
    DEFAULT_WORDING = "d"
    LINK = "l"


@dataclass(frozen=True)
class GateSetting(CallbackData, prefix="jgs:set"):
    """A /gate card button for facilitators (`jgs:set:<setting>:<chat id>`)."""

    setting: Setting
    chat_id: int


@dataclass(frozen=True)
class GateReadOnly(CallbackData, prefix="jgs:ro"):
    """Read-only minutes after joining, chosen on the /gate card (`jgs:ro:<chat id>:<minutes>`)."""

    chat_id: int
    minutes: int

    def __post_init__(self) -> None:
        """Only the offered choices."""
        if self.minutes not in READONLY_CHOICES:
            raise ValueError("not an offered choice")


@dataclass(frozen=True)
class InviteFor(CallbackData, prefix="jgs:inv"):
    """/invite's choice of group (`jgs:inv:<chat id>`)."""

    chat_id: int


@dataclass(frozen=True)
class EndRaid(CallbackData, prefix="jgs:end"):
    """ "End raid mode" in the staff's raid notice (`jgs:end:<chat id>`)."""

    chat_id: int


GATE_BUTTONS = (GateAgree, GateConsent)
STAFF_BUTTONS = (GateSetting, GateReadOnly, InviteFor, EndRaid)
