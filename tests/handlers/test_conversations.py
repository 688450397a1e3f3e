"""Typed text goes to the conversation started last; a stale announcement takes nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.app import services_of
from bot.breaks.model import BreakUntil
from bot.devtools.clock import ManualClock
from bot.domain.buttons.checkins import AddNote, OtherTime, TimeMode
from bot.domain.buttons.meetings import AskQuietHours
from bot.domain.buttons.member import SettingsTimezone
from bot.domain.clock import iso
from bot.joingate.model import GateSetting, Setting
from bot.moderation.model import CardAction, CardButton
from bot.rules.model import Action, RulesButton
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


async def _store_answered_checkin(harness: HandlerHarness, user_id: int) -> date:
    """Store an answered check-in for today (UTC) and return its date."""
    services = services_of(harness.app)
    today = services.clock().date()
    now, later = iso(services.clock()), iso(services.clock() + timedelta(hours=12))
    async with services.db.transaction() as tx:
        await tx.execute(
            "INSERT OR IGNORE INTO checkins (user_id, local_date, asked_at, mood, answered_at,"
            " expires_at) VALUES (?, ?, ?, 3, ?, ?)",
            (user_id, today.isoformat(), now, now, later),
        )
    return today


async def test_a_note_asked_for_after_an_announcement_draft_is_kept_as_a_note(
    harness: HandlerHarness,
) -> None:
    """/announce waits for text, then 'Add a note': the typed text is the note, not a preview."""
    await _ready(harness)
    [ask] = await harness.send(FACILITATOR, "/announce")
    assert "What should the members" in _text(ask)
    await _ask_note(harness)
    [saved] = await harness.send(FACILITATOR, NOTE)
    assert "Announcement" not in _text(saved)
    assert await _note_of(harness, FACILITATOR) == NOTE
    draft = await services_of(harness.app).announcements.draft(FACILITATOR)
    assert draft is None, "the note put the draft aside"


async def test_starting_a_conversation_stops_waiting_for_a_note(harness: HandlerHarness) -> None:
    """'Add a note', then /announce: the typed text is the announcement, no note is kept."""
    await _ready(harness)
    await _ask_note(harness)
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
        assert await services.questions.repo.get(FACILITATOR) is None, "the stale draft is gone"


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


# -- one current question: every pair of questions a person can have open at once ------------


@dataclass(frozen=True)
class Question:
    """How to ask the facilitator one question, what they type back, and where it must land."""

    kind: str
    ask: Callable[[HandlerHarness], Awaitable[None]]
    answer: str
    landed: Callable[[HandlerHarness], Awaitable[bool]]


async def _press_on_help(harness: HandlerHarness, command: str, data: str) -> None:
    """Send a command, then press a button with `data` on the bot's answer."""
    replies = await harness.send(FACILITATOR, command)
    await harness.press(FACILITATOR, replies[-1], data)


async def _ask_note(harness: HandlerHarness) -> None:
    """Answer today's check-in, then press 'Add a note' as the member would."""
    today = await _store_answered_checkin(harness, FACILITATOR)
    await _press_on_help(harness, "/help", AddNote(today).pack())


async def _last_text(harness: HandlerHarness) -> str:
    """The text of the last message the bot sent the facilitator, as it stands now."""
    chat = harness.core.bot_messages(FACILITATOR)
    return (chat[-1].plain_text or "") if chat else ""


async def _zone_is_lisbon(harness: HandlerHarness) -> bool:
    """The typed city became the time zone."""
    member = await services_of(harness.app).members.get(FACILITATOR)
    return member is not None and member.timezone == "Europe/Lisbon"


async def _quiet_set(harness: HandlerHarness) -> bool:
    """The typed hours became quiet hours."""
    member = await services_of(harness.app).members.get(FACILITATOR)
    return member is not None and (member.quiet_start, member.quiet_end) == ("22:30", "06:30")


async def _days_asked(harness: HandlerHarness) -> bool:
    """The typed time moved the check-in set-up on to its days."""
    return "on which days" in await _last_text(harness)


