"""Moderation's pure parts: actions, durations, who may act on whom, rights, and buttons.

Standard library and bot.domain only (an architecture test checks it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from bot.domain.callback import CallbackData


class Kind(StrEnum):
    """What a facilitator did to a member (one row of the member's moderation history)."""

    WARN = "warn"
    MUTE = "mute"
    BAN = "ban"
    HOLD = "hold"


# Why a message is held: a facilitator's /hold, the spam shield, a hostile reply to a member
# with an open flag, a possible crisis. Other features pass their own word ([a-z_], short).
HOLD_MODERATION = "moderation"
HOLD_SPAM = "spam"
HOLD_HOSTILE = "hostile_reply"
HOLD_CRISIS = "crisis"
_HOLD_KIND = re.compile(r"^[a-z_]{1,20}$")

# A reason is a few words: enough to tell the member why, short enough for a notice.
MAX_REASON = 300
MAX_APPEAL = 1000
MIN_APPEAL = 3

# Telegram treats restrictions under 30 seconds or over 366 days as forever: stay inside.
MIN_DURATION = timedelta(minutes=1)
MAX_DURATION = timedelta(days=365)
_UNITS = {
    "m": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "h": timedelta(hours=1),
    "d": timedelta(days=1),
    "w": timedelta(weeks=1),
}
_DURATION = re.compile(r"^(\d{1,6})(m|min|h|d|w)$")


def hold_kind_problem(kind: str) -> str | None:
    """Why a hold's kind cannot be stored (None when it can): a short lowercase word."""
    return None if _HOLD_KIND.match(kind) else f"bad hold kind {kind!r}"


def looks_like_duration(word: str) -> bool:
    """Tell whether a word was meant as a duration (it starts with a digit: 1h, 90m, 7x)."""
    return word[:1].isdigit()


def parse_duration(word: str) -> timedelta | None:
    """A typed duration (10m, 1h, 1d, 7d, 2w), or None when it is not one Telegram honours."""
    found = _DURATION.match(word.strip().lower())
    if found is None:
        return None
    length = int(found.group(1)) * _UNITS[found.group(2)]
    return length if MIN_DURATION <= length <= MAX_DURATION else None


def duration_parts(length: timedelta) -> tuple[str, int]:
    """A duration as its largest whole unit ("weeks", "days", "hours", "minutes") and count."""
    minutes = int(length.total_seconds() // 60)
    for unit, size in (("weeks", 7 * 24 * 60), ("days", 24 * 60), ("hours", 60)):
        if minutes >= size and minutes % size == 0:
            return unit, minutes // size
    return "minutes", minutes


@dataclass(frozen=True)
class Command:
    """A facilitator's moderation command as typed: its duration (mute, ban) and reason."""

    duration: timedelta | None
    reason: str


def read_command(kind: Kind, words: list[str]) -> Command | str:
    """Read `/mute 1h reason`, `/ban [7d] reason`, `/warn reason`, `/hold reason`.

    Returns the command, or the text id of what is wrong (a mute needs a duration first; a
    word that starts like a duration must be one). An empty reason is allowed here: the
    caller asks for it.
    """
    duration: timedelta | None = None
    if kind in (Kind.MUTE, Kind.BAN) and words and looks_like_duration(words[0]):
        duration = parse_duration(words[0])
        if duration is None:
            return "mod-bad-duration"
        words = words[1:]
    elif kind is Kind.MUTE:
        return "mod-mute-needs-duration"
    reason = " ".join(words).strip()
    if len(reason) > MAX_REASON:
        return "mod-reason-too-long"
    return Command(duration, reason)


@dataclass(frozen=True)
class PendingAction:
    """One action a facilitator asked for: done now, or waiting for its typed reason (kept
    as an open question's data meanwhile)."""

    chat_id: int
    author_id: int
    message_id: int
    kind: Kind
    command: Command
    name: str | None
    # The message's words (a hold keeps them); "" when there are none.
    text: str

    def data(self) -> dict[str, str | int]:
        """As an open question's data (the reason still to come)."""
        length = self.command.duration
        return {
            "chat_id": self.chat_id,
            "author_id": self.author_id,
            "message_id": self.message_id,
            "kind": self.kind.value,
            "seconds": int(length.total_seconds()) if length else 0,
            "name": self.name or "",
            "text": self.text,
        }

    @classmethod
    def of(cls, data: Mapping[str, object], reason: str) -> PendingAction | None:
        """Read an open question's data back, with the typed reason (None: not readable)."""
        try:
            seconds = int(str(data["seconds"]))
            return cls(
                int(str(data["chat_id"])),
                int(str(data["author_id"])),
                int(str(data["message_id"])),
                Kind(str(data["kind"])),
                Command(timedelta(seconds=seconds) if seconds else None, reason),
                str(data["name"]) or None,
                str(data["text"]),
            )
        except (KeyError, ValueError):
            return None


def reason_problem(text: str) -> str | None:
    """The text id of what is wrong with a typed reason, or None when it will do."""
    cleaned = text.strip()
    if not cleaned or cleaned.startswith("/"):
        return "mod-reason-empty"
    if len(cleaned) > MAX_REASON:
        return "mod-reason-too-long"
    return None


def appeal_problem(text: str) -> str | None:
    """The text id of what is wrong with a typed appeal, or None when it can be sent."""
    cleaned = text.strip()
    if cleaned.startswith("/") or len(cleaned) < MIN_APPEAL:
        return "mod-appeal-too-short"
    if len(cleaned) > MAX_APPEAL:
        return "mod-appeal-too-long"
    return None


@dataclass(frozen=True)
class Target:
    """The person a facilitator means to act on, as the bot knows them."""

    user_id: int
    # A bot, the anonymous admin, a channel: never a person to moderate.
    is_person: bool
    # A facilitator of this group or an admin of the bot.
    is_staff: bool
    # The group's owner or one of its Telegram administrators (Telegram refuses to restrict).
    is_chat_admin: bool


def refusal(actor_id: int, target: Target) -> str | None:
    """The text id saying why a facilitator may not act on this person, or None if they may.

    A facilitator never acts on themselves, another facilitator, an admin, or the group's
    owner and administrators; and only people are moderated.
    """
    if not target.is_person:
        return "mod-not-a-person"
    if target.user_id == actor_id:
        return "mod-not-yourself"
    if target.is_staff:
        return "mod-not-staff"
    if target.is_chat_admin:
        return "mod-not-chat-admin"
    return None


# The bot's admin rights each action needs, in Telegram's own names.
RESTRICT = "can_restrict_members"
DELETE = "can_delete_messages"
NEEDED_RIGHTS: dict[Kind, tuple[str, ...]] = {
    Kind.WARN: (),
    Kind.MUTE: (RESTRICT,),
    Kind.BAN: (RESTRICT,),
    Kind.HOLD: (DELETE,),
}


def missing_right(kind: Kind, is_admin: bool, rights: Mapping[str, object]) -> str | None:
    """The first right the bot lacks for this action ("admin" when it is no admin at all)."""
    needed = NEEDED_RIGHTS[kind]
    if not needed:
        return None
    if not is_admin:
        return "admin"
    return next((right for right in needed if rights.get(right) is not True), None)


class Review(StrEnum):
    """What a facilitator decides about a held message."""

    RELEASE = "r"
    DISCARD = "d"


class Decision(StrEnum):
    """What an admin decides about an appeal."""

    UPHOLD = "u"
    LIFT = "l"


class CardAction(StrEnum):
    """The moderation buttons a report card may carry."""

    WARN = "w"
    MUTE = "m"
    HOLD = "h"


# The duration of the report card's "Mute 1h".
CARD_MUTE = timedelta(hours=1)


@dataclass(frozen=True)
class HeldButton(CallbackData, prefix="mh"):
    """Release or discard a held message (`mh:<r|d>:<held id>`)."""

    review: Review
    held_id: int


@dataclass(frozen=True)
class DecisionButton(CallbackData, prefix="md"):
    """Uphold or lift the action a member appealed (`md:<u|l>:<action id>`)."""

    decision: Decision
    action_id: int


@dataclass(frozen=True)
class CardButton(CallbackData, prefix="mc"):
    """A report card's Warn / Mute 1h / Hold on one message of a group."""

    action: CardAction
    chat_id: int
    message_id: int
    author_id: int


@dataclass(frozen=True)
class AppealButton(CallbackData, prefix="ma"):
    """The member's "Appeal" under a notice of an action (`ma:<action id>`)."""

    action_id: int


# Where an appeal stands: written and waiting, or decided.
APPEAL_OPEN = "open"
APPEAL_UPHELD = "upheld"
APPEAL_LIFTED = "lifted"


@dataclass(frozen=True)
class ModAction:
    """One action on a member of a group, as stored."""

    id: int
    chat_id: int
    user_id: int
    actor_id: int | None
    kind: Kind
    reason: str
    created_at: str
    until_at: str | None
    lifted_at: str | None
    appeal: str | None
    appeal_state: str | None


@dataclass(frozen=True)
class HeldMessage:
    """A message hidden from its group until a facilitator reviews it."""

    id: int
    chat_id: int
    message_id: int
    author_id: int
    text: str
    reason: str
    kind: str
    held_at: str
    action_id: int | None

    @property
    def crisis(self) -> bool:
        """A possible cry for help: never discarded without a person deciding."""
        return self.kind == HOLD_CRISIS
