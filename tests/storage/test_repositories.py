"""Repositories return plain objects; one write path survives concurrent writers."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.domain.models import Group, Member
from bot.storage.backup import backup_database, integrity_ok
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.members import MemberRepository, erase_member
from bot.storage.oncall import erase_oncall_person
from bot.storage.roles import RoleRepository
from tests.storage.conftest import group_columns

NOW = "2026-11-22T10:00:00Z"


def member(user_id: int, name: str = "Ana") -> Member:
    """Build a consented member."""
    return Member(user_id, name, None, "es", "Europe/Madrid", NOW, 1, False, None, NOW, NOW)


def group(chat_id: int, code: str = "code1") -> Group:
    """Build a group record."""
    return Group(chat_id, "Tuesday group", "supergroup", code, "UTC", "en", None, "member", NOW)


async def test_member_round_trip(db: Database) -> None:
    """A member is stored and read back as the same plain object."""
    repo = MemberRepository(db)
    await repo.add(member(42))
    assert await repo.get(42) == member(42)
    assert await repo.get(43) is None


async def test_member_settings_change(db: Database) -> None:
    """Language, time zone and the stop flag change only for an existing member."""
    repo = MemberRepository(db)
    await repo.add(member(42))
    assert await repo.set_language(42, "en", NOW)
    assert await repo.set_timezone(42, "America/Lima", NOW)
    assert await repo.set_scheduled_stopped(42, True, NOW)
    stored = await repo.get(42)
    assert stored is not None
    assert (stored.language, stored.timezone, stored.scheduled_stopped) == (
        "en",
        "America/Lima",
        True,
    )
    assert not await repo.set_language(99, "en", NOW)


async def test_sql_metacharacters_are_data(db: Database) -> None:
    """Quotes and SQL in names are stored verbatim and break nothing."""
    repo = MemberRepository(db)
    evil = "Robert'); DROP TABLE members;--"
    await repo.add(member(7, evil))
    stored = await repo.get(7)
    assert stored is not None
    assert stored.first_name == evil
    assert await repo.count() == 1


async def test_groups_and_membership(db: Database) -> None:
    """Joining is idempotent; removing a group removes its memberships and facilitators."""
    members, groups, roles = MemberRepository(db), GroupRepository(db), RoleRepository(db)
    await members.add(member(1))
    await groups.upsert(group(-100))
    assert await groups.by_invite_code("code1") == group(-100)
    assert await members.join_group(1, -100, NOW)
    assert not await members.join_group(1, -100, NOW)
    await roles.add_facilitator(-100, 5, None, NOW)
    assert await members.group_ids(1) == [-100]
    assert await groups.remove(-100)
    assert await members.group_ids(1) == []
    assert await roles.facilitators_of(-100) == []


async def test_upsert_keeps_invite_code(db: Database) -> None:
    """Re-registering a known group updates its title but keeps its invite code."""
    groups = GroupRepository(db)
    await groups.upsert(group(-5, "first"))
    stored = await groups.upsert(group(-5, "second"))
    assert stored.invite_code == "first"


async def test_admin_seeding(db: Database) -> None:
    """Seeding makes exactly the configured ids the config admins."""
    roles = RoleRepository(db)
    await roles.seed_admins((1, 2), NOW)
    await roles.seed_admins((2, 3), NOW)
    assert await roles.admin_ids() == [2, 3]
    assert await roles.is_admin(3)
    assert not await roles.is_admin(1)


async def test_admin_seeding_with_none_configured_drops_them_all(db: Database) -> None:
    """An emptied ADMIN_IDS takes every config admin away (not "NOT IN (NULL)": none)."""
    roles = RoleRepository(db)
    await roles.seed_admins((1, 2), NOW)
    await roles.seed_admins((), NOW)
    assert await roles.admin_ids() == []


async def test_concurrent_writers_never_lock(db: Database) -> None:
    """Hundreds of concurrent writes through the one write path all succeed."""
    repo = MemberRepository(db)
    await asyncio.gather(*(repo.add(member(user_id)) for user_id in range(1, 301)))
    await asyncio.gather(*(repo.set_timezone(i, "UTC", NOW) for i in range(1, 301)))
    assert await repo.count() == 300


async def test_erasure_leaves_no_bytes(db: Database) -> None:
    """After erasing and a checkpoint, neither the file nor the WAL holds the name."""
    repo = MemberRepository(db)
    marker = "Zebulon-Unique-Name"
    await repo.add(member(987654321012, marker))
    await db.checkpoint()
    async with db.transaction() as tx:
        await erase_member(tx, 987654321012)
    await db.checkpoint()
    for path in (db.path, Path(f"{db.path}-wal")):
        if path.exists():
            assert marker.encode() not in path.read_bytes()


async def test_backup_is_consistent_while_writing(db: Database, tmp_path: Path) -> None:
    """A backup taken during writes is a valid database with the rows committed so far."""
    repo = MemberRepository(db)
    await asyncio.gather(*(repo.add(member(user_id)) for user_id in range(1, 51)))
    writing = asyncio.gather(*(repo.add(member(user_id)) for user_id in range(51, 151)))
    target = tmp_path / "copy.sqlite3"
    await asyncio.to_thread(backup_database, db.path, target)
    await writing
    assert integrity_ok(target)
    copy = Database(target)
    await copy.open()
    count = await MemberRepository(copy).count()
    await copy.close()
    assert 50 <= count <= 150


async def test_group_migration_moves_everything(db: Database) -> None:
    """A group that became a supergroup keeps its members, facilitators and invite code."""
    members, groups, roles = MemberRepository(db), GroupRepository(db), RoleRepository(db)
    await members.add(member(1))
    await groups.upsert(group(-100, "keep-me"))
    await members.join_group(1, -100, NOW)
    await roles.add_facilitator(-100, 5, None, NOW)
    assert await groups.migrate(-100, -1009999, group_columns())
    moved = await groups.get(-1009999)
    assert moved is not None
    assert (moved.invite_code, moved.chat_type) == ("keep-me", "supergroup")
    assert await groups.get(-100) is None
    assert await members.group_ids(1) == [-1009999]
    assert await roles.facilitators_of(-1009999) == [5]
    assert not await groups.migrate(-100, -1009999, group_columns())


async def test_unreachable_flag(db: Database) -> None:
    """A block is recorded once and cleared when the member's profile is refreshed."""
    repo = MemberRepository(db)
    await repo.add(member(9))
    assert await repo.set_unreachable(9, NOW)
    assert not await repo.set_unreachable(9, NOW)
    await repo.update_profile(9, "Ana", None, NOW)
    stored = await repo.get(9)
    assert stored is not None
    assert stored.unreachable_at is None


