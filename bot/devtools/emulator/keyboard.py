"""Inline keyboard checks with the Bot API server's own error descriptions.

The descriptions follow telegram-bot-api's Client.cpp (JSON shape) and TDLib's
ReplyMarkup.cpp / LinkManager.cpp (button contents). One rule is stricter than the live
server: a button with two actions (say url and callback_data) is refused. The API
documents "exactly one" action; the live server keeps the first one and silently drops
the rest, so the bot's button would quietly not do what the code says.
"""

from __future__ import annotations

import re
from typing import Any

from .models import JSON, bad_request

# The live server's order of precedence when it picks a button's action.
ACTIONS = (
    "url",
    "callback_data",
    "callback_game",
    "pay",
    "switch_inline_query",
    "switch_inline_query_chosen_chat",
    "switch_inline_query_current_chat",
    "login_url",
    "web_app",
    "copy_text",
)
_STRING_ACTIONS = frozenset({"url", "callback_data"})  # an empty string counts as absent
_TG_HOST = re.compile(r"^[A-Za-z0-9_-]+$")
_PORT = re.compile(r"^[0-9]+$")


def validate_markup(markup: Any) -> JSON | None:
    """Check reply_markup like Telegram and return it (None when absent)."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("object expected as reply markup")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup
    if not isinstance(rows, list):
        raise bad_request('field "inline_keyboard" must be of type Array')
    for row in rows:
        if not isinstance(row, list):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
            )
        for button in row:
            _check_button(button)
    return markup


def _button_error(detail: str) -> Exception:
    """The 400 for a button the server cannot parse."""
    return bad_request(f"can't parse inline keyboard button: {detail}")


def _string_field(button: JSON, name: str) -> str | None:
    """Return a string (or number) field as a string, None if absent; refuse other types."""
    value = button.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _button_error(f'Field "{name}" must be of type String')
    return str(value)


def _check_button(button: Any) -> None:
    """Check one inline button: shape, text, exactly one action, url and callback_data."""
    if not isinstance(button, dict):
        raise _button_error("InlineKeyboardButton must be an Object")
    text = _string_field(button, "text")
    if text is None:
        raise _button_error('Can\'t find field "text"')
    actions = [name for name in ACTIONS if _has_action(button, name)]
    if not actions:
        raise _button_error("Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise _button_error(
            f"exactly one action must be used, got {', '.join(actions)} "
            f'(Telegram would keep only "{actions[0]}")'
        )
    if not text:
        raise bad_request("inline keyboard button text must be non-empty")
    if actions[0] == "url":
        check_button_url(str(_string_field(button, "url")))
    if actions[0] == "callback_data":
        data = str(_string_field(button, "callback_data"))
        if len(data.encode("utf-8")) > 64:
            raise bad_request("BUTTON_DATA_INVALID")


def _has_action(button: JSON, name: str) -> bool:
    """Whether the button sets action `name` (empty url/callback_data count as unset)."""
    if name not in button:
        return False
    if name in _STRING_ACTIONS:
        return bool(_string_field(button, name))
    return True


def check_button_url(url: str) -> None:
    """Refuse a button URL the way TDLib does: http(s) with a dotted host, or tg://."""
    problem = _url_problem(url)
    if problem is not None:
        raise bad_request(f"inline keyboard button URL '{url}' is invalid: {problem}")


def _url_problem(url: str) -> str | None:
    """Return why TDLib would refuse `url` as a button link, or None if it is fine."""
    lowered = url.lower()
    if lowered.startswith("tg:"):
        rest = url[3:].removeprefix("//")
        host = re.split(r"[/?#]", rest, maxsplit=1)[0]
        return None if host and _TG_HOST.match(host) else "Unallowed characters in URL host"
    scheme, sep, rest = url.partition("://")
    if sep and scheme.lower() not in ("http", "https"):
        return "Unsupported URL protocol"
    if sep and any(c in scheme for c in ":/?#@[]"):
        rest = url  # "://" came after the first delimiter: no scheme at all
    authority = re.split(r"[/?#]", rest if sep else url, maxsplit=1)[0]
    host = authority.rpartition("@")[2]
    if ":" in host and not host.endswith("]"):
        host, _, port = host.rpartition(":")
        if not _PORT.match(port) or not 0 < int(port) <= 65535:
            return "Wrong port number specified in the URL"
    if not host:
        return "URL host is empty"
    if "." not in host or host == ".":
        return "Wrong HTTP URL"
    return None
