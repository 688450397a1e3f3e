"""Replies: reply_parameters must point at a live message, unless sent anyway."""

from __future__ import annotations

import pytest

from bot.devtools.emulator import EmulatorCore


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh core with bot token 42:T."""
    return EmulatorCore("42:T")


def test_replies_need_their_message_unless_sent_anyway(core: EmulatorCore) -> None:
    """A reply to a missing or deleted message is refused unless allow_sending_without_reply."""
    user = core.add_user("Ann")
    first = core.call("sendMessage", {"chat_id": user.id, "text": "one"})[1]["result"]
    reply = {"message_id": first["message_id"]}
    params = {"chat_id": user.id, "text": "two", "reply_parameters": reply}
    assert core.call("sendMessage", params)[1]["result"]["reply_to_message"]["text"] == "one"
    core.call("deleteMessage", {"chat_id": user.id, "message_id": first["message_id"]})
    assert core.call("sendMessage", params)[1]["description"] == (
        "Bad Request: message to be replied not found"
    )
    anyway = {**reply, "allow_sending_without_reply": True}
    sent = core.call("sendMessage", {**params, "reply_parameters": anyway})[1]["result"]
    assert "reply_to_message" not in sent
