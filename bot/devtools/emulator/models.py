"""Plain data records shared by the emulator modules (no behaviour, no locking)."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]

GROUP_ANONYMOUS_BOT_ID = 1087968824
MESSAGE_CREATING_METHODS = frozenset({"sendmessage", "senddocument", "sendphoto"})
EDIT_METHODS = frozenset({"editmessagetext", "editmessagereplymarkup", "editmessagecaption"})


class ApiError(Exception):
    """A Telegram-shaped error answer: HTTP status, description and optional parameters."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        """Store the status code, description and `parameters` object of the answer."""
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> JSON:
        """Return the JSON body Telegram would send for this error."""
        body: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(detail: str) -> ApiError:
    """Build a 400 "Bad Request: ..." error."""
    return ApiError(400, f"Bad Request: {detail}")


class UserActionRefused(Exception):  # noqa: N818 - reads as what happened to the test's user
    """Raised by a control method when Telegram would not let the user do it (muted, banned)."""


class EmulatorTimeout(AssertionError):  # noqa: N818 - name fixed by the test API
    """Raised by the blocking wait helpers when the awaited condition did not happen in time."""


@dataclass
class User:
    """A Telegram user (or another bot) known to the emulator."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "en"
    is_bot: bool = False

    def to_api(self) -> JSON:
        """Return the Bot API `User` object."""
        data: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            value = getattr(self, key)
            if value is not None and not (self.is_bot and key == "language_code"):
                data[key] = value
        return data


@dataclass
class Chat:
    """A chat: private (id = user id), group, supergroup or channel."""

    id: int
    type: str
    title: str | None = None
    user: User | None = None
    bot_status: str = "member"
    members: dict[int, str] = field(default_factory=dict)
    migrated_to: int | None = None
    # The bot's administrator rights when it is an administrator (None: all usual rights).
    bot_rights: JSON | None = None
    # Users' administrator rights (None or absent: all usual rights).
    admin_rights: dict[int, JSON] = field(default_factory=dict)
    # Restricted members' permissions, and until_date of restrictions and bans (0: forever).
    permissions: dict[int, JSON] = field(default_factory=dict)
    until: dict[int, int] = field(default_factory=dict)
    # Pending join requests by user id (the ChatJoinRequest payload), invite links by URL.
    join_requests: dict[int, JSON] = field(default_factory=dict)
    invite_links: dict[str, JSON] = field(default_factory=dict)
    # Pinned message ids, oldest first (the last one is the chat's pinned_message).
    pinned: list[int] = field(default_factory=list)

    def to_api(self) -> JSON:
        """Return the Bot API `Chat` object."""
        if self.user is not None:
            data: JSON = {"id": self.id, "type": "private", "first_name": self.user.first_name}
            if self.user.last_name:
                data["last_name"] = self.user.last_name
            if self.user.username:
                data["username"] = self.user.username
            return data
        data = {"id": self.id, "type": self.type, "title": self.title or ""}
        if self.type == "group":
            data["all_members_are_administrators"] = False
        return data


@dataclass
class FileRecord:
    """An uploaded or user-sent file, downloadable through getFile + the file route."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    filename: str | None = None
    mime_type: str | None = None


@dataclass
class StoredMessage:
    """A message in a chat, sent by the bot (`from_bot`) or injected on behalf of a user."""

    chat_id: int
    message_id: int
    seq: int
    date: int
    from_bot: bool
    api: JSON
    text: str | None = None
    plain_text: str | None = None
    parse_mode: str | None = None
    reply_markup: JSON | None = None
    caption: str | None = None
    file: FileRecord | None = None
    kind: str = "text"
    edits: list[JSON] = field(default_factory=list)
    deleted: bool = False

    def button_texts(self) -> list[str]:
        """Return the texts of all inline keyboard buttons, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [str(button.get("text", "")) for row in rows for button in row]

    def snapshot(self) -> StoredMessage:
        """Return a deep copy that later changes to the emulator state will not touch."""
        return dataclasses.replace(
            self, api=copy.deepcopy(self.api), edits=copy.deepcopy(self.edits)
        )


@dataclass(frozen=True)
class CallRecord:
    """One Bot API call made by the bot, as answered by the emulator."""

    index: int
    method: str
    params: JSON
    monotonic: float
    wall: float
    status: int
    error: str | None


@dataclass(frozen=True)
class Mark:
    """A point in time of the emulator state, used as `since=` by the wait helpers."""

    message_seq: int
    call_index: int


@dataclass
class Outcome:
    """The full answer of a core call, including HTTP-level fault behaviour."""

    status: int
    body: JSON
    delay: float = 0.0
    reset: bool = False
