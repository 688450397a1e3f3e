"""A group's agreement accepted in private: asked once per version at a member's next message
in the group, never at every message, and their message is never touched."""

from __future__ import annotations

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.rules.model import AcceptAgreement, Action, RulesButton
from tests.handlers.conftest import HandlerHarness
from tests.handlers.world import build

FACILITATOR, MEMBER, STRANGER = 640_000_001, 640_000_002, 640_000_003
FIRST = "What is said here stays here. One voice at a time."
SECOND = "What is said here stays here. One voice at a time. No advice unless asked."


async def _write(harness: HandlerHarness, group_id: int, text: str) -> list[StoredMessage]:
    """As the facilitator: /rules, Write it (or Change it), the text; the bot's answers."""
    [card] = await harness.send(FACILITATOR, "/rules")
    await harness.press(FACILITATOR, card, RulesButton(Action.EDIT, group_id).pack())
    return await harness.send(FACILITATOR, text)


def _private_since(harness: HandlerHarness, seq: int) -> list[str]:
    """The member's private messages from the bot after a mark."""
    return [m.plain_text or "" for m in harness.new_messages(MEMBER, seq)]


async def test_a_member_is_asked_once_and_again_after_a_change(harness: HandlerHarness) -> None:
    """New agreement: asked at the next group message, not the one after; accepted; a change
    asks again; the member's messages are never deleted."""
    world = await build(harness, "Thursday circle", FACILITATOR, MEMBER)
    await _write(harness, world.group_id, FIRST)
    mark = harness.core.mark()
    await harness.send(MEMBER, "hello everyone", chat_id=world.group_id)
    [asked] = harness.new_messages(MEMBER, mark.message_seq)
    assert "Thursday circle has a written agreement now" in (asked.plain_text or "")
    assert FIRST in (asked.plain_text or "")
    mark = harness.core.mark()
    await harness.send(MEMBER, "how is everyone?", chat_id=world.group_id)
    assert _private_since(harness, mark.message_seq) == []

    replies = await harness.pressed(MEMBER, asked, AcceptAgreement(world.group_id, 1).pack())
    assert any("You accepted the agreement" in (m.plain_text or "") for m in replies)
    await _write(harness, world.group_id, SECOND)
    mark = harness.core.mark()
    await harness.send(MEMBER, "back again", chat_id=world.group_id)
    [again] = harness.new_messages(MEMBER, mark.message_seq)
    assert "has changed" in (again.plain_text or "")
    assert SECOND in (again.plain_text or "")
    assert not any(call.method == "deleteMessage" for call in harness.core.calls)


async def test_an_old_version_cannot_be_accepted(harness: HandlerHarness) -> None:
    """Accepting version 1 after version 2 was written records nothing and says so."""
    world = await build(harness, "Thursday circle", FACILITATOR, MEMBER)
    await _write(harness, world.group_id, FIRST)
    [asked] = await harness.send(MEMBER, "/help")
    await _write(harness, world.group_id, SECOND)
    replies = await harness.pressed(MEMBER, asked, AcceptAgreement(world.group_id, 1).pack())
    assert any("has changed again" in (m.plain_text or "") for m in replies)
    rows = await services_of(harness.app).db.fetch_all(
        "SELECT accepted_version FROM agreement_acceptances WHERE user_id = ?", (MEMBER,)
    )
    assert [tuple(row) for row in rows] == []


async def test_someone_who_never_opened_the_bot_is_not_written_to(
    harness: HandlerHarness,
) -> None:
    """A person the bot keeps no record of writes in the group: nothing is sent or stored."""
    world = await build(harness, "Thursday circle", FACILITATOR, MEMBER)
    await _write(harness, world.group_id, FIRST)
    harness.core.add_user("Sam", STRANGER)
    mark = harness.core.mark()
    await harness.send(STRANGER, "hi", chat_id=world.group_id)
    assert harness.new_messages(STRANGER, mark.message_seq) == []
    rows = await services_of(harness.app).db.fetch_all(
        "SELECT 1 FROM agreement_acceptances WHERE user_id = ?", (STRANGER,)
    )
    assert rows == []


async def test_without_the_right_to_pin_the_facilitator_is_told(harness: HandlerHarness) -> None:
    """The bot is a plain member: the agreement is saved, not pinned, and the fix is named."""
    world = await build(harness, "Thursday circle", FACILITATOR, MEMBER)
    replies = await _write(harness, world.group_id, FIRST)
    said = [m.plain_text or "" for m in replies]
    assert any("Pin messages" in text for text in said), said
    assert not any(call.method == "pinChatMessage" for call in harness.core.calls)


async def test_no_request_to_read_the_rules_right_after_a_possible_crisis(
    harness: HandlerHarness,
) -> None:
    """A member's first message after a change may be a crisis: no agreement is sent then; it
    waits for their next message."""
    world = await build(harness, "Thursday circle", FACILITATOR, MEMBER)
    await _write(harness, world.group_id, FIRST)
    mark = harness.core.mark()
    await harness.send(MEMBER, "I want to kill myself tonight", chat_id=world.group_id)
    assert not any(FIRST in text for text in _private_since(harness, mark.message_seq))
    mark = harness.core.mark()
    await harness.send(MEMBER, "sorry, I'm still here", chat_id=world.group_id)
    assert any(FIRST in text for text in _private_since(harness, mark.message_seq))
