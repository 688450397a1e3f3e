"""Moderation's timers: a timed mute ends by itself, after a restart too; old records and
unreviewed copies are erased after their keeping time, their author and cards told."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.moderation.build import moderation_of
from bot.moderation.model import HOLD_SPAM, Kind
from tests.handlers.conftest import HandlerHarness, running_app
from tests.handlers.test_moderation import MEMBER as MEMBER_OF_WORLD
from tests.handlers.test_moderation import moderated_world
from tests.handlers.world import build

FACILITATOR, MEMBER = 660_000_001, 660_000_002
START = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


async def _queued(harness: HandlerHarness, method: str) -> list[dict[str, object]]:
    """The parameters of every outbox row of one Bot API method, oldest first."""
    rows = await services_of(harness.app).db.fetch_all(
        "SELECT payload FROM outbox WHERE method = ? ORDER BY id", (method,)
    )
    return [json.loads(str(row[0])) for row in rows]


async def test_a_timed_mute_is_lifted_after_a_restart(tmp_path: Path) -> None:
    """A 1-hour mute recorded before a restart is lifted by the new process once the hour is
    over: Telegram is asked to give the rights back and the member is told."""
    clock = ManualClock(START)
    async with running_app(tmp_path, clock=clock) as harness:
        world = await build(harness, "Friday circle", FACILITATOR, MEMBER)
        actions = moderation_of(services_of(harness.app)).actions
        await actions.act(
            chat_id=world.group_id,
            user_id=MEMBER,
            actor_id=FACILITATOR,
            kind=Kind.MUTE,
            reason="a break to cool down",
            length=timedelta(hours=1),
        )
        clock.now += timedelta(minutes=59)
        assert await actions.lift_due() == 0
    clock.now += timedelta(minutes=2)
    async with running_app(tmp_path, clock=clock) as harness:
        actions = moderation_of(services_of(harness.app)).actions
        assert await actions.lift_due() == 1
        assert await actions.lift_due() == 0
        [lift] = await _queued(harness, "restrictChatMember")
        assert lift["user_id"] == MEMBER
        assert all(json.loads(json.dumps(lift["permissions"])).values())
        told = [str(params["text"]) for params in await _queued(harness, "sendMessage")]
        assert any("You can write in <b>Friday circle</b> again" in text for text in told)
        rows = await services_of(harness.app).db.fetch_all(
            "SELECT action FROM audit_log WHERE action = 'moderation.expired'"
        )
        assert len(rows) == 1


async def test_records_and_unreviewed_copies_are_erased_in_time(tmp_path: Path) -> None:
    """A warning older than MODERATION_RETENTION_DAYS and a copy nobody reviewed within
    HELD_MESSAGE_DAYS are erased; newer ones stay."""
    clock = ManualClock(START)
    async with running_app(tmp_path, clock=clock) as harness:
        world = await build(harness, "Friday circle", FACILITATOR, MEMBER)
        moderation = moderation_of(services_of(harness.app))
        settings = services_of(harness.app).settings
        post = harness.core.inject_message(MEMBER, "cheap watches here", world.group_id)
        held = await moderation.holds.hold(
            world.group_id, post["message_id"], MEMBER, "cheap watches here", "links", HOLD_SPAM
        )
        await moderation.actions.act(
            chat_id=world.group_id,
            user_id=MEMBER,
            actor_id=FACILITATOR,
            kind=Kind.WARN,
            reason="ads",
        )
        clock.now += timedelta(days=settings.held_message_days, minutes=1)
        assert await moderation.holds.erase_expired() == 1
        assert await moderation.holds.repo.held(held or 0) is None
        assert await moderation.actions.erase_expired() == 0
        clock.now = START + timedelta(days=settings.moderation_retention_days, minutes=1)
        assert await moderation.actions.erase_expired() == 2
        assert await moderation.actions.repo.history(MEMBER) == []


async def test_a_mute_ends_by_itself_and_the_member_is_told(tmp_path: Path) -> None:
    """/mute 10m in a supergroup: ten minutes later the lift job gives every right back
    through Telegram, tells the member, and records it; nothing is lifted before."""
    clock = ManualClock(datetime.now(UTC).replace(microsecond=0))
    async with running_app(tmp_path, clock=clock) as harness:
        world = await moderated_world(harness)
        post = harness.core.inject_message(world.member, "too many links", world.group_id)
        harness.core.inject_message(
            world.facilitator,
            "/mute 10m a short break",
            world.group_id,
            reply_to_message_id=post["message_id"],
        )
        await harness.deliver()
        await harness.flush_outbox()
        assert harness.core.member_status(world.group_id, world.member) == "restricted"
        actions = moderation_of(services_of(harness.app)).actions
        clock.now += timedelta(minutes=9)
        assert await actions.lift_due() == 0
        clock.now += timedelta(minutes=2)
        harness.core.advance_clock(11 * 60)
        assert await actions.lift_due() == 1
        await harness.flush_outbox()
        [*_, lift] = harness.core.get_calls("restrictChatMember")
        assert lift.status == 200
        assert lift.params["user_id"] == world.member
        assert harness.core.member_status(world.group_id, world.member) == "member"
        told = harness.core.bot_messages(world.member)[-1].plain_text or ""
        assert "You can write in Thursday circle again" in told


async def test_a_copy_nobody_reviewed_is_closed_kindly(tmp_path: Path) -> None:
    """When a held copy's keeping time runs out unreviewed, its author hears it stays out of
    the group and is not held against them, and every card says so without its words or
    buttons (not left with a Release that answers "already reviewed")."""
    clock = ManualClock(datetime.now(UTC).replace(microsecond=0))
    async with running_app(tmp_path, clock=clock) as harness:
        world = await moderated_world(harness)
        moderation = moderation_of(services_of(harness.app))
        settings = services_of(harness.app).settings
        post = harness.core.inject_message(MEMBER_OF_WORLD, "cheap watches here", world.group_id)
        await harness.deliver()
        await moderation.holds.hold(
            world.group_id, post["message_id"], MEMBER_OF_WORLD, "cheap watches", "links", "spam"
        )
        await harness.flush_outbox()
        [card] = [m for m in harness.core.bot_messages(world.facilitator) if m.reply_markup]
        clock.now += timedelta(days=settings.held_message_days, minutes=1)
        assert await moderation.holds.erase_expired() == 1
        await harness.flush_outbox()
        told = harness.core.bot_messages(MEMBER_OF_WORLD)[-1].plain_text or ""
        assert "wasn't reviewed in time" in told
        closed = harness.core.message(world.facilitator, card.message_id)
        assert "nobody reviewed it in time" in (closed.plain_text or "")
        assert "cheap watches" not in (closed.plain_text or "")
        assert not (closed.reply_markup or {}).get("inline_keyboard")