async def _note_kept(harness: HandlerHarness) -> bool:
    """The typed text was kept as the check-in's note."""
    return await _note_of(harness, FACILITATOR) == NOTE


async def _announcement_text(harness: HandlerHarness) -> bool:
    """The typed text became the announcement's text."""
    draft = await services_of(harness.app).announcements.draft(FACILITATOR)
    return draft is not None and draft.text == "Tea and cake on Friday"


async def _meeting_named(harness: HandlerHarness) -> bool:
    """The typed text became the new meeting's name."""
    draft = await services_of(harness.app).meeting_drafts.get(FACILITATOR)
    return draft is not None and draft.data.get("name") == "Thursday Circle"


async def _resource_named(harness: HandlerHarness) -> bool:
    """The typed text became the new resource's name."""
    draft = await services_of(harness.app).resources.draft(FACILITATOR)
    return draft is not None and draft.data.get("name") == "Food bank on Main St"


async def _ask_rules(harness: HandlerHarness) -> None:
    """/rules, then 'Write it' on the first group the facilitator facilitates."""
    [group_id, *_] = await services_of(harness.app).roles.roles.facilitated_groups(FACILITATOR)
    await _press_on_help(harness, "/rules", RulesButton(Action.EDIT, group_id).pack())


async def _rules_written(harness: HandlerHarness) -> bool:
    """The typed text became a group's agreement."""
    row = await services_of(harness.app).db.fetch_one(
        "SELECT 1 FROM group_rules WHERE text = ?", ("Phones on silent, one voice at a time.",)
    )
    return row is not None


# Someone in the facilitator's group whose message a report card shows.
REPORTED = 5_550_000_777
REASON = "we keep the group free of ads"


async def _ask_moderation(harness: HandlerHarness) -> None:
    """'Warn' on a report card: the facilitator is asked for the reason."""
    [group_id, *_] = await services_of(harness.app).roles.roles.facilitated_groups(FACILITATOR)
    card = CardButton(CardAction.WARN, group_id, 1, REPORTED).pack()
    await _press_on_help(harness, "/help", card)


async def _warned(harness: HandlerHarness) -> bool:
    """The typed reason became a warning's reason."""
    row = await services_of(harness.app).db.fetch_one(
        "SELECT 1 FROM moderation_actions WHERE reason = ?", (REASON,)
    )
    return row is not None


async def _ask_gate_wording(harness: HandlerHarness) -> None:
    """/gate, then 'Word the question' on the first group the facilitator facilitates."""
    [group_id, *_] = await services_of(harness.app).roles.roles.facilitated_groups(FACILITATOR)
    await _press_on_help(harness, "/gate", GateSetting(Setting.WORD, group_id).pack())


async def _gate_worded(harness: HandlerHarness) -> bool:
    """The typed text became the gate's question."""
    row = await services_of(harness.app).db.fetch_one(
        "SELECT 1 FROM join_gates WHERE question = ?", ("What would you like from us?",)
    )
    return row is not None


WORRY = "Sam has gone very quiet since Tuesday"


async def _worry_passed_on(harness: HandlerHarness) -> bool:
    """The typed text was passed on as a worry about someone (/worried)."""
    row = await services_of(harness.app).db.fetch_one(
        "SELECT 1 FROM peer_reports WHERE reason = ?", (WORRY,)
    )
    return row is not None


async def _break_taken(harness: HandlerHarness) -> bool:
    """The typed date started a break (/break, "Until a date")."""
    row = await services_of(harness.app).db.fetch_one("SELECT 1 FROM facilitator_breaks")
    return row is not None


async def _send_command(harness: HandlerHarness, command: str) -> None:
    """Send a command whose answer is the question."""
    await harness.send(FACILITATOR, command)


