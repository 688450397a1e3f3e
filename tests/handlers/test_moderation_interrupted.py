"""A mute or ban is written down before Telegram is asked: a stop between Telegram's answer and
the record loses nothing (the job finishes it), and a refusal leaves nothing behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.moderation.build import moderation_of
from bot.moderation.model import Kind
from bot.moderation.service import ModerationService
from tests.handlers.conftest import HandlerHarness, running_app
from tests.handlers.test_moderation import FACILITATOR, MEMBER, moderated_world

START = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


class StoppedHereError(Exception):
    """The process stopping between Telegram's answer and the record."""


async def _finish_job(harness: HandlerHarness) -> None:
    """Run the job that finishes interrupted mutes and bans, then send what it queued."""
    assert harness.app.job_queue is not None
    [job] = harness.app.job_queue.get_jobs_by_name("moderation-interrupted")
    await job.callback(None)  # type: ignore[arg-type]
    await harness.flush_outbox()


async def _audit(harness: HandlerHarness) -> list[str]:
    """The audit trail's moderation actions, oldest first."""
    rows = await services_of(harness.app).db.fetch_all(
        "SELECT action FROM audit_log WHERE action LIKE 'moderation.%' ORDER BY id"
    )
    return [str(row[0]) for row in rows]


async def _stopped_before_telegram(
    harness: HandlerHarness,
    group_id: int,
    kind: Kind,
    length: timedelta | None,
    *,
    actor: int = FACILITATOR,
    member: int = MEMBER,
) -> None:
    """A mute or ban written down, the bot stopped before asking Telegram."""
    await moderation_of(services_of(harness.app)).actions.intend(
        chat_id=group_id,
        user_id=member,
        actor_id=actor,
        kind=kind,
        reason="links" if kind is Kind.MUTE else "threats",
        length=length,
    )


def _said(harness: HandlerHarness, chat_id: int) -> list[str]:
    """Every text the bot sent to a chat, oldest first."""
    return [message.plain_text or "" for message in harness.core.bot_messages(chat_id)]


async def test_a_mute_cut_short_after_telegram_is_finished_by_the_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bot stops after Telegram muted the member but before the record: a minute later the
    job records it (audited, until the hour asked), tells the member and the facilitator."""
    clock = ManualClock(START)
    async with running_app(tmp_path, clock=clock) as harness:
        world = await moderated_world(harness)

        async def stopped(*_args: object, **_kwargs: object) -> None:
            """The record never happens."""
            raise StoppedHereError

        with monkeypatch.context() as patch:
            patch.setattr(ModerationService, "act", stopped)
            post = harness.core.inject_message(MEMBER, "links links", world.group_id)
            harness.core.inject_message(
                FACILITATOR,
                "/mute 1h too many links",
                world.group_id,
                reply_to_message_id=post["message_id"],
            )
            await harness.deliver()
            await harness.flush_outbox()
        assert harness.core.member_status(world.group_id, MEMBER) == "restricted"
        assert await _audit(harness) == []
        clock.now += timedelta(minutes=2)
        await _finish_job(harness)
        assert await _audit(harness) == ["moderation.mute"]
        told = _said(harness, MEMBER)[-1]
        assert "paused your messages in the group for 58 minutes" in told
        assert "Why: too many links" in told
        assert "Robin can't write for 58 minutes" in _said(harness, FACILITATOR)[-1]
        actions = moderation_of(services_of(harness.app)).actions
        [action] = await actions.repo.history(MEMBER)
        assert action.until_at == "2026-12-07T10:00:00Z"
        assert await actions.interrupted() == []
        await _finish_job(harness)
        assert await _audit(harness) == ["moderation.mute"], "finished once"


async def test_a_refused_mute_leaves_nothing_written_down(harness: HandlerHarness) -> None:
    """Telegram refuses the mute: the facilitator is told, and no intent waits for the job."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "hello", world.group_id)
    harness.core.fail_next(1, "400", method="restrictchatmember", description="Bad Request")
    harness.core.inject_message(
        FACILITATOR, "/mute 1h links", world.group_id, reply_to_message_id=post["message_id"]
    )
    await harness.deliver()
    await harness.flush_outbox()
    assert "didn't let me do that" in _said(harness, FACILITATOR)[-1]
    actions = moderation_of(services_of(harness.app)).actions
    rows = await services_of(harness.app).db.fetch_all("SELECT id FROM moderation_intents")
    assert rows == []
    assert await _audit(harness) == []
    assert await actions.interrupted() == []


async def test_an_interrupted_ban_telegram_now_refuses_is_dropped_and_told(
    tmp_path: Path,
) -> None:
    """Stopped before Telegram was asked, and Telegram refuses the second try: nothing is
    recorded, the facilitator hears that nothing was done."""
    clock = ManualClock(START)
    async with running_app(tmp_path, clock=clock) as harness:
        world = await moderated_world(harness)
        actions = moderation_of(services_of(harness.app)).actions
        await _stopped_before_telegram(harness, world.group_id, Kind.BAN, None)
        standing = harness.core.member_status(world.group_id, MEMBER)
        clock.now += timedelta(minutes=2)
        harness.core.fail_next(1, "400", method="banchatmember", description="Bad Request")
        await _finish_job(harness)
        assert await _audit(harness) == []
        assert harness.core.member_status(world.group_id, MEMBER) == standing != "kicked"
        said = _said(harness, FACILITATOR)[-1]
        assert "stopped in the middle of removing Robin" in said
        assert "Nothing was done" in said
        assert await actions.interrupted() == []


async def test_an_interrupted_mute_whose_time_is_over_is_dropped(tmp_path: Path) -> None:
    """A 10-minute mute interrupted an hour ago is over: nothing is done or said."""
    clock = ManualClock(START)
    async with running_app(tmp_path, clock=clock) as harness:
        world = await moderated_world(harness)
        actions = moderation_of(services_of(harness.app)).actions
        await _stopped_before_telegram(harness, world.group_id, Kind.MUTE, timedelta(minutes=10))
        before = len(_said(harness, FACILITATOR))
        standing = harness.core.member_status(world.group_id, MEMBER)
        clock.now += timedelta(hours=1)
        await _finish_job(harness)
        assert await _audit(harness) == []
        assert harness.core.member_status(world.group_id, MEMBER) == standing != "restricted"
        assert len(_said(harness, FACILITATOR)) == before
        assert await actions.interrupted() == []


async def test_forget_erases_intents_of_the_member_and_by_the_facilitator(
    harness: HandlerHarness,
) -> None:
    """A member's /forget removes a mute written down about them; a facilitator's, the ones
    they asked for."""
    world = await moderated_world(harness)
    services = services_of(harness.app)
    for actor, member in ((FACILITATOR, MEMBER), (MEMBER, FACILITATOR)):
        await _stopped_before_telegram(
            harness, world.group_id, Kind.MUTE, timedelta(hours=1), actor=actor, member=member
        )
    read = "SELECT user_id FROM moderation_intents ORDER BY id"
    assert len(await services.db.fetch_all(read)) == 2
    await services.privacy.erase(MEMBER)
    assert await services.db.fetch_all(read) == []
