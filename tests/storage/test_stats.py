"""Group statistics on a real database: active days, the records each figure is built from."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.devtools.clock import ManualClock
from bot.domain.models import Group
from bot.services.groups import GroupService
from bot.services.roles import RoleService
from bot.services.stats import StatsService
from bot.stats.models import Hidden, Period
from bot.storage.db import Database
from bot.storage.flags import erase_member_flags
from bot.storage.groups import GroupRepository
from bot.storage.roles import RoleRepository
from bot.storage.stats import StatsRepository

GROUP, OTHER = -100_900, -100_901
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
PERIOD = Period.last_days(30, TODAY)
ADMIN, FACILITATOR = 900_001, 900_002


def stamp(days_ago: float) -> str:
    """An ISO UTC timestamp so many days before NOW."""
    return (NOW - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")


def day(days_ago: int) -> str:
    """An ISO date so many days before TODAY."""
    return (TODAY - timedelta(days=days_ago)).isoformat()


async def add_member(db: Database, user_id: int, group: int | None, joined_days_ago: float) -> None:
    """A consented member, in `group` since so many days (no group: None)."""
    await db.write(
        "INSERT INTO members (user_id, first_name, language, timezone, consented_at,"
        " consent_version, created_at, updated_at) VALUES (?, 'M', 'en', 'UTC', ?, 1, ?, ?)",
        (user_id, stamp(400), stamp(400), stamp(400)),
    )
    if group is not None:
        await db.write(
            "INSERT INTO group_members (chat_id, user_id, joined_at) VALUES (?, ?, ?)",
            (group, user_id, stamp(joined_days_ago)),
        )


async def add_groups(db: Database) -> None:
    """The group under test and another one."""
    for chat_id, title in ((GROUP, "Leeds Circle"), (OTHER, "Other")):
        group = Group(chat_id, title, "supergroup", f"c{chat_id}", "UTC", "en", None, "m", stamp(9))
        await GroupRepository(db).upsert(group)


async def seed(db: Database) -> None:
    """Six members of GROUP (one joined long ago), one of OTHER, and their records."""
    await add_groups(db)
    for n, joined in enumerate((100, 50, 40, 10, 5, 1), start=1):
        await add_member(db, n, GROUP, joined)
    await add_member(db, 7, OTHER, 3)
    for user_id, days_ago in ((1, 0), (1, 35), (2, 3), (3, 29), (4, 30), (5, 2), (6, 0), (7, 1)):
        await db.write("INSERT INTO member_activity VALUES (?, ?)", (user_id, day(days_ago)))
    for user_id in (1, 2, 3, 7):
        await db.write(
            "INSERT INTO checkin_plans (user_id, enabled, at, days, created_at, updated_at)"
            " VALUES (?, ?, '09:00', '0123456', ?, ?)",
            (user_id, 0 if user_id == 3 else 1, stamp(9), stamp(9)),
        )
    for user_id, mood, days_ago in ((1, 4, 1), (1, 5, 2), (2, 1, 40), (7, 3, 1), (3, None, 1)):
        await db.write(
            "INSERT INTO checkins (user_id, local_date, mood, answered_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (user_id, day(days_ago), mood, stamp(days_ago), stamp(days_ago - 1)),
        )
    for meeting_id, group in ((1, GROUP), (2, OTHER)):
        await db.write(
            "INSERT INTO meetings (id, group_id, slug, name, frequency, start_date, start_time,"
            " duration_minutes, timezone, updated_at) VALUES (?, ?, ?, 'M', 'weekly', ?,"
            " '19:00', 60, 'UTC', ?)",
            (meeting_id, group, f"m{meeting_id}", day(60), stamp(60)),
        )
    for meeting_id, user_id, answer, days_ago in (
        (1, 1, "yes", 3),
        (1, 2, "no", 3),
        (1, 1, "yes", 31),
        (2, 7, "yes", 3),
    ):
        await db.write(
            "INSERT INTO meeting_rsvps VALUES (?, ?, ?, ?, ?)",
            (meeting_id, day(days_ago), user_id, answer, stamp(days_ago + 1)),
        )
    flags = (
        (1, 1, GROUP, 2, 2.01),
        (2, None, GROUP, 5, None),
        (3, 2, GROUP, 31, 30.9),
        (4, 7, OTHER, 2, 1.9),
    )
    for flag_id, member_id, group, raised, acknowledged in flags:
        await db.write(
            "INSERT INTO flags (id, member_id, tier, category, rules, raised_at, last_seen_at,"
            " acknowledged_at) VALUES (?, ?, 'high', 'c', '[]', ?, ?, ?)",
            (
                flag_id,
                member_id,
                stamp(raised),
                stamp(raised),
                acknowledged and stamp(acknowledged),
            ),
        )
        await db.write("INSERT INTO flag_groups VALUES (?, ?)", (flag_id, group))


async def test_records_of_one_group_and_period(db: Database) -> None:
    """Only this group's members and records, within the period, reach the figures."""
    await seed(db)
    data = await StatsRepository(db).data(GROUP, PERIOD)
    last = {m.user_id: m.last_active for m in data.members}
    assert last == {
        1: TODAY,
        2: TODAY - timedelta(days=3),
        3: TODAY - timedelta(days=29),
        4: TODAY - timedelta(days=30),
        5: TODAY - timedelta(days=2),
        6: TODAY,
    }
    joined = {m.user_id: m.joined_on for m in data.members}
    assert joined[1] == TODAY - timedelta(days=100)
    assert data.checkins_on == frozenset({1, 2})
    assert sorted(data.answers) == [(1, 4), (1, 5)]
    assert sorted(data.rsvps) == [(1, "yes"), (2, "no")]
    assert sorted((f.member_id or 0, f.acknowledged_at is None) for f in data.flags) == [
        (0, True),
        (1, False),
    ]


