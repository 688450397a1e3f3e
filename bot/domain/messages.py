"""Outgoing messages and their buttons as values: one vocabulary for services and handlers.

Services queue them in the outbox (`bot/storage/outbox.enqueue_message`), handlers send them
(`handlers/common.send`); `to_params()` gives the Bot API parameters in one place, so no feature
writes `"parse_mode"` or `inline_keyboard` by hand.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class Button:
    """An inline button: plain text (no HTML) and either callback data or a URL."""

    text: str
    data: str | None = None
    url: str | None = None

    @classmethod
    def of_html(cls, label: str, data: str) -> Button:
        """A button whose label comes from a text rendered for HTML (escapes undone)."""
        return cls(html.unescape(label), data)

    def to_params(self) -> dict[str, str]:
        """The Bot API's InlineKeyboardButton."""
        params = {"text": self.text}
        if self.url is not None:
            params["url"] = self.url
        else:
            params["callback_data"] = self.data or ""
        return params


@dataclass(frozen=True)
class Keyboard:
    """Rows of inline buttons; an empty keyboard removes the buttons of an edited message."""

    rows: tuple[tuple[Button, ...], ...] = ()

    @classmethod
    def of(cls, rows: Iterable[Iterable[Button]]) -> Keyboard:
        """Build a keyboard from any rows of buttons."""
        return cls(tuple(tuple(row) for row in rows))

    def to_params(self) -> dict[str, Any]:
        """The Bot API's InlineKeyboardMarkup."""
        return {"inline_keyboard": [[button.to_params() for button in row] for row in self.rows]}


@dataclass(frozen=True)
class OutgoingText:
    """A text message (HTML unless told otherwise), with an optional keyboard."""

    method: ClassVar[str] = "sendMessage"

    text: str
    keyboard: Keyboard | None = None
    html: bool = True
    link_previews: bool = True
    # A reply to this message of the chat (sent anyway if it was deleted meanwhile).
    reply_to: int | None = None

    def to_params(self) -> dict[str, Any]:
        """The sendMessage parameters (without the chat, which the outbox row carries)."""
        params: dict[str, Any] = {"text": self.text}
        if self.html:
            params["parse_mode"] = "HTML"
        if self.keyboard is not None:
            params["reply_markup"] = self.keyboard.to_params()
        if not self.link_previews:
            params["link_preview_options"] = {"is_disabled": True}
        if self.reply_to is not None:
            params["reply_parameters"] = {
                "message_id": self.reply_to,
                "allow_sending_without_reply": True,
            }
        return params


@dataclass(frozen=True)
class TextEdit:
    """A new text (and keyboard) for a message the bot sent before."""

    method: ClassVar[str] = "editMessageText"

    message_id: int
    message: OutgoingText

    def to_params(self) -> dict[str, Any]:
        """The editMessageText parameters (without the chat)."""
        return {"message_id": self.message_id, **self.message.to_params()}


# The key of a file parameter held in the outbox as text; the worker uploads it as a file.
FILE_TEXT = "file_text"
# The key of a binary file (a PDF) held in the outbox as base64 text.
FILE_BASE64 = "file_base64"
# The largest file the outbox holds: its row stays small, far below Telegram's 50 MB.
FILE_LIMIT = 5 * 1024 * 1024
# Telegram's longest caption, in UTF-16 code units of the text as shown.
CAPTION_LIMIT = 1024


@dataclass(frozen=True)
class OutgoingFile:
    """A small file sent as a document, with an optional HTML caption: text (a calendar, a
    CSV) or bytes (a PDF), at most FILE_LIMIT bytes.

    The outbox stores it as JSON (`{"file_text": ..., "filename": ...}`, bytes as
    `{"file_base64": ...}`); the worker turns that into an upload when it sends.
    """

    method: ClassVar[str] = "sendDocument"

    filename: str
    content: str | bytes
    caption: str | None = None
    html: bool = True

    def __post_init__(self) -> None:
        """Refuse a file too big to hold in the outbox."""
        if self._size() > FILE_LIMIT:
            raise ValueError(f"file {self.filename!r} is too big for the outbox")

    def _size(self) -> int:
        """The file's size in bytes."""
        content = self.content
        return len(content) if isinstance(content, bytes) else len(content.encode("utf-8"))

    def to_params(self) -> dict[str, Any]:
        """The sendDocument parameters (without the chat), the file as stored text."""
        if isinstance(self.content, bytes):
            stored = {FILE_BASE64: base64.b64encode(self.content).decode("ascii")}
        else:
            stored = {FILE_TEXT: self.content}
        params: dict[str, Any] = {"document": {**stored, "filename": self.filename}}
        if self.caption:
            params["caption"] = self.caption
            if self.html:
                params["parse_mode"] = "HTML"
        return params


def shown_length(text: str) -> int:
    """How long an HTML text is as Telegram counts it: tags gone, entities read, UTF-16 units."""
    plain = html.unescape(re.sub(r"<[^>]*>", "", text))
    return len(plain.encode("utf-16-le")) // 2


Outgoing = OutgoingText | TextEdit | OutgoingFile
