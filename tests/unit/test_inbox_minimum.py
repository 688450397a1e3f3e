"""Group chatter is stored with nothing of its text or its writer's names (issue 18).

Nothing in the bot reads an ordinary group message but the crisis check, which runs before it
is stored: so only what routes it (ids, chat, date) reaches the inbox and the WAL.
"""

from __future__ import annotations

import json
from typing import Any

from bot.delivery.updates import to_received

GROUP = {"id": -100123, "type": "supergroup", "title": "Tuesday circle"}
WRITER = {"id": 4242, "is_bot": False, "first_name": "Philippa", "username": "phil_u"}


def _update(text: str, chat: dict[str, Any] = GROUP, kind: str = "message", **more: Any) -> Any:
    """A raw update of one message."""
    message = {"message_id": 7, "date": 1765000000, "chat": chat, "from": WRITER, "text": text}
    return {"update_id": 11, kind: {**message, **more}}


def _stored(update: dict[str, Any], urgent: bool = False) -> str:
    """The payload the inbox would store."""
    received = to_received(update, lambda _text: urgent)
    assert received is not None
    return received.payload


def test_ordinary_group_message_keeps_no_text_and_no_names() -> None:
    """Text, caption, entities, replies and the writer's names are left out; ids stay."""
    quoted = {"message_id": 5, "chat": GROUP, "date": 1, "text": "quoted secret words"}
    payload = _stored(
        _update("my private marker words", reply_to_message=quoted, entities=[{"type": "bold"}])
    )
    for secret in ("marker", "quoted secret", "Philippa", "phil_u", "bold"):
        assert secret not in payload
    message = json.loads(payload)["message"]
    assert message["from"]["id"] == WRITER["id"]
    assert message["chat"]["id"] == GROUP["id"]


def test_edited_group_message_and_edited_captions_are_minimised_too() -> None:
    """An edit in a group, also of a photo's caption, is kept no more than a message."""
    assert "marker" not in _stored(_update("marker edit", kind="edited_message"))
    photo = _update(
        "", kind="edited_message", caption="marker caption", photo=[{"file_id": "x", "width": 1}]
    )
    assert "marker" not in _stored(photo)


def test_what_the_spam_shield_may_hold_is_kept_until_handled() -> None:
    """A new link, forward or photo in a group may be held for review from a newcomer: its
    words are kept (the held copy is made from them) until it is handled; plain words are not."""
    link = _update("marker see https://x.example", entities=[{"type": "url", "offset": 11}])
    assert "marker" in _stored(link)
    photo = _update("", caption="marker caption", photo=[{"file_id": "x", "width": 1}])
    assert "marker" in _stored(photo)
    assert "marker" not in _stored(_update("marker plain words, no link"))


def test_what_the_bot_must_read_is_kept_whole() -> None:
    """A possible crisis, a command in a group, and anything in private are stored whole."""
    assert "marker" in _stored(_update("marker crisis"), urgent=True)
    assert "/help marker" in _stored(_update("/help marker"))
    private = {"id": 4242, "type": "private", "first_name": "Philippa"}
    assert "marker" in _stored(_update("marker private", chat=private))


def test_service_messages_in_groups_are_kept() -> None:
    """Joins and migrations carry no text of anyone's and are read by features."""
    joined = {
        "update_id": 12,
        "message": {
            "message_id": 8,
            "date": 1,
            "chat": GROUP,
            "from": WRITER,
            "new_chat_members": [WRITER],
        },
    }
    assert "new_chat_members" in _stored(joined)


def test_without_a_check_at_store_time_nothing_is_left_out() -> None:
    """No detector when storing (the handler checks): the text must reach the handler."""
    received = to_received(_update("marker unchecked"))
    assert received is not None
    assert "marker" in received.payload


def test_a_meeting_question_to_the_bot_in_a_group_is_kept() -> None:
    """'When is the next meeting?' in a group is answered there: its text reaches the handler;
    talk about a meeting and an edited question stay minimal."""
    assert "next meeting" in _stored(_update("When is the next meeting?"))
    assert "meeting" not in _stored(_update("the meeting was great"))
    edited = _update("When is the next meeting?", kind="edited_message")
    assert "meeting" not in _stored(edited)