async def test_period_end_bounds_last_active_and_joins(db: Database) -> None:
    """A period ending in the past ignores later activity and later joins."""
    await seed(db)
    earlier = Period(TODAY - timedelta(days=40), TODAY - timedelta(days=20))
    data = await StatsRepository(db).data(GROUP, earlier)
    assert {m.user_id: m.last_active for m in data.members} == {
        1: TODAY - timedelta(days=35),
        2: None,
        3: TODAY - timedelta(days=29),
    }, "member 4 joined after that period"
    assert data.answers == ((2, 1),)


async def test_report_applies_the_suppression_rule(db: Database) -> None:
    """Five active members show (one 30 days ago is out); fewer than 5 elsewhere are hidden."""
    await seed(db)
    service = make_service(db)
    stats = await service.report(GROUP, 30)
    assert stats.active == 5
    assert stats.new_members == Hidden.FEWER_THAN_5
    assert stats.checkins_answered == Hidden.FEWER_THAN_5
    assert stats.flags == Hidden.FEWER_THAN_5
    assert stats.retention[28] == Hidden.FEWER_THAN_5, "cohort of 3"


async def test_a_forgotten_members_flags_count_as_one_person(db: Database) -> None:
    """Five flags of one member stay hidden after /forget erases who raised them."""
    await add_groups(db)
    await add_member(db, 9, GROUP, 20)
    for flag_id in range(11, 16):
        await db.write(
            "INSERT INTO flags (id, member_id, tier, category, rules, raised_at, last_seen_at)"
            " VALUES (?, 9, 'high', 'c', '[]', ?, ?)",
            (flag_id, stamp(3), stamp(3)),
        )
        await db.write("INSERT INTO flag_groups VALUES (?, ?)", (flag_id, GROUP))
    service = make_service(db)
    assert (await service.report(GROUP, 30)).flags == Hidden.FEWER_THAN_5
    async with db.transaction() as tx:
        await erase_member_flags(tx, 9, stamp(0))
    stats = await service.report(GROUP, 30)
    assert {flag.member_id for flag in (await service.repo.data(GROUP, PERIOD)).flags} == {None}
    assert stats.flags == Hidden.FEWER_THAN_5


async def test_retention_leaves_out_members_who_joined_over_a_year_earlier(db: Database) -> None:
    """Five who joined 100 days ago are all kept; five from 500 days ago (days pruned) are out."""
    await add_groups(db)
    for user_id in range(1, 11):
        await add_member(db, user_id, GROUP, 100 if user_id <= 5 else 500)
        if user_id <= 5:
            await db.write("INSERT INTO member_activity VALUES (?, ?)", (user_id, day(1)))
    stats = await make_service(db).report(GROUP, 30)
    assert stats.retention == {28: 100.0, 84: 100.0}


