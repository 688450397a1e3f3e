"""Plain domain objects returned by the storage layer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What a person may do: admins everything, facilitators their groups, members their own."""

    ADMIN = "admin"
    FACILITATOR = "facilitator"
    MEMBER = "member"


@dataclass(frozen=True)
class Member:
    """A person who has started the bot and consented."""

    user_id: int
    first_name: str
    username: str | None
    language: str
    timezone: str
    consented_at: str
    consent_version: int
    scheduled_stopped: bool
    unreachable_at: str | None
    created_at: str
    updated_at: str
    # Chosen in /crisis; None means "from the time zone".
    country: str | None = None
    # Quiet hours, local "HH:MM": no meeting reminder arrives between them; None: none set.
    quiet_start: str | None = None
    quiet_end: str | None = None
    # '12' or '24' (hour clock) chosen in /settings; None means "as my locale writes times".
    clock: str | None = None


@dataclass(frozen=True)
class Group:
    """A group chat the bot has been added to."""

    chat_id: int
    title: str
    chat_type: str
    invite_code: str
    timezone: str
    language: str
    added_by: int | None
    bot_status: str
    created_at: str
    # Minutes before each meeting the group chat gets a reminder; None: the setting, 0: none.
    meeting_post_minutes: int | None = None
    # When the guided setup was finished (then the chosen name is kept); None: not yet.
    setup_done_at: str | None = None
    # Whether news of meeting changes is posted in the group chat too (facilitators choose).
    meeting_news: bool = True


@dataclass(frozen=True)
class Person:
    """Who sent an update, as far as the bot needs to know: never a bot or a chat."""

    user_id: int
    first_name: str
    username: str | None
    language_code: str | None
