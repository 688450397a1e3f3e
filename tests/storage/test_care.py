"""Facilitator care's storage: the load view's read-only figures, supervisors, debriefs."""

from __future__ import annotations

from bot.care.storage import DebriefRepository, SupervisorRepository, erase_care
from bot.care.storage_load import LoadRepository
from bot.storage.db import Database

FRAN, COLE, ADA, SAGE = 91, 92, 93, 94
GROUP = -1002
NOW = "2026-12-07T12:00:00Z"


async def _flag_with_alerts(db: Database) -> None:
    """A group in Madrid; one flag alerted to Fran twice (two steps) and once as a notice,
    and to Cole once; Fran took and resolved it; a shift of Cole's."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
            " bot_status, created_at) VALUES (?, 'G', 'group', 'c2', 'Europe/Madrid', 'en',"
            " 'member', ?)",
            (GROUP, NOW),
        )
        await tx.execute(
            "INSERT INTO flags (id, member_id, member_name, group_id, tier, category, rules,"
            " state, raised_at, last_seen_at, acknowledged_at, acknowledged_by, closed_at,"
            " closed_by) VALUES (1, 50, 'Robin', ?, 'imminent', 'suicide', '[]', 'resolved',"
            " ?, ?, '2026-12-07T11:05:00Z', ?, '2026-12-07T11:30:00Z', ?)",
            (GROUP, NOW, NOW, FRAN, FRAN),
        )
        for key, who, step, at in (
            ("a1", FRAN, 0, "2026-12-07T11:00:00Z"),
            ("a2", FRAN, 1, "2026-12-07T11:10:00Z"),
            ("a3", FRAN, -2, "2026-12-07T11:20:00Z"),
            ("a4", COLE, 1, "2026-12-07T11:10:00Z"),
        ):
            await tx.execute(
                "INSERT INTO flag_alerts (flag_id, recipient_id, step, outbox_key,"
                " rendered_version, created_at) VALUES (1, ?, ?, ?, 1, ?)",
                (who, step, key, at),
            )
        await tx.execute(
            "INSERT INTO flag_events (flag_id, at, kind, actor_id) VALUES"
            " (1, '2026-12-07T11:30:00Z', 'resolved', ?)",
            (FRAN,),
        )
        await tx.execute(
            "INSERT INTO oncall_shifts (group_id, user_id, starts_at, ends_at, created_at)"
            " VALUES (?, ?, '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z', ?)",
            (GROUP, COLE, NOW),
        )


async def test_load_counts_each_flag_once_per_person_without_notices(db: Database) -> None:
    """Received: a flag's first copy per person (notices left out), with its group's zone;
    taken and resolved by who did it; shifts that ran after the moment."""
    await _flag_with_alerts(db)
    load = LoadRepository(db)
    received = sorted(
        (a.recipient_id, a.at, a.zone) for a in await load.received("2026-11-07T00:00:00Z", "UTC")
    )
    assert received == [
        (FRAN, "2026-12-07T11:00:00Z", "Europe/Madrid"),
        (COLE, "2026-12-07T11:10:00Z", "Europe/Madrid"),
    ]
    assert await load.received("2026-12-07T11:15:00Z", "UTC") == []
    assert await load.taken("2026-11-07T00:00:00Z") == [(FRAN, "2026-12-07T11:05:00Z")]
    assert await load.resolved("2026-11-07T00:00:00Z") == [(FRAN, "2026-12-07T11:30:00Z")]
    shifts = await load.shifts("2026-11-07T00:00:00Z")
    assert [s.user_id for s in shifts[GROUP]] == [COLE]
    assert await load.shifts("2026-12-03T00:00:00Z") == {}


async def test_supervisors_and_debriefs_are_erased_by_forget(db: Database) -> None:
    """/forget: the supervisor's row and the facilitator's debriefs go; who named a
    supervisor is forgotten, the supervisor stays."""
    supervisors, debriefs = SupervisorRepository(db), DebriefRepository(db)
    assert await supervisors.add(SAGE, ADA, NOW)
    assert not await supervisors.add(SAGE, ADA, NOW)
    assert await supervisors.add(COLE, SAGE, NOW)
    async with db.transaction() as tx:
        debrief_id = await debriefs.create(tx, FRAN, GROUP, NOW, "2026-12-08T09:00:00Z")
    assert (await debriefs.get(debrief_id)) is not None
    async with db.transaction() as tx:
        await erase_care(tx, SAGE)
        await erase_care(tx, FRAN)
    assert [p.user_id for p in await supervisors.all()] == [COLE]
    rows = await db.fetch_all("SELECT added_by FROM supervisors")
    assert [row[0] for row in rows] == [None]
    assert await debriefs.get(debrief_id) is None


async def test_due_checkins_are_queued_once_and_forgotten_later(db: Database) -> None:
    """A debrief is due once its time passed, marked sent once, deleted after it is old."""
    debriefs = DebriefRepository(db)
    async with db.transaction() as tx:
        debrief_id = await debriefs.create(tx, FRAN, None, NOW, "2026-12-08T09:00:00Z")
    assert await debriefs.due_checkins("2026-12-08T08:59:59Z") == []
    [due] = await debriefs.due_checkins("2026-12-08T09:00:00Z")
    assert due.id == debrief_id
    async with db.transaction() as tx:
        assert await debriefs.mark_sent(tx, debrief_id, "2026-12-08T09:00:00Z")
        assert not await debriefs.mark_sent(tx, debrief_id, "2026-12-08T09:00:01Z")
    assert await debriefs.due_checkins("2026-12-09T00:00:00Z") == []
    assert await debriefs.forget_old("2026-12-08T09:00:00Z") == 0
    assert await debriefs.forget_old("2026-12-08T09:00:01Z") == 1
