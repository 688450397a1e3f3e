"""A group's agreement and its buttons (pure: standard library and bot.domain only)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.callback import CallbackData

# Fits one Telegram message with the heading around it (4,096 characters at most).
MAX_AGREEMENT = 3500
MIN_AGREEMENT = 10
PREFIX = "rl"


@dataclass(frozen=True)
class Agreement:
    """What a group's members agree to, as its facilitators wrote it."""

    chat_id: int
    text: str
    updated_at: str
    # Bumped at every change of the group's own text: members accept each version.
    version: int = 1
    # The language this text is in (None: the group's own language).
    language: str | None = None


def agreement_problem(text: str) -> str | None:
    """The text id of what is wrong with a typed agreement, or None when it can be saved."""
    cleaned = text.strip()
    if cleaned.startswith("/"):
        return "rules-not-a-command"
    if len(cleaned) < MIN_AGREEMENT:
        return "rules-too-short"
    if len(cleaned) > MAX_AGREEMENT:
        return "rules-too-long"
    return None


class Action(StrEnum):
    """What a /rules button does."""

    SHOW = "s"
    EDIT = "e"
    CLEAR = "x"


@dataclass(frozen=True)
class RulesButton(CallbackData, prefix=PREFIX):
    """The data a /rules button carries: an action on one group (`rl:<action>:<chat id>`)."""

    action: Action
    chat_id: int


@dataclass(frozen=True)
class RulesLanguage(CallbackData, prefix="rll"):
    """Write the agreement in one more language (`rll:<chat id>:<language>`; `-`: pick one)."""

    chat_id: int
    language: str | None = None


@dataclass(frozen=True)
class AcceptAgreement(CallbackData, prefix="rla"):
    """ "I agree" under a group's agreement sent in private (`rla:<chat id>:<version>`)."""

    chat_id: int
    version: int

    def __post_init__(self) -> None:
        """A version is counted from 1."""
        if self.version < 1:
            raise ValueError("versions start at 1")
