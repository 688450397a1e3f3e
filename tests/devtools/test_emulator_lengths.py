"""Text limits are counted like Telegram: UTF-16 code units of the text after entity parsing."""

from __future__ import annotations

import pytest

from bot.devtools.emulator import EmulatorCore


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh core with bot token 42:T."""
    return EmulatorCore("42:T")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("😀" * 2048, 200),  # 2,048 characters, 4,096 UTF-16 units
        ("😀" * 2048 + "x", 400),  # 2,049 characters, 4,097 units: too long
        ("&amp;" * 4096, 200),  # 20,480 bytes of markup, 4,096 characters once parsed
        ("<b>" + "é" * 4096 + "</b>", 200),
        ("<b></b>", 400),  # nothing left after parsing: "message text is empty"
    ],
)
def test_message_length_counts_parsed_utf16(core: EmulatorCore, text: str, status: int) -> None:
    """4,096 UTF-16 units of parsed text are allowed, one more is refused."""
    user = core.add_user("Ann")
    params = {"chat_id": user.id, "text": text, "parse_mode": "HTML"}
    assert core.call("sendMessage", params)[0] == status


def test_caption_length_counts_parsed_utf16(core: EmulatorCore) -> None:
    """Captions allow 1,024 UTF-16 units: 512 emoji fit, 513 do not."""
    user = core.add_user("Ann")
    files = {"document": ("a.txt", b"x")}
    for count, status in ((512, 200), (513, 400)):
        params = {
            "chat_id": user.id,
            "caption": "<i>" + "😀" * count + "</i>",
            "parse_mode": "HTML",
        }
        assert core.call("sendDocument", params, dict(files))[0] == status


def test_callback_answer_text_counts_utf16(core: EmulatorCore) -> None:
    """answerCallbackQuery text allows 200 UTF-16 units: 100 emoji fit, 101 do not."""
    user = core.add_user("Ann")
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    core.call("sendMessage", {"chat_id": user.id, "text": "hi", "reply_markup": markup})
    first = core.press_button(user.id, callback_data="go")["id"]
    second = core.press_button(user.id, callback_data="go")["id"]
    too_long = {"callback_query_id": first, "text": "😀" * 101}
    assert core.call("answerCallbackQuery", too_long)[1]["description"] == (
        "Bad Request: MESSAGE_TOO_LONG"
    )
    fits = {"callback_query_id": second, "text": "😀" * 100}
    assert core.call("answerCallbackQuery", fits)[0] == 200
