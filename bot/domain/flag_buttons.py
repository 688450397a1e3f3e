"""The buttons of a crisis alert as values: built by the alert writer, read by the handler.

`flag:<action>:<flag id>`; anything else (an unknown action, a number no flag can have) is
not an alert button.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.callback import CallbackData

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
class FlagButton(CallbackData, prefix=PREFIX):
    """One press on an alert: an action on one flag."""

    action: FlagAction
    flag_id: int

    def __post_init__(self) -> None:
        """Flag ids are positive."""
        if self.flag_id <= 0:
            raise ValueError("no flag has this id")
