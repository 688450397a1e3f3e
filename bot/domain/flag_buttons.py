"""The buttons of a crisis alert as values: built by the alert writer, read by the handler.

`flag:<action>:<flag id>`; anything else (an unknown action, a number no flag can have) is
not an alert button.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.callback import INT64_MAX, callback_parts, is_id

PREFIX = "flag"


class FlagAction(StrEnum):
    """What an alert's button does."""

    ACK = "ack"  # I'm on it
    WHO = "who"  # who took it, and when
    RESOLVE = "res"  # asks to confirm first
    FALSE_ALARM = "fa"  # asks to confirm first
    RESOLVE_OK = "resok"
    FALSE_ALARM_OK = "faok"
    BACK = "back"  # not closing after all
    REOPEN = "reopen"


@dataclass(frozen=True)
class FlagButton:
    """One press on an alert: an action on one flag."""

    action: FlagAction
    flag_id: int

    def pack(self) -> str:
        """The button's callback data (well under Telegram's 64 bytes)."""
        return f"{PREFIX}:{self.action.value}:{self.flag_id}"

    @classmethod
    def parse(cls, data: str | None) -> FlagButton | None:
        """Read button data back; None for anything an alert's buttons never carry."""
        parts = callback_parts(data)
        if parts is None or len(parts) != 3 or parts[0] != PREFIX or not is_id(parts[2]):
            return None
        flag_id = int(parts[2])
        if not 0 < flag_id <= INT64_MAX:
            return None
        try:
            return cls(FlagAction(parts[1]), flag_id)
        except ValueError:
            return None
