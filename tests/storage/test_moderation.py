"""Moderation's storage: actions with their timers and appeals, held copies, erasure."""

from __future__ import annotations

from bot.moderation.model import APPEAL_LIFTED, APPEAL_OPEN, HOLD_CRISIS, HOLD_SPAM, Kind
from bot.moderation.storage import (
    ModerationRepository,
    add_action,
    add_appeal,
    add_held,
    decide_appeal,
    erase_moderation_person,
    lift_action,
    lift_in_force,
    take_held,
)
from bot.storage.db import Database

GROUP, MEMBER, FACILITATOR, ADMIN = -100_500, 501, 502, 503
T0, T1, T2 = "2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z", "2026-12-02T10:00:00Z"


async def _act(db: Database, kind: Kind, until: str | None = None, at: str = T0) -> int:
    """Record one action by the facilitator on the member."""
    async with db.transaction() as tx:
        return await add_action(
            tx,
            chat_id=GROUP,
            user_id=MEMBER,
            actor_id=FACILITATOR,
            kind=kind,
            reason="kept posting links",
            now=at,
            until=until,
        )


async def _hold(db: Database, message_id: int, kind: str, at: str = T0) -> int | None:
    """Keep a copy of one of the member's messages."""
    async with db.transaction() as tx:
        return await add_held(
            tx,
            chat_id=GROUP,
            message_id=message_id,
            author_id=MEMBER,
            text=f"words {message_id}",
            reason="links",
            kind=kind,
            now=at,
            held_by=None,
            action_id=None,
        )


async def test_a_timed_mute_is_due_at_its_end_and_lifted_once(db: Database) -> None:
    """Due only once its time has come; lifting twice lifts once; then it is no longer due."""
    repo = ModerationRepository(db)
    mute = await _act(db, Kind.MUTE, until=T1)
    await _act(db, Kind.WARN)
    assert await repo.due(T0) == []
    assert [action.id for action in await repo.due(T1)] == [mute]
    in_force = await repo.in_force(GROUP, MEMBER, Kind.MUTE)
    assert in_force is not None
    assert in_force.id == mute
    async with db.transaction() as tx:
        assert await lift_action(tx, mute, T1, None)
        assert not await lift_action(tx, mute, T2, FACILITATOR)
    assert await repo.due(T2) == []
    assert await repo.in_force(GROUP, MEMBER, Kind.MUTE) is None


async def test_unmute_lifts_every_mute_in_force(db: Database) -> None:
    """/unmute lifts the mutes of that member in that group, not a ban."""
    first, second = await _act(db, Kind.MUTE, until=T1), await _act(db, Kind.MUTE, until=T2)
    ban = await _act(db, Kind.BAN)
    async with db.transaction() as tx:
        lifted = await lift_in_force(tx, GROUP, MEMBER, Kind.MUTE, T0, FACILITATOR)
    assert sorted(lifted) == [first, second]
    assert (await ModerationRepository(db).in_force(GROUP, MEMBER, Kind.BAN)) is not None
    assert ban not in lifted


async def test_an_appeal_is_taken_once_from_its_member_and_decided_once(db: Database) -> None:
    """Someone else's appeal is refused; a second appeal too; a decision is made once."""
    warn = await _act(db, Kind.WARN)
    async with db.transaction() as tx:
        assert not await add_appeal(tx, warn, FACILITATOR, "not mine", T1)
        assert await add_appeal(tx, warn, MEMBER, "I was quoting", T1)
        assert not await add_appeal(tx, warn, MEMBER, "again", T1)
    action = await ModerationRepository(db).action(warn)
    assert action is not None
    assert action.appeal == "I was quoting"
    assert action.appeal_state == APPEAL_OPEN
    async with db.transaction() as tx:
        assert await decide_appeal(tx, warn, APPEAL_LIFTED, ADMIN)
        assert not await decide_appeal(tx, warn, APPEAL_LIFTED, ADMIN)


async def test_a_message_is_held_once_and_reviewed_once(db: Database) -> None:
    """Holding the same message twice keeps one copy; taking it for review works once."""
    held = await _hold(db, 7, HOLD_SPAM)
    assert held is not None
    assert await _hold(db, 7, HOLD_SPAM) is None
    async with db.transaction() as tx:
        taken = await take_held(tx, held)
        assert taken is not None
        assert taken.text == "words 7"
        assert await take_held(tx, held) is None
    assert await ModerationRepository(db).held(held) is None


async def test_retention_erases_old_records_but_not_a_timer_still_running(db: Database) -> None:
    """Old records go; a long ban not lifted yet stays until it ends."""
    repo = ModerationRepository(db)
    old_warn = await _act(db, Kind.WARN, at=T0)
    running = await _act(db, Kind.BAN, until="2027-12-01T10:00:00Z", at=T0)
    recent = await _act(db, Kind.WARN, at=T2)
    assert await repo.erase_old(T1) == 1
    assert await repo.action(old_warn) is None
    assert await repo.action(running) is not None
    assert await repo.action(recent) is not None


async def test_unreviewed_copies_are_due_a_possible_crisis_later(db: Database) -> None:
    """A spam copy older than its keeping time is due for erasing; a crisis copy of the same
    age is not yet."""
    repo = ModerationRepository(db)
    spam = await _hold(db, 1, HOLD_SPAM, at=T0)
    crisis = await _hold(db, 2, HOLD_CRISIS, at=T0)
    assert spam is not None
    assert crisis is not None
    assert [held.id for held in await repo.old_held(before=T1, crisis_before=T0)] == [spam]
    assert [held.id for held in await repo.old_held(before=T1, crisis_before=T2)] == [
        spam,
        crisis,
    ]


async def test_forget_erases_the_members_record_and_the_facilitators_name(db: Database) -> None:
    """The member's /forget deletes their record and copies; the facilitator's clears their
    name and keeps the record."""
    repo = ModerationRepository(db)
    await _act(db, Kind.WARN)
    await _hold(db, 3, HOLD_SPAM)
    async with db.transaction() as tx:
        await erase_moderation_person(tx, FACILITATOR)
    [kept] = await repo.history(MEMBER)
    assert kept.actor_id is None
    async with db.transaction() as tx:
        await erase_moderation_person(tx, MEMBER)
    assert await repo.history(MEMBER) == []
    assert await repo.held_of(MEMBER) == []