def make_service(db: Database, clock: ManualClock | None = None) -> StatsService:
    """The statistics service on this database, with ADMIN as configured admin."""
    clock = clock or ManualClock(NOW)
    roles = RoleService(RoleRepository(db), (ADMIN,), clock)
    return StatsService(db, roles, GroupService(GroupRepository(db), clock, "UTC", "en"), clock)


async def activity(db: Database) -> list[tuple[int, str]]:
    """Every recorded active day."""
    rows = await db.fetch_all("SELECT user_id, day FROM member_activity ORDER BY user_id, day")
    return [(row[0], row[1]) for row in rows]


async def test_activity_is_recorded_once_per_member_and_day(db: Database) -> None:
    """A member's first use each day writes one row; later ones and non-members write none
    (a non-member is not looked up again that day, until onboarding says they joined)."""
    await add_groups(db)
    await add_member(db, 1, GROUP, 3)
    clock = ManualClock(NOW)
    service = make_service(db, clock)
    assert await service.record_activity(1) is True
    assert await service.record_activity(1) is False
    assert await service.record_activity(99) is False, "not a member: nothing stored"
    await add_member(db, 99, None, 0)
    assert await service.joined(99) is True, "consented since: recorded the same day"
    clock.now += timedelta(days=1)
    assert await service.record_activity(1) is True
    assert await activity(db) == [(1, day(0)), (1, day(-1)), (99, day(0))]


async def test_a_restarted_bot_does_not_write_twice(db: Database) -> None:
    """A new service (empty memory) finds today's row and writes nothing."""
    await add_groups(db)
    await add_member(db, 1, GROUP, 3)
    assert await make_service(db).record_activity(1) is True
    assert await make_service(db).record_activity(1) is False
    assert await activity(db) == [(1, day(0))]


async def test_prune_export_and_erase(db: Database) -> None:
    """Days older than 400 are pruned; export lists the days; erasure removes every row."""
    await add_groups(db)
    await add_member(db, 1, GROUP, 3)
    await add_member(db, 2, GROUP, 3)
    for user_id, days_ago in ((1, 401), (1, 400), (1, 0), (2, 0)):
        await db.write("INSERT INTO member_activity VALUES (?, ?)", (user_id, day(days_ago)))
    service = make_service(db)
    assert await service.prune_activity() == 1
    assert await service.export(1) == [day(400), day(0)]
    assert await service.record_activity(1) is False
    async with db.transaction() as tx:
        await service.erase(tx, 1)
    assert await activity(db) == [(2, day(0))]
    assert await service.export(1) == []


async def test_who_may_see_which_group(db: Database) -> None:
    """Admins see every group; a facilitator only theirs; a member none."""
    await add_groups(db)
    await RoleRepository(db).add_facilitator(GROUP, FACILITATOR, ADMIN, stamp(1))
    service = make_service(db)
    assert [g.chat_id for g in await service.groups_for(ADMIN)] == [GROUP, OTHER], "by title"
    assert [g.chat_id for g in await service.groups_for(FACILITATOR)] == [GROUP]
    assert await service.groups_for(12345) == []
    assert await service.may_see(FACILITATOR, GROUP)
    assert not await service.may_see(FACILITATOR, OTHER)
    assert await service.may_see(ADMIN, OTHER)


async def test_queries_use_indexes(db: Database) -> None:
    """The per-member last-active lookup and the flag lookup use indexes, not table scans."""
    plans = [
        "SELECT MAX(a.day) FROM member_activity a WHERE a.user_id = 1 AND a.day <= '2026-11-23'",
        "SELECT f.member_id FROM flag_groups fg JOIN flags f ON f.id = fg.flag_id"
        " WHERE fg.group_id = -1 AND f.raised_at >= '2026-01-01'",
        "DELETE FROM member_activity WHERE day < '2025-01-01'",
    ]
    for sql in plans:
        rows = await db.fetch_all(f"EXPLAIN QUERY PLAN {sql}")
        details = " ".join(str(row["detail"]) for row in rows)
        assert "SCAN" not in details, details
