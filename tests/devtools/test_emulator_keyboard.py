"""The emulator refuses inline keyboards the way the Bot API server does (status + description)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.devtools.emulator import EmulatorCore

KEYBOARD_CASES: list[tuple[Any, str]] = [
    (
        {"inline_keyboard": [[{"text": "Only words"}]]},
        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    ),
    (
        {"inline_keyboard": [[{"text": "Empty data", "callback_data": ""}]]},
        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    ),
    (
        {"inline_keyboard": [[{"text": "Both", "url": "https://x.org", "callback_data": "d"}]]},
        "can't parse inline keyboard button: exactly one action must be used, got url, "
        'callback_data (Telegram would keep only "url")',
    ),
    (
        {"inline_keyboard": [[{"text": "", "callback_data": "d"}]]},
        "inline keyboard button text must be non-empty",
    ),
    (
        {"inline_keyboard": [[{"callback_data": "d"}]]},
        "can't parse inline keyboard button: Can't find field \"text\"",
    ),
    (
        {"inline_keyboard": [[{"text": ["x"], "callback_data": "d"}]]},
        'can\'t parse inline keyboard button: Field "text" must be of type String',
    ),
    (
        {"inline_keyboard": [[{"text": "Long", "callback_data": "é" * 33}]]},
        "BUTTON_DATA_INVALID",
    ),
    (
        {"inline_keyboard": [{"text": "Row is an object", "callback_data": "d"}]},
        'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
    ),
    (
        {"inline_keyboard": [["just a string"]]},
        "can't parse inline keyboard button: InlineKeyboardButton must be an Object",
    ),
    (
        {"inline_keyboard": {"text": "x"}},
        'field "inline_keyboard" must be of type Array',
    ),
    ([["not", "an", "object"]], "object expected as reply markup"),
    ("{not json", "can't parse reply keyboard markup JSON object"),
]

URL_CASES = [
    ("javascript:alert(1)", "Wrong port number specified in the URL"),
    ("javascript://alert(1)", "Unsupported URL protocol"),
    ("ftp://files.example.org/a", "Unsupported URL protocol"),
    ("http://localhost:8080/x", "Wrong HTTP URL"),
    ("https://", "URL host is empty"),
    ("tg://resolve?domain=x&y=<z>", None),
]


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh core with bot token 42:T."""
    return EmulatorCore("42:T")


def _send(core: EmulatorCore, markup: Any) -> tuple[int, dict[str, Any]]:
    """Send a message with `markup` to a new user; return (status, body)."""
    user = core.add_user("Ann")
    return core.call("sendMessage", {"chat_id": user.id, "text": "hi", "reply_markup": markup})


@pytest.mark.parametrize(("markup", "detail"), KEYBOARD_CASES)
def test_bad_keyboards_are_refused_with_telegram_descriptions(
    core: EmulatorCore, markup: Any, detail: str
) -> None:
    """Text-only, two-action, malformed and oversized-data buttons give Telegram's 400."""
    status, body = _send(core, markup)
    assert (status, body) == (
        400,
        {"ok": False, "error_code": 400, "description": f"Bad Request: {detail}"},
    )
    assert core.bot_messages(core.calls[-1].params["chat_id"]) == []


@pytest.mark.parametrize(("url", "problem"), URL_CASES)
def test_button_urls_are_checked_like_telegram(
    core: EmulatorCore, url: str, problem: str | None
) -> None:
    """Only http(s) links with a dotted host and tg:// links are allowed on buttons."""
    status, body = _send(core, {"inline_keyboard": [[{"text": "Open", "url": url}]]})
    if problem is None:
        assert status == 200
    else:
        expected = f"Bad Request: inline keyboard button URL '{url}' is invalid: {problem}"
        assert (status, body["description"]) == (400, expected)


def test_good_keyboards_still_pass(core: EmulatorCore) -> None:
    """One action per button, 64-byte data, numbers as data and plain domains are fine."""
    markup = {
        "inline_keyboard": [
            [{"text": "A", "callback_data": "é" * 32}, {"text": "B", "callback_data": 7}],
            [{"text": "C", "url": "example.org/path"}, {"text": "D", "url": "https://a.b:8443"}],
        ]
    }
    status, body = _send(core, markup)
    assert status == 200, body
    assert body["result"]["reply_markup"] == markup


def test_edit_reply_markup_is_checked_too(core: EmulatorCore) -> None:
    """editMessageReplyMarkup refuses a text-only button like sendMessage does."""
    user = core.add_user("Ann")
    sent = core.call("sendMessage", {"chat_id": user.id, "text": "hi"})[1]["result"]
    params = {
        "chat_id": user.id,
        "message_id": sent["message_id"],
        "reply_markup": {"inline_keyboard": [[{"text": "Only words"}]]},
    }
    status, body = core.call("editMessageReplyMarkup", params)
    assert status == 400
    assert "Text buttons are unallowed" in body["description"]
