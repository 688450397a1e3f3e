"""Breaks and the soft cap's counts in a migrated database."""

from __future__ import annotations

from bot.breaks.storage import BreakRepository, end_break, erase_breaks, start_break
from bot.storage.db import Database
from bot.storage.flags import claim_cap_note, taken_count_in, taken_counts

FRAN, COLE = 11, 12


async def test_a_break_runs_from_its_start_to_its_end(db: Database) -> None:
    """Away between start and end; due once its end passed; ended only once."""
    repo = BreakRepository(db)
    async with db.transaction() as tx:
        first = await start_break(tx, FRAN, "2026-03-13T09:00:00Z", "2026-03-10T09:00:00Z")
    assert await repo.away("2026-03-10T08:59:59Z") == frozenset()
    assert await repo.away("2026-03-12T00:00:00Z") == frozenset({FRAN})
    assert await repo.away("2026-03-13T09:00:00Z") == frozenset()
    running = await repo.current(FRAN, "2026-03-11T00:00:00Z")
    assert running is not None
    assert running.id == first
    assert await repo.due("2026-03-13T08:00:00Z") == []
    [due] = await repo.due("2026-03-13T09:00:00Z")
    assert due.id == first
    async with db.transaction() as tx:
        assert await end_break(tx, first, None, "2026-03-13T09:00:01Z")
        assert not await end_break(tx, first, None, "2026-03-13T09:00:02Z")
    assert await repo.due("2026-03-14T00:00:00Z") == []


async def test_a_new_break_ends_the_running_one(db: Database) -> None:
    """Starting again replaces the running break: one at a time per person."""
    repo = BreakRepository(db)
    async with db.transaction() as tx:
        await start_break(tx, FRAN, "2026-03-20T00:00:00Z", "2026-03-10T09:00:00Z")
        second = await start_break(tx, FRAN, "2026-03-12T00:00:00Z", "2026-03-10T10:00:00Z")
    running = await repo.current(FRAN, "2026-03-11T00:00:00Z")
    assert running is not None
    assert running.id == second
    assert len(await repo.of(FRAN)) == 2


async def _flag(db: Database, tier: str, taker: int, at: str) -> None:
    """A flag of a tier that `taker` acknowledged at `at`."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "INSERT INTO flags (tier, category, rules, raised_at, last_seen_at)"
            " VALUES (?, 'self_harm', '[]', ?, ?)",
            (tier, at, at),
        )
        await tx.execute(
            "INSERT INTO flag_events (flag_id, at, kind, actor_id)"
            " VALUES (?, ?, 'acknowledged', ?)",
            (cursor.lastrowid, at, taker),
        )


async def test_taken_counts_only_urgent_flags_in_the_window(db: Database) -> None:
    """High and imminent flags taken since the window's start count; concern and older do not."""
    await _flag(db, "imminent", FRAN, "2026-03-09T10:00:00Z")
    await _flag(db, "high", FRAN, "2026-03-09T11:00:00Z")
    await _flag(db, "concern", FRAN, "2026-03-09T12:00:00Z")
    await _flag(db, "imminent", FRAN, "2026-02-01T12:00:00Z")
    await _flag(db, "high", COLE, "2026-03-09T12:00:00Z")
    counts = await taken_counts(db, [FRAN, COLE, 99], "2026-03-03T00:00:00Z")
    assert counts == {FRAN: 2, COLE: 1}
    async with db.transaction() as tx:
        assert await taken_count_in(tx, FRAN, "2026-03-03T00:00:00Z") == 2
        assert await claim_cap_note(tx, FRAN, "2026-W11", "2026-03-10T00:00:00Z")
        assert not await claim_cap_note(tx, FRAN, "2026-W11", "2026-03-11T00:00:00Z")
        assert await claim_cap_note(tx, FRAN, "2026-W12", "2026-03-17T00:00:00Z")


async def test_forget_erases_breaks_and_cap_notes(db: Database) -> None:
    """/forget: the person's breaks and notes about them go, others' stay."""
    async with db.transaction() as tx:
        await start_break(tx, FRAN, "2026-03-13T09:00:00Z", "2026-03-10T09:00:00Z")
        await start_break(tx, COLE, "2026-03-13T09:00:00Z", "2026-03-10T09:00:00Z")
        await claim_cap_note(tx, FRAN, "2026-W11", "2026-03-10T00:00:00Z")
        await erase_breaks(tx, FRAN)
    assert await BreakRepository(db).of(FRAN) == []
    assert len(await BreakRepository(db).of(COLE)) == 1
    assert await db.fetch_all("SELECT * FROM alert_cap_notes") == []
