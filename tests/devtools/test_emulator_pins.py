"""deleteMessage(s), pinChatMessage and unpinChatMessage as Telegram allows them."""

from __future__ import annotations

import pytest

from bot.devtools.emulator import EmulatorCore
from tests.devtools.emulator_calls import ok, refused

HOURS_48 = 48 * 3600


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh core with bot token 42:T."""
    return EmulatorCore("42:T")


def _group(core: EmulatorCore, rights: set[str]) -> tuple[int, int, int]:
    """Return (supergroup id, owner id, member id) where the bot holds exactly `rights`."""
    owner, member = core.add_user("Owner"), core.add_user("Member")
    group = core.add_group("G", supergroup=True, members={member.id: "member"})
    core.make_admin(group.id, owner.id, owner=True)
    core.set_bot_rights(group.id, rights, by_user_id=owner.id)
    return group.id, owner.id, member.id


def test_deleting_others_messages_needs_the_right(core: EmulatorCore) -> None:
    """Without can_delete_messages a member's message stays; with it, it disappears."""
    chat_id, owner, member = _group(core, {"can_invite_users"})
    posted = core.inject_message(member, "a link", chat_id)["message_id"]
    assert refused(core, "deleteMessage", chat_id=chat_id, message_id=posted) == (
        "Bad Request: message can't be deleted"
    )
    own = ok(core, "sendMessage", chat_id=chat_id, text="mine")["message_id"]
    ok(core, "deleteMessage", chat_id=chat_id, message_id=own)
    core.set_bot_rights(chat_id, {"can_delete_messages"}, by_user_id=owner)
    ok(core, "deleteMessage", chat_id=chat_id, message_id=posted)
    assert [m.message_id for m in core.chat_history(chat_id)] == []
    assert refused(core, "deleteMessage", chat_id=chat_id, message_id=posted) == (
        "Bad Request: message to delete not found"
    )
    assert "not found" in refused(core, "deleteMessage", chat_id=chat_id, message_id=999)


def test_group_messages_older_than_48_hours_stay(core: EmulatorCore) -> None:
    """In groups only messages younger than 48 hours can be deleted."""
    chat_id, _owner, member = _group(core, {"can_delete_messages"})
    posted = core.inject_message(member, "old news", chat_id)["message_id"]
    core.advance_clock(HOURS_48)
    assert refused(core, "deleteMessage", chat_id=chat_id, message_id=posted) == (
        "Bad Request: message can't be deleted"
    )


def test_own_private_messages_any_time(core: EmulatorCore) -> None:
    """The bot's own messages in a private chat can be deleted however old."""
    ann = core.add_user("Ann")
    sent = ok(core, "sendMessage", chat_id=ann.id, text="hi")["message_id"]
    core.advance_clock(10 * HOURS_48)
    ok(core, "deleteMessage", chat_id=ann.id, message_id=sent)
    assert core.bot_messages(ann.id) == []


def test_delete_messages_list(core: EmulatorCore) -> None:
    """deleteMessages takes 1-100 ids, skips unknown ones and checks every found one."""
    chat_id, owner, member = _group(core, {"can_delete_messages"})
    ids = [core.inject_message(member, f"spam {i}", chat_id)["message_id"] for i in range(3)]
    assert "not specified" in refused(core, "deleteMessages", chat_id=chat_id, message_ids=[])
    many = list(range(1, 102))
    assert "too many" in refused(core, "deleteMessages", chat_id=chat_id, message_ids=many)
    ok(core, "deleteMessages", chat_id=chat_id, message_ids=[*ids[:2], 999])
    assert [m.plain_text for m in core.chat_history(chat_id)] == ["spam 2"]
    core.set_bot_rights(chat_id, {"can_pin_messages"}, by_user_id=owner)
    assert refused(core, "deleteMessages", chat_id=chat_id, message_ids=ids) == (
        "Bad Request: message can't be deleted"
    )


def test_pin_needs_the_right_and_shows_in_get_chat(core: EmulatorCore) -> None:
    """pinChatMessage needs can_pin_messages; pinned() and getChat show the pinned one."""
    chat_id, owner, _member = _group(core, {"can_invite_users"})
    first = ok(core, "sendMessage", chat_id=chat_id, text="Our agreement")["message_id"]
    assert refused(core, "pinChatMessage", chat_id=chat_id, message_id=first) == (
        "Bad Request: not enough rights to manage pinned messages in the chat"
    )
    assert core.pinned(chat_id) is None
    core.set_bot_rights(chat_id, {"can_pin_messages"}, by_user_id=owner)
    ok(core, "pinChatMessage", chat_id=chat_id, message_id=first)
    second = ok(core, "sendMessage", chat_id=chat_id, text="New agreement")["message_id"]
    ok(core, "pinChatMessage", chat_id=chat_id, message_id=second, disable_notification=True)
    pinned = core.pinned(chat_id)
    assert pinned is not None
    assert pinned.plain_text == "New agreement"
    assert ok(core, "getChat", chat_id=chat_id)["pinned_message"]["message_id"] == second
    assert "not found" in refused(core, "pinChatMessage", chat_id=chat_id, message_id=999)
    ok(core, "unpinChatMessage", chat_id=chat_id)
    assert ok(core, "getChat", chat_id=chat_id)["pinned_message"]["message_id"] == first
    assert "not found" in refused(core, "unpinChatMessage", chat_id=chat_id, message_id=second)
    ok(core, "unpinChatMessage", chat_id=chat_id, message_id=first)
    assert "pinned_message" not in ok(core, "getChat", chat_id=chat_id)


def test_pin_in_private_and_deleting_unpins(core: EmulatorCore) -> None:
    """The bot may pin in a private chat; deleting a pinned message unpins it."""
    ann = core.add_user("Ann")
    sent = ok(core, "sendMessage", chat_id=ann.id, text="your plan")["message_id"]
    ok(core, "pinChatMessage", chat_id=ann.id, message_id=sent)
    ok(core, "deleteMessage", chat_id=ann.id, message_id=sent)
    assert core.pinned(ann.id) is None


def test_form_encoded_message_ids(core: EmulatorCore) -> None:
    """deleteMessages' message_ids arrive as a JSON string over HTTP forms."""
    chat_id, _owner, member = _group(core, {"can_delete_messages"})
    first = core.inject_message(member, "one", chat_id)["message_id"]
    ok(core, "deleteMessages", chat_id=str(chat_id), message_ids=f"[{first}]")
    assert core.chat_history(chat_id) == []
