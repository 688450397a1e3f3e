"""The spam shield's tables: join records and their windows, the block list, erasure, export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.models import Group
from bot.shield.storage import ShieldRepository, erase_shield_person, export_shield
from bot.storage.db import Database
from bot.storage.groups import GroupRepository

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
GROUP, OTHER_GROUP = -1001, -1002
NEWBIE, ADMIN = 501, 900


async def _group(db: Database, chat_id: int) -> None:
    """A group the bot knows (a window row points at it)."""
    code = f"code{-chat_id}"
    group = Group(chat_id, "Circle", "supergroup", code, "UTC", "en", None, "member", "x")
    await GroupRepository(db).upsert(group)


async def test_a_join_is_kept_for_its_groups_window(db: Database) -> None:
    """Default window 24 h; a group's own window of 6 h prunes its joins sooner."""
    await _group(db, GROUP)
    await _group(db, OTHER_GROUP)
    repo = ShieldRepository(db)
    await repo.record_join(GROUP, NEWBIE, NOW)
    await repo.record_join(OTHER_GROUP, NEWBIE, NOW)
    await repo.set_window(OTHER_GROUP, 6, ADMIN, NOW)
    assert await repo.joined_at(GROUP, NEWBIE) == NOW
    assert await repo.prune_newcomers(NOW + timedelta(hours=5), 24) == 0
    assert await repo.prune_newcomers(NOW + timedelta(hours=6), 24) == 1
    assert await repo.joined_at(OTHER_GROUP, NEWBIE) is None
    assert await repo.prune_newcomers(NOW + timedelta(hours=23, minutes=59), 24) == 0
    assert await repo.prune_newcomers(NOW + timedelta(hours=24), 24) == 1
    assert await repo.joined_at(GROUP, NEWBIE) is None


async def test_joining_again_starts_the_window_again_and_leaving_ends_it(db: Database) -> None:
    """A rejoin moves the join time; a departure deletes the record."""
    repo = ShieldRepository(db)
    await repo.record_join(GROUP, NEWBIE, NOW)
    await repo.record_join(GROUP, NEWBIE, NOW + timedelta(hours=30))
    assert await repo.joined_at(GROUP, NEWBIE) == NOW + timedelta(hours=30)
    await repo.forget_join(GROUP, NEWBIE)
    assert await repo.joined_at(GROUP, NEWBIE) is None


async def test_the_block_list_is_audited_once_per_change(db: Database) -> None:
    """Block, block again (no change), unblock: two audit entries naming only the actor."""
    repo = ShieldRepository(db)
    await repo.record_join(GROUP, NEWBIE, NOW)
    assert await repo.block(NEWBIE, ADMIN, "spam links", NOW)
    assert not await repo.block(NEWBIE, ADMIN, "again", NOW)
    block = await repo.blocked(NEWBIE)
    assert block is not None
    assert (block.reason, block.blocked_by) == ("spam links", ADMIN)
    assert await repo.joined_at(GROUP, NEWBIE) is None  # blocked: no newcomer any more
    assert await repo.unblock(NEWBIE, ADMIN, NOW)
    assert not await repo.unblock(NEWBIE, ADMIN, NOW)
    rows = await db.fetch_all("SELECT action, actor_id, subject FROM audit_log ORDER BY id")
    assert [tuple(row) for row in rows] == [
        ("shield.block", ADMIN, str(NEWBIE)),
        ("shield.unblock", ADMIN, str(NEWBIE)),
    ]


async def test_forget_keeps_a_block_as_an_id_alone(db: Database) -> None:
    """The blocked person's /forget: joins gone, reason gone, the block itself stays; the
    blocker's /forget: their name and words go from the blocks they made."""
    repo = ShieldRepository(db)
    await repo.record_join(GROUP, NEWBIE, NOW)
    await repo.block(NEWBIE, ADMIN, "sent scam links", NOW)
    await repo.record_join(GROUP, NEWBIE + 1, NOW)
    await repo.block(NEWBIE + 1, ADMIN, "crypto spam", NOW)
    async with db.transaction() as tx:
        await erase_shield_person(tx, NEWBIE)
    block = await repo.blocked(NEWBIE)
    assert block is not None
    assert block.reason == ""
    assert block.blocked_by == ADMIN
    async with db.transaction() as tx:
        await erase_shield_person(tx, ADMIN)
    other = await repo.blocked(NEWBIE + 1)
    assert other is not None
    assert (other.reason, other.blocked_by) == ("", None)


async def test_export_shows_the_person_their_own_records(db: Database) -> None:
    """/mydata: recent joins, their block, and how many they blocked, never whom."""
    repo = ShieldRepository(db)
    assert await export_shield(repo, NEWBIE) is None
    await repo.record_join(GROUP, NEWBIE, NOW)
    await repo.block(NEWBIE + 5, NEWBIE, "x", NOW)
    exported = await export_shield(repo, NEWBIE)
    assert exported == {
        "recently_joined": [{"group": GROUP, "joined_at": "2026-12-07T12:00:00Z"}],
        "people_you_blocked": 1,
    }
    assert str(NEWBIE + 5) not in str(exported)
    await repo.block(NEWBIE, ADMIN, "spam", NOW)
    exported = await export_shield(repo, NEWBIE)
    assert exported is not None
    assert exported["blocked_in_our_groups"] == {"since": "2026-12-07T12:00:00Z", "reason": "spam"}
