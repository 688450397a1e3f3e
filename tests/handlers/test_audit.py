"""/audit via handlers: admins see recent actions in plain words, page by page; others never."""

from __future__ import annotations

import re

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.audit import OlderAudit
from bot.domain.clock import iso
from bot.storage.audit import add_audit
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_crisis_flow import FACILITATOR, MEMBER, _setup_group


def _text(message: StoredMessage) -> str:
    """Return a message's plain text."""
    return message.plain_text or ""


def _older_button(message: StoredMessage) -> str | None:
    """Return the callback data of the "Older" button, if the message has one."""
    markup = message.api.get("reply_markup") or {}
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if OlderAudit.matches(button.get("callback_data")):
                return str(button["callback_data"])
    return None


def _numbers(message: StoredMessage) -> list[int]:
    """Return the numbers of the meeting-N subjects listed, in order."""
    return [int(number) for number in re.findall(r"meeting-(\d+)", _text(message))]


async def _fill(harness: HandlerHarness, group_id: int, count: int) -> None:
    """Record `count` meeting edits by the facilitator, numbered in their subject."""
    services = services_of(harness.app)
    now = iso(services.clock())
    async with services.db.transaction() as tx:
        for number in range(count):
            await add_audit(tx, FACILITATOR, "meeting.edit", now, group_id, f"meeting-{number}")


async def test_admin_sees_a_role_change_in_plain_words(harness: HandlerHarness) -> None:
    """After an admin adds a facilitator by id, /audit names who, what, whom and where."""
    group_id = await _setup_group(harness)
    await harness.send(ADMIN_ID, f"/facilitators add {group_id} {MEMBER}")
    [shown] = await harness.send(ADMIN_ID, "/audit")
    text = _text(shown)
    assert "Recent actions" in text
    assert f"someone (no. {ADMIN_ID}) added a facilitator: Robin · Tuesday circle" in text
    assert _older_button(shown) is None


async def test_unknown_actor_and_action_are_shown_honestly(harness: HandlerHarness) -> None:
    """An action from the command line and an action without a text are still listed."""
    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    async with services.db.transaction() as tx:
        await add_audit(tx, None, "role.add", iso(services.clock()), group_id, "123")
        await add_audit(tx, FACILITATOR, "made.up", iso(services.clock()), None, None)
    [shown] = await harness.send(ADMIN_ID, "/audit")
    text = _text(shown)
    assert (
        "the command line, or someone who erased their data added a facilitator:"
        " someone (no. 123)" in text
    )
    assert "did “made.up”" in text


async def test_numbers_say_what_they_count(harness: HandlerHarness) -> None:
    """An alert, an announcement, a request, minutes and a reload's counts are named."""
    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    now = iso(services.clock())
    async with services.db.transaction() as tx:
        await add_audit(tx, FACILITATOR, "flag.acknowledged", now, group_id, "12")
        await add_audit(tx, FACILITATOR, "announce.send", now, group_id, "5")
        await add_audit(tx, FACILITATOR, "contact.claim", now, None, "3")
        await add_audit(tx, FACILITATOR, "meeting.group_post", now, group_id, "10")
        await add_audit(tx, ADMIN_ID, "content.reload", now, None, "+3 ~1 -0")
    [shown] = await harness.send(ADMIN_ID, "/audit")
    text = _text(shown)
    assert "took a crisis alert (“I'm on it”): alert no. 12" in text
    assert "sent an announcement: announcement no. 5" in text
    assert ": request no. 3" in text
    assert "(minutes): 10 minutes before" in text
    assert "reloaded the resource files: 3 added, 1 changed, 0 removed" in text


async def test_pages_go_back_in_time_without_repeats(harness: HandlerHarness) -> None:
    """20 entries: the first page shows the newest 15, "Older" shows the other 5, then no button."""
    group_id = await _setup_group(harness)
    await _fill(harness, group_id, 20)
    [first] = await harness.send(ADMIN_ID, "/audit")
    assert _numbers(first) == list(range(19, 4, -1))
    data = _older_button(first)
    assert data is not None
    mark = harness.core.mark()
    await harness.press(ADMIN_ID, first, data)
    [second] = harness.new_messages(ADMIN_ID, mark.message_seq)
    assert _numbers(second) == [4, 3, 2, 1, 0]
    assert _older_button(second) is None


async def test_facilitators_and_members_are_refused_even_with_a_forged_button(
    harness: HandlerHarness,
) -> None:
    """/audit and a forged "Older" button show nothing to a facilitator or a member."""
    group_id = await _setup_group(harness)
    await _fill(harness, group_id, 3)
    for user_id in (FACILITATOR, MEMBER):
        [refused] = await harness.send(user_id, "/audit")
        assert "meeting-" not in _text(refused)
        assert "only for the people who run this bot" in _text(refused)
        mark = harness.core.mark()
        await harness.press(user_id, refused, OlderAudit(999999).pack())
        after = harness.new_messages(user_id, mark.message_seq)
        assert all("meeting-" not in _text(message) for message in after)
