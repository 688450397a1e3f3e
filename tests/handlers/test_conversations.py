"""Typed text goes to the conversation started last; a stale announcement takes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.domain.clock import iso
from handlers.announce_progress import refresh, start
from tests.handlers.conftest import HandlerHarness, running_app
from tests.handlers.test_announce import _preview, _ready, _text
from tests.handlers.test_crisis_flow import FACILITATOR

NOTE = "slept badly, the meeting helped"


async def _note_of(harness: HandlerHarness, user_id: int) -> object:
    """The note stored on the member's check-ins, if any."""
    row = await services_of(harness.app).db.fetch_one(
        "SELECT note FROM checkins WHERE user_id = ? AND note IS NOT NULL", (user_id,)
    )
    return row[0] if row is not None else None


async def _answered_checkin(harness: HandlerHarness, user_id: int) -> None:
    """Store an answered check-in for today and wait for its note (as 'Add a note' does)."""
    services = services_of(harness.app)
    today = services.clock().date()
    now, later = iso(services.clock()), iso(services.clock() + timedelta(hours=12))
    async with services.db.transaction() as tx:
        await tx.execute(
            "INSERT INTO checkins (user_id, local_date, asked_at, mood, answered_at, expires_at)"
            " VALUES (?, ?, ?, 3, ?, ?)",
            (user_id, today.isoformat(), now, now, later),
        )
    assert await services.checkins.start_note(user_id, today)


async def test_a_note_asked_for_after_an_announcement_draft_is_kept_as_a_note(
    harness: HandlerHarness,
) -> None:
    """/announce waits for text, then 'Add a note': the typed text is the note, not a preview."""
    await _ready(harness)
    [ask] = await harness.send(FACILITATOR, "/announce")
    assert "What should the members" in _text(ask)
    await _answered_checkin(harness, FACILITATOR)
    [saved] = await harness.send(FACILITATOR, NOTE)
    assert "Announcement" not in _text(saved)
    assert await _note_of(harness, FACILITATOR) == NOTE
    draft = await services_of(harness.app).announcements.draft(FACILITATOR)
    assert draft is not None
    assert draft.text is None, "the note never reached the draft"


async def test_starting_a_conversation_stops_waiting_for_a_note(harness: HandlerHarness) -> None:
    """'Add a note', then /announce: the typed text is the announcement, no note is kept."""
    await _ready(harness)
    await _answered_checkin(harness, FACILITATOR)
    preview = await _preview(harness)
    assert "Announcement for Tuesday circle" in _text(preview)
    assert await _note_of(harness, FACILITATOR) is None


async def test_an_announcement_draft_left_for_an_hour_takes_no_text(tmp_path: Path) -> None:
    """After an hour untouched, typed text is not an announcement and the draft is gone."""
    clock = ManualClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    async with running_app(tmp_path, clock=clock) as harness:
        await _ready(harness)
        await harness.send(FACILITATOR, "/announce")
        clock.now += timedelta(hours=1, minutes=1)
        [answer] = await harness.send(FACILITATOR, "my private thoughts about today")
        assert "Announcement" not in _text(answer)
        services = services_of(harness.app)
        assert await services.announcements.draft(FACILITATOR) is None
        row = await services.db.fetch_one("SELECT COUNT(*) FROM announcement_drafts")
        assert row is not None
        assert row[0] == 0, "the stale draft was deleted"


async def test_one_progress_message_when_the_job_runs_before_start(
    harness: HandlerHarness,
) -> None:
    """The progress job showing it first means start() sends no second message."""
    await _ready(harness)
    preview = await _preview(harness)
    services = services_of(harness.app)
    mark = harness.core.mark()
    announcement = await services.announcements.send(FACILITATOR)
    assert announcement is not None
    assert await refresh(harness.app.bot, services) == 1
    context = SimpleNamespace(bot=harness.app.bot, services=services)
    await start(context, announcement)  # type: ignore[arg-type]
    progress = harness.new_messages(FACILITATOR, mark.message_seq)
    assert len(progress) == 1, [_text(message) for message in progress]
    assert preview.message_id != progress[0].message_id
