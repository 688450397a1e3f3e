"""Turning raw updates into inbox rows, and raw Bot API calls."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

from telegram.ext import ExtBot
from telegram.warnings import PTBUserWarning

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
    """Prepare a raw update for the inbox; None when it has no usable update_id."""
    update_id = update.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool) or update_id < 0:
        return None
    text = written_text(update) if is_urgent is not None else ""
    urgent = bool(text) and is_urgent is not None and is_urgent(text)
    # ensure_ascii keeps lone surrogates as \\ud800 escapes, which SQLite can store.
    payload = json.dumps(update, ensure_ascii=True)
    return Received(update_id, sender_id(update), payload, urgent)


async def raw_call(bot: ExtBot[Any], endpoint: str, params: JSON, **options: Any) -> Any:
    """Call a Bot API method with raw JSON parameters and get the raw JSON result back."""
    with warnings.catch_warnings():
        # PTB suggests its typed method instead; here the raw JSON is the point.
        warnings.simplefilter("ignore", PTBUserWarning)
        return await bot.do_api_request(endpoint, api_kwargs=params, **options)
