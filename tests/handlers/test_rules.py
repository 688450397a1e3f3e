"""/rules through the real Application: members read the agreement, facilitators write it.

The world is built as people build it (tests/handlers/world.py): no repository, no SQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.rules.model import MAX_AGREEMENT, Action, RulesButton
from tests.handlers.conftest import HandlerHarness, running_app
from tests.handlers.world import build, onboard

FACILITATOR, MEMBER, OUTSIDER = 630_000_001, 630_000_002, 630_000_003


async def _setup_group(harness: HandlerHarness) -> int:
    """Tuesday circle with its facilitator and a member, and an outsider who opened the bot."""
    world = await build(harness, "Tuesday circle", FACILITATOR, MEMBER)
    await onboard(harness, OUTSIDER, "Otto")
    return world.group_id


AGREEMENT = "What is said here stays here. One voice at a time. <b>No</b> advice & no fixing."


def _text(message: StoredMessage) -> str:
    """A message's text as the person sees it."""
    return message.plain_text or ""


def _button_data(message: StoredMessage) -> list[str]:
    """Every button's callback data on a message."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [str(button.get("callback_data", "")) for row in rows for button in row]


async def _agreement_of(harness: HandlerHarness, group_id: int) -> str | None:
    """The group's stored agreement text, if any."""
    row = await services_of(harness.app).db.fetch_one(
        "SELECT text FROM group_rules WHERE chat_id = ?", (group_id,)
    )
    return str(row[0]) if row else None


async def _write(harness: HandlerHarness, group_id: int, text: str) -> list[StoredMessage]:
    """As the facilitator: /rules, tap Write it, type the agreement; the bot's answers."""
    [card] = await harness.send(FACILITATOR, "/rules")
    edit = RulesButton(Action.EDIT, group_id).pack()
    assert edit in _button_data(card)
    asked = await harness.pressed(FACILITATOR, card, edit)
    assert "Type the agreement for Tuesday circle" in _text(asked[-1])
    return await harness.send(FACILITATOR, text)


async def test_a_member_sees_that_there_is_no_agreement_yet(harness: HandlerHarness) -> None:
    """Before anyone wrote one, a member is told so plainly, without buttons to change it."""
    await _setup_group(harness)
    [card] = await harness.send(MEMBER, "/rules")
    assert "Tuesday circle has no agreement written down yet" in _text(card)
    assert _button_data(card) == []


async def test_a_facilitator_writes_it_and_members_read_it_escaped(
    harness: HandlerHarness,
) -> None:
    """Written by a facilitator, the agreement reaches members as typed: tags shown, not run."""
    group_id = await _setup_group(harness)
    replies = await _write(harness, group_id, AGREEMENT)
    assert "Saved" in _text(replies[0])
    assert await _agreement_of(harness, group_id) == AGREEMENT
    [card] = await harness.send(MEMBER, "/rules")
    assert AGREEMENT in _text(card)
    assert "&lt;b&gt;No&lt;/b&gt; advice &amp; no fixing" in (card.text or "")
    posted = await harness.send(MEMBER, "/rules", chat_id=group_id)
    assert AGREEMENT in _text(posted[-1])
    actions = await services_of(harness.app).db.fetch_all(
        "SELECT action, actor_id, group_id FROM audit_log WHERE action LIKE 'rules.%'"
    )
    assert [tuple(row) for row in actions] == [("rules.set", FACILITATOR, group_id)]


async def test_bad_answers_are_explained_and_the_question_stays(harness: HandlerHarness) -> None:
    """Too short, too long or a command-like text: the reason, and the next try still counts."""
    group_id = await _setup_group(harness)
    [short] = await _write(harness, group_id, "Be kind")
    assert "very short" in _text(short)
    [long] = await harness.send(FACILITATOR, "x" * (MAX_AGREEMENT + 1))
    assert f"{MAX_AGREEMENT + 1:,} characters" in _text(long)
    await harness.send(FACILITATOR, AGREEMENT)
    assert await _agreement_of(harness, group_id) == AGREEMENT


async def test_only_facilitators_may_change_it(harness: HandlerHarness) -> None:
    """A member pressing a forged Write button is refused and no question is opened."""
    group_id = await _setup_group(harness)
    [card] = await harness.send(MEMBER, "/rules")
    await harness.press(MEMBER, card, RulesButton(Action.EDIT, group_id).pack())
    await harness.press(OUTSIDER, card, RulesButton(Action.CLEAR, group_id).pack())
    assert await services_of(harness.app).questions.current(MEMBER) is None
    await harness.send(MEMBER, AGREEMENT)
    assert await _agreement_of(harness, group_id) is None


async def test_removing_it(harness: HandlerHarness) -> None:
    """Remove takes the agreement away and the card offers to write one again."""
    group_id = await _setup_group(harness)
    await _write(harness, group_id, AGREEMENT)
    [card] = await harness.send(FACILITATOR, "/rules")
    replies = await harness.pressed(FACILITATOR, card, RulesButton(Action.CLEAR, group_id).pack())
    assert any("is removed" in _text(reply) for reply in replies)
    assert await _agreement_of(harness, group_id) is None
    assert RulesButton(Action.EDIT, group_id).pack() in _button_data(replies[-1])


async def test_a_text_long_after_tapping_write_is_not_the_agreement(tmp_path: Path) -> None:
    """The question lapses after 30 minutes: a later message is not saved as the agreement."""
    clock = ManualClock(datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    async with running_app(tmp_path, clock=clock) as harness:
        group_id = await _setup_group(harness)
        [card] = await harness.send(FACILITATOR, "/rules")
        await harness.press(FACILITATOR, card, RulesButton(Action.EDIT, group_id).pack())
        clock.now += timedelta(minutes=31)
        await harness.send(FACILITATOR, AGREEMENT)
        assert await _agreement_of(harness, group_id) is None


async def test_forget_keeps_the_agreement_but_not_its_author(harness: HandlerHarness) -> None:
    """/forget's erasure leaves the group's agreement and removes who wrote it."""
    group_id = await _setup_group(harness)
    await _write(harness, group_id, AGREEMENT)
    services = services_of(harness.app)
    assert await services.privacy.export(FACILITATOR) != {}
    await services.privacy.erase(FACILITATOR)
    row = await services.db.fetch_one(
        "SELECT text, updated_by FROM group_rules WHERE chat_id = ?", (group_id,)
    )
    assert row is not None
    assert tuple(row) == (AGREEMENT, None)


async def test_an_outsider_cannot_read_another_groups_agreement(harness: HandlerHarness) -> None:
    """A forged Show button for a group the person is not in shows nothing."""
    group_id = await _setup_group(harness)
    await _write(harness, group_id, AGREEMENT)
    [card] = await harness.send(OUTSIDER, "/help")
    replies = await harness.pressed(OUTSIDER, card, RulesButton(Action.SHOW, group_id).pack())
    assert all(AGREEMENT not in _text(reply) for reply in replies)
    assert all(AGREEMENT not in _text(edited) for edited in harness.core.bot_messages(OUTSIDER))
