"""A group's agreement and its buttons (pure: standard library and bot.domain only)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.callback import callback_parts, is_id

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
class RulesButton:
    """The data a /rules button carries: an action on one group (`rl:<action>:<chat id>`)."""

    action: Action
    chat_id: int

    def pack(self) -> str:
        """The button's callback data (well under Telegram's 64 bytes)."""
        return f"{PREFIX}:{self.action.value}:{self.chat_id}"

    @classmethod
    def parse(cls, data: str | None) -> RulesButton | None:
        """Read button data back; None for anything this feature's buttons never carry."""
        parts = callback_parts(data)
        if parts is None or len(parts) != 3 or parts[0] != PREFIX or not is_id(parts[2]):
            return None
        try:
            action = Action(parts[1])
        except ValueError:
            return None
        return cls(action, int(parts[2]))
