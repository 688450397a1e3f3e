"""Typed outgoing messages give the Bot API parameters in one place."""

from __future__ import annotations

import base64

import pytest

from bot.domain.messages import (
    FILE_BASE64,
    FILE_LIMIT,
    FILE_TEXT,
    Button,
    Keyboard,
    OutgoingFile,
    OutgoingText,
    TextEdit,
    shown_length,
)


def test_a_plain_text_is_html_without_buttons() -> None:
    """A text alone: HTML parse mode, nothing else."""
    assert OutgoingText("<b>Hi</b>").to_params() == {"text": "<b>Hi</b>", "parse_mode": "HTML"}
    assert OutgoingText.method == "sendMessage"


def test_buttons_reply_and_previews() -> None:
    """Keyboard rows, a reply that survives a deleted message, and previews turned off."""
    keyboard = Keyboard.of([[Button("Yes", "a:1"), Button("Open", url="https://t.me/x")]])
    params = OutgoingText("t", keyboard, reply_to=7, link_previews=False).to_params()
    assert params["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Yes", "callback_data": "a:1"}, {"text": "Open", "url": "https://t.me/x"}]
        ]
    }
    assert params["reply_parameters"] == {"message_id": 7, "allow_sending_without_reply": True}
    assert params["link_preview_options"] == {"is_disabled": True}


def test_an_edit_names_its_message_and_an_empty_keyboard_removes_buttons() -> None:
    """An edit carries the message id; Keyboard() is the markup that takes buttons away."""
    edit = TextEdit(42, OutgoingText("closed", Keyboard()))
    assert edit.method == "editMessageText"
    assert edit.to_params() == {
        "message_id": 42,
        "text": "closed",
        "parse_mode": "HTML",
        "reply_markup": {"inline_keyboard": []},
    }


def test_button_labels_from_html_texts_are_plain() -> None:
    """A label rendered for HTML ('Taken by Tom &amp; Jerry') shows as typed on the button."""
    assert Button.of_html("Taken by Tom &amp; Jerry", "flag:who:1").text == "Taken by Tom & Jerry"


def test_a_file_is_held_as_text_with_its_caption() -> None:
    """An OutgoingFile is a sendDocument whose file is JSON text, with an HTML caption."""
    message = OutgoingFile("circle.ics", "BEGIN:VCALENDAR", "<b>News</b>")
    assert message.method == "sendDocument"
    assert message.to_params() == {
        "document": {FILE_TEXT: "BEGIN:VCALENDAR", "filename": "circle.ics"},
        "caption": "<b>News</b>",
        "parse_mode": "HTML",
    }


def test_a_binary_file_is_held_as_base64_and_refused_over_the_limit() -> None:
    """A PDF (bytes) is held as base64 text; a file over FILE_LIMIT bytes is refused."""
    message = OutgoingFile("report.pdf", b"%PDF-1.4\x00\xff", "Report")
    assert message.to_params()["document"] == {
        FILE_BASE64: base64.b64encode(b"%PDF-1.4\x00\xff").decode("ascii"),
        "filename": "report.pdf",
    }
    with pytest.raises(ValueError, match="too big"):
        OutgoingFile("big.pdf", b"x" * (FILE_LIMIT + 1))


def test_shown_length_counts_what_telegram_counts() -> None:
    """Tags do not count, entities count once, an emoji counts two UTF-16 units."""
    assert shown_length("<b>a &amp; b</b>") == 5
    assert shown_length("📅") == 2