QUESTIONS = {
    question.kind: question
    for question in (
        Question(
            "timezone",
            lambda h: _press_on_help(h, "/settings", SettingsTimezone().pack()),
            "Lisbon",
            _zone_is_lisbon,
        ),
        Question(
            "quiet_hours",
            lambda h: _press_on_help(h, "/reminders", AskQuietHours().pack()),
            "22:30-06:30",
            _quiet_set,
        ),
        Question(
            "time",
            lambda h: _press_on_help(h, "/checkin", OtherTime(TimeMode.NEW).pack()),
            "21:15",
            _days_asked,
        ),
        Question("note", _ask_note, NOTE, _note_kept),
        Question(
            "announcement",
            lambda h: _send_command(h, "/announce"),
            "Tea and cake on Friday",
            _announcement_text,
        ),
        Question(
            "meeting", lambda h: _send_command(h, "/addmeeting"), "Thursday Circle", _meeting_named
        ),
        Question(
            "resource",
            lambda h: _send_command(h, "/addresource"),
            "Food bank on Main St",
            _resource_named,
        ),
        Question("rules", _ask_rules, "Phones on silent, one voice at a time.", _rules_written),
        Question("moderation", _ask_moderation, REASON, _warned),
        Question("gate_wording", _ask_gate_wording, "What would you like from us?", _gate_worded),
        Question("worried", lambda h: _send_command(h, "/worried"), WORRY, _worry_passed_on),
        Question(
            "break",
            lambda h: _press_on_help(h, "/break", BreakUntil().pack()),
            "tomorrow",
            _break_taken,
        ),
    )
}
PAIRS = [(first, second) for first in QUESTIONS for second in QUESTIONS if first != second]


@pytest.mark.parametrize(("first", "second"), PAIRS)
async def test_the_answer_goes_to_the_question_asked_last(
    harness: HandlerHarness, first: str, second: str
) -> None:
    """Two questions open at once: the typed answer reaches the later one only, the earlier
    one is dropped (a started draft is named to the person), and nothing else took it."""
    await _ready(harness)
    earlier, later = QUESTIONS[first], QUESTIONS[second]
    await earlier.ask(harness)
    mark = harness.core.mark()
    await later.ask(harness)
    said = [m.plain_text or "" for m in harness.new_messages(FACILITATOR, mark.message_seq)]
    if first in ("announcement", "meeting", "resource"):
        assert any("put aside" in text for text in said), said
    await harness.send(FACILITATOR, later.answer)
    assert await later.landed(harness), (first, second, await _last_text(harness))
    await harness.send(FACILITATOR, earlier.answer)
    assert not await earlier.landed(harness), f"the dropped {first} question took its answer"


def test_the_pairs_cover_every_question_both_ways() -> None:
    """Twelve questions, each before and after every other: 132 ordered pairs."""
    assert len(PAIRS) == 132
    assert {first for first, _ in PAIRS} == set(QUESTIONS) == {second for _, second in PAIRS}


async def test_an_open_question_survives_a_restart(tmp_path: Path) -> None:
    """Asked for a time zone, the bot restarts: the typed city still answers the question."""
    async with running_app(tmp_path) as harness:
        await _ready(harness)
        await QUESTIONS["timezone"].ask(harness)
    async with running_app(tmp_path) as restarted:
        restarted.core.add_user("Fran", FACILITATOR)  # a new emulator: the same person again
        await restarted.send(FACILITATOR, "Lisbon")
        assert await _zone_is_lisbon(restarted)


async def test_a_lapsed_time_question_takes_no_answer(tmp_path: Path) -> None:
    """'Other time…' left for longer than it waits: a typed time is no longer its answer."""
    clock = ManualClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    async with running_app(tmp_path, clock=clock) as harness:
        await _ready(harness)
        await QUESTIONS["time"].ask(harness)
        clock.now += timedelta(minutes=11)
        await harness.send(FACILITATOR, "21:15")
        assert not await _days_asked(harness)
        assert await services_of(harness.app).questions.current(FACILITATOR) is None


async def test_answering_closes_the_question(harness: HandlerHarness) -> None:
    """Once the quiet hours are set, the question is closed: the same text again is not taken."""
    await _ready(harness)
    await QUESTIONS["quiet_hours"].ask(harness)
    questions = services_of(harness.app).questions
    assert (await questions.current(FACILITATOR)) is not None
    await harness.send(FACILITATOR, "22:30-06:30")
    assert await _quiet_set(harness)
    assert await questions.current(FACILITATOR) is None
