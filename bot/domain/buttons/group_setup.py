"""The guided group setup's buttons: start or put off, then one answer per question.

Every button names the group (`gs:<action>:<chat id>[:<answer>]`); the handler asks again
whether the person may set that group up, and whether their draft is at that question.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.callback import CallbackData
from bot.domain.group_setup import GROUP_POST_CHOICES


@dataclass(frozen=True)
class StartSetup(CallbackData, prefix="gs:go"):
    """Start (or start again) the setup of a group, at its first question."""

    chat_id: int


@dataclass(frozen=True)
class SetupLater(CallbackData, prefix="gs:later"):
    """Put the offered setup off."""

    chat_id: int


@dataclass(frozen=True)
class KeepName(CallbackData, prefix="gs:keep"):
    """Keep the group's name as it is on Telegram."""

    chat_id: int


@dataclass(frozen=True)
class PickZone(CallbackData, prefix="gs:tz"):
    """One of the offered time zones (an IANA name, checked again when pressed)."""

    chat_id: int
    zone: str


@dataclass(frozen=True)
class TypeZone(CallbackData, prefix="gs:tztype"):
    """The person will type a time zone or a big city instead."""

    chat_id: int


@dataclass(frozen=True)
class PickLanguage(CallbackData, prefix="gs:lang"):
    """The group's language (a code, checked against the supported ones when pressed)."""

    chat_id: int
    language: str


@dataclass(frozen=True)
class PickPost(CallbackData, prefix="gs:post"):
    """The group chat reminder: one of the offered minutes before each meeting (0: off)."""

    chat_id: int
    minutes: int

    def __post_init__(self) -> None:
        """Only the offered choices."""
        if self.minutes not in GROUP_POST_CHOICES:
            raise ValueError("not an offered group chat reminder")


@dataclass(frozen=True)
class StopSetup(CallbackData, prefix="gs:stop"):
    """Stop the setup in progress."""

    chat_id: int


SETUP_BUTTONS = (
    StartSetup,
    SetupLater,
    KeepName,
    PickZone,
    TypeZone,
    PickLanguage,
    PickPost,
    StopSetup,
)
