"""/gate and /invite through the real Application: facilitators set their group's gate, and
nobody else can."""

from __future__ import annotations

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.joingate.model import GateReadOnly, GateSetting, InviteFor, Setting
from tests.handlers.conftest import HandlerHarness
from tests.handlers.world import build

FACILITATOR, MEMBER = 650_000_001, 650_000_002


def _data(message: StoredMessage) -> list[str]:
    """Every button's callback data on a message."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [str(button.get("callback_data", "")) for row in rows for button in row]


async def _gate_row(harness: HandlerHarness, group_id: int) -> tuple[object, ...] | None:
    """The group's stored gate settings."""
    row = await services_of(harness.app).db.fetch_one(
        "SELECT requests_on, question, readonly_minutes FROM join_gates WHERE chat_id = ?",
        (group_id,),
    )
    return tuple(row) if row else None


async def test_the_card_shows_the_gate_and_its_buttons(harness: HandlerHarness) -> None:
    """A facilitator's /gate: the state in words and the buttons that change it."""
    world = await build(harness, "Monday circle", FACILITATOR, MEMBER)
    [card] = await harness.send(FACILITATOR, "/gate")
    text = card.plain_text or ""
    assert "Monday circle: the join gate" in text
    assert "Join requests: off" in text
    assert "What brings you to this group?" in text
    assert GateSetting(Setting.ON, world.group_id).pack() in _data(card)
    assert GateReadOnly(world.group_id, 15).pack() in _data(card)


async def test_a_facilitator_words_the_question_and_sets_read_only(
    harness: HandlerHarness,
) -> None:
    """The typed wording is kept (HTML shown, not run) and read-only minutes chosen."""
    world = await build(harness, "Monday circle", FACILITATOR, MEMBER)
    [card] = await harness.send(FACILITATOR, "/gate")
    asked = await harness.pressed(
        FACILITATOR, card, GateSetting(Setting.WORD, world.group_id).pack()
    )
    assert "Type the question" in (asked[-1].plain_text or "")
    replies = await harness.send(FACILITATOR, "What would you <b>like</b> from the group?")
    assert "Saved" in (replies[0].plain_text or "")
    assert "&lt;b&gt;like&lt;/b&gt;" in (replies[-1].text or "")
    await harness.press(FACILITATOR, replies[-1], GateReadOnly(world.group_id, 15).pack())
    assert await _gate_row(harness, world.group_id) == (
        0,
        "What would you <b>like</b> from the group?",
        15,
    )
    actions = await services_of(harness.app).db.fetch_all(
        "SELECT action FROM audit_log WHERE action LIKE 'joingate.%' ORDER BY id"
    )
    assert [row[0] for row in actions] == ["joingate.question", "joingate.readonly"]


async def test_a_member_is_refused_everything(harness: HandlerHarness) -> None:
    """/gate, /invite and forged card buttons from a member: a refusal and no change."""
    world = await build(harness, "Monday circle", FACILITATOR, MEMBER)
    assert "Only facilitators" in await harness.ask(MEMBER, "/gate")
    assert "Only facilitators" in await harness.ask(MEMBER, "/invite")
    [anything] = await harness.send(MEMBER, "/help")
    for data in (
        GateSetting(Setting.ON, world.group_id).pack(),
        GateSetting(Setting.WORD, world.group_id).pack(),
        GateReadOnly(world.group_id, 60).pack(),
        InviteFor(world.group_id).pack(),
    ):
        replies = await harness.pressed(MEMBER, anything, data)
        assert all("Monday circle" not in (m.plain_text or "") for m in replies), data
    assert await _gate_row(harness, world.group_id) is None
    assert await services_of(harness.app).questions.current(MEMBER) is None
