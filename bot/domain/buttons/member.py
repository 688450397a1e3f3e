"""A member's own buttons: onboarding, /settings, time zones, /forget, crisis lines, resources."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from bot.domain.callback import CallbackData, Codec, callback_parts
from bot.domain.language import SUPPORTED_LANGUAGES

# Invite codes are 12 characters; 40 at most keeps "onb:lang:xx:<code>" within Telegram's
# 64-byte callback data. A lone '-' would read as no code at all.
_INVITE_CODE = re.compile(r"[A-Za-z0-9_-]{1,40}")


def is_invite_code(code: str) -> bool:
    """Tell whether a /start payload may be an invite code a button can carry."""
    return bool(_INVITE_CODE.fullmatch(code)) and code != "-" and callback_parts(code) is not None


def _check_language(language: str | None) -> None:
    """Refuse a language the bot does not speak."""
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise ValueError("no such language")


def _check_invite(invite: str | None) -> None:
    """Refuse what no invite link carries."""
    if invite is not None and not is_invite_code(invite):
        raise ValueError("no such invite code")


# -- onboarding (/start) ------------------------------------------------------------------


@dataclass(frozen=True)
class _LanguageAndInvite(CallbackData):
    """A newcomer's language and the invite they came with, if any."""

    language: str
    invite: str | None = None

    def __post_init__(self) -> None:
        """A language the bot speaks; an invite code as links carry it."""
        _check_language(self.language)
        _check_invite(self.invite)


@dataclass(frozen=True)
class StartLanguage(_LanguageAndInvite, prefix="onb:lang"):
    """A newcomer's language; the consent question follows (keeping the invite, if any)."""


@dataclass(frozen=True)
class Agree(_LanguageAndInvite, prefix="onb:yes"):
    """The newcomer agrees: they become a member (and join the invite's group, if any)."""


@dataclass(frozen=True)
class Decline(CallbackData, prefix="onb:no"):
    """The newcomer declines: nothing is stored."""

    language: str

    def __post_init__(self) -> None:
        """A language the bot speaks."""
        _check_language(self.language)


ONBOARDING_BUTTONS = (StartLanguage, Agree, Decline)


# -- /settings ----------------------------------------------------------------------------


class ClockChoice(StrEnum):
    """How times are written: as usual where the member lives, or 12 or 24 hours."""

    AUTOMATIC = "auto"
    HOURS_12 = "12"  # bot.formats.formatting.CLOCK_12
    HOURS_24 = "24"  # bot.formats.formatting.CLOCK_24


@dataclass(frozen=True)
class SettingsLanguage(CallbackData, prefix="set:lang"):
    """Choose a language (None: show the languages)."""

    language: str | None = None

    def __post_init__(self) -> None:
        """A language the bot speaks."""
        _check_language(self.language)


@dataclass(frozen=True)
class SettingsTimezone(CallbackData, prefix="set:tz"):
    """Ask for the time zone."""


@dataclass(frozen=True)
class SettingsClock(CallbackData, prefix="set:clock"):
    """Choose how times are written (None: show the choices)."""

    clock: ClockChoice | None = None


SETTINGS_BUTTONS = (SettingsLanguage, SettingsTimezone, SettingsClock)


class ZoneOrigin(StrEnum):
    """Where the time-zone question was asked."""

    ONBOARDING = "o"
    SETTINGS = "s"


@dataclass(frozen=True)
class PickTimezone(CallbackData, prefix="tz"):
    """A suggested IANA time zone (or the current one, kept), from onboarding or /settings."""

    origin: ZoneOrigin
    zone: str


TIMEZONE_BUTTONS = (PickTimezone,)


# -- /forget, crisis lines, resources -----------------------------------------------------


def _yes_no(value: bool) -> str:
    """'yes' or 'no'."""
    return "yes" if value else "no"


YesNoWord = Annotated[bool, Codec(_yes_no, {"yes": True, "no": False}.get)]


@dataclass(frozen=True)
class Forget(CallbackData, prefix="forget"):
    """Erase everything about the member (yes), or keep it (no)."""

    confirm: YesNoWord


@dataclass(frozen=True)
class CrisisCountry(CallbackData, prefix="crisis:cc"):
    """Another country's crisis lines (None: show the countries)."""

    country: str | None = None


@dataclass(frozen=True)
class ResourceCategory(CallbackData, prefix="res:cat"):
    """The resources of one category, for the member's country."""

    category: str
