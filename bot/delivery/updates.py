"""Turning raw updates into inbox rows, and raw Bot API calls."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

from telegram.ext import ExtBot
from telegram.warnings import PTBUserWarning

from bot.meetings.questions import is_group_meeting_question
from bot.shield.model import may_be_held
from bot.storage.inbox import Received

JSON = dict[str, Any]


def sender_id(update: JSON) -> int | None:
    """Return the id of whoever sent the update, if it names one (for erasure)."""
    for value in update.values():
        if isinstance(value, dict):
            # "from" on most updates; "user" on poll answers and reactions.
            for key in ("from", "user"):
                sender = value.get(key)
                if isinstance(sender, dict) and isinstance(sender.get("id"), int):
                    return int(sender["id"])
    return None


# Message kinds whose text a person wrote (what the crisis check reads).
_WRITTEN = ("message", "edited_message")

# Tells whether a text may be a crisis (the detector), so its update skips the backlog.
UrgencyCheck = Callable[[str], bool]


def written_text(update: JSON) -> str:
    """Return the text or caption a person wrote in this update ('' when none)."""
    for kind in _WRITTEN:
        message = update.get(kind)
        if isinstance(message, dict):
            text = message.get("text") or message.get("caption")
            if isinstance(text, str):
                return text
    return ""


def to_received(update: JSON, is_urgent: UrgencyCheck | None = None) -> Received | None:
    """Prepare a raw update for the inbox; None when it has no usable update_id.

    Ordinary group chatter is stored as `minimal` leaves it when `is_urgent` checked its text
    just now (nothing else in the bot reads it).
    """
    update_id = update.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool) or update_id < 0:
        return None
    text = written_text(update) if is_urgent is not None else ""
    urgent = bool(text) and is_urgent is not None and is_urgent(text)
    # Without a check at store time the handler's check needs the text: nothing is left out.
    kept = update if urgent or is_urgent is None else minimal(update)
    # ensure_ascii keeps lone surrogates as \\ud800 escapes, which SQLite can store.
    payload = json.dumps(kept, ensure_ascii=True)
    return Received(update_id, sender_id(update), payload, urgent, checked=bool(text))


_GROUP_TYPES = ("group", "supergroup")
# What is kept of an ordinary group message: where and when it was, and who wrote it (by id).
_ROUTING = ("message_id", "message_thread_id", "date", "chat", "sender_chat", "is_topic_message")


def minimal(update: JSON) -> JSON:
    """Return the update without the text and names of an ordinary group message.

    A message (or edit) in a group that holds text or a caption other than a command keeps
    only its routing fields and its writer's id; service messages, commands, meeting questions
    put to the bot ("when is the next meeting?", answered in the group) and anything in
    private are returned unchanged.
    """
    for kind in _WRITTEN:
        message = update.get(kind)
        if not isinstance(message, dict) or not _is_group_chatter(message, kind == "message"):
            continue
        kept = {key: message[key] for key in _ROUTING if key in message}
        writer = message.get("from")
        if isinstance(writer, dict) and isinstance(writer.get("id"), int):
            kept["from"] = {
                "id": writer["id"],
                "is_bot": bool(writer.get("is_bot")),
                "first_name": "",
            }
        return {**update, kind: kept}
    return update


def _is_group_chatter(message: JSON, new: bool) -> bool:
    """A group message with written words that are not a command or (a new message, not an
    edit) a meeting question to the bot."""
    chat = message.get("chat")
    if not isinstance(chat, dict) or chat.get("type") not in _GROUP_TYPES:
        return False
    words = message.get("text") or message.get("caption")
    if not isinstance(words, str) or not words or words.startswith("/"):
        return False
    if new and may_be_held(message):
        return False  # the spam shield may hold it for review: its copy needs the words
    return not (new and "text" in message and is_group_meeting_question(words))


async def raw_call(bot: ExtBot[Any], endpoint: str, params: JSON, **options: Any) -> Any:
    """Call a Bot API method with raw JSON parameters and get the raw JSON result back."""
    with warnings.catch_warnings():
        # PTB suggests its typed method instead; here the raw JSON is the point.
        warnings.simplefilter("ignore", PTBUserWarning)
        return await bot.do_api_request(endpoint, api_kwargs=params, **options)