async def test_cancelled_transaction_never_stays_open(db: Database) -> None:
    """A writer cancelled at any point leaves no open transaction behind; later writes work."""
    repo = MemberRepository(db)
    for step in range(6):
        task = asyncio.create_task(repo.add(member(100 + step)))
        for _ in range(step):
            await asyncio.sleep(0)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await repo.add(member(200 + step))
        assert await repo.get(200 + step) is not None


async def test_group_migration_keeps_on_call_and_flags(db: Database) -> None:
    """When a group becomes a supergroup, its rotation, shifts and flags move with it."""
    now = "2026-01-01T00:00:00Z"
    groups = GroupRepository(db)
    await db.write(
        "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
        " bot_status, created_at) VALUES (-5, 'Old', 'group', 'abc', 'UTC', 'en', 'member', ?)",
        (now,),
    )
    await db.write(
        "INSERT INTO oncall_rotations (group_id, period, handover, anchor, set_at)"
        " VALUES (-5, 'daily', '09:00', '2026-01-01', ?)",
        (now,),
    )
    await db.write(
        "INSERT INTO flags (chat_id, group_id, tier, category, rules, raised_at, last_seen_at)"
        " VALUES (-5, -5, 'high', 'ideation', '[]', ?, ?)",
        (now, now),
    )
    await db.write("INSERT INTO flag_groups (flag_id, group_id) VALUES (1, -5)")
    assert await groups.migrate(-5, -1005, group_columns())
    rotation = await db.fetch_one("SELECT group_id FROM oncall_rotations")
    flag = await db.fetch_one("SELECT chat_id, group_id FROM flags")
    scope = await db.fetch_one("SELECT group_id FROM flag_groups")
    assert rotation is not None
    assert flag is not None
    assert scope is not None
    assert (rotation[0], tuple(flag), scope[0]) == (-1005, (-1005, -1005), -1005)


async def test_erasing_a_facilitator_takes_them_out_of_rotations(db: Database) -> None:
    """/forget removes the person from on-call turns; a rotation left empty means everyone."""
    now = "2026-01-01T00:00:00Z"
    for chat_id, chosen in ((-5, "[11, 22]"), (-6, "[22]"), (-7, "[11]")):
        await db.write(
            "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
            " bot_status, created_at) VALUES (?, 'G', 'group', ?, 'UTC', 'en', 'member', ?)",
            (chat_id, f"code{-chat_id}", now),
        )
        await db.write(
            "INSERT INTO oncall_rotations (group_id, period, handover, anchor, set_by, set_at,"
            " participants) VALUES (?, 'daily', '09:00', '2026-01-01', 22, ?, ?)",
            (chat_id, now, chosen),
        )
    async with db.transaction() as tx:
        await erase_oncall_person(tx, 22)
    rows = await db.fetch_all(
        "SELECT group_id, participants, set_by FROM oncall_rotations ORDER BY group_id DESC"
    )
    assert [tuple(row) for row in rows] == [
        (-5, "[11]", None),
        (-6, None, None),
        (-7, "[11]", None),
    ]
