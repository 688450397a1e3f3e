"""Feedback after a meeting through real handlers: asked once, after the end, stored anonymously."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.member import Forget
from bot.domain.clock import iso
from bot.domain.models import Person
from bot.feedback.figures import summarise
from bot.feedback.model import FeltHeard, FeltSafe, SkipFeedback
from bot.feedback.service import feedback_service
from bot.i18n import load_texts
from bot.meetings.models import TUESDAY, Frequency, Meeting, Recurrence
from bot.services.container import Services
from bot.stats.models import Hidden
from handlers.stats_texts import StatsWriter
from tests.handlers.conftest import ADMIN_ID, HandlerHarness

MEMBER = 650_000_001  # English, London, said yes
SOCIA = 650_000_002  # Spanish, Madrid, said yes, quiet hours 21:00-08:00
ABSENT = 650_000_003  # said no
STOPPED = 650_000_004  # said yes, then /stop
FACILITATOR = 650_000_005
# Tuesday 13 January 2026, 18:00 UTC; the circle meets 19:00-20:30 London time (UTC).
START = datetime(2026, 1, 13, 18, 0, tzinfo=UTC)
TUESDAY_13 = date(2026, 1, 13)


@pytest.fixture
def clock() -> ManualClock:
    """The fixed clock of the test, at START."""
    return ManualClock(START)


def services(harness: HandlerHarness) -> Services:
    """The application's services."""
    return services_of(harness.app)


async def world(harness: HandlerHarness) -> Meeting:
    """A group, its Tuesday circle, and four members' answers for 13 January."""
    core, service = harness.core, services(harness)
    people = (
        (MEMBER, "Mo", "en", "Europe/London"),
        (SOCIA, "Sol", "es", "Europe/Madrid"),
        (ABSENT, "Al", "en", "Europe/London"),
        (STOPPED, "Stu", "en", "Europe/London"),
        (FACILITATOR, "Fay", "en", "Europe/London"),
    )
    for user_id, name, language, zone in people:
        core.add_user(name, user_id, language_code=language)
        await service.members.consent(Person(user_id, name, None, language), language, zone)
    core.add_user("Ada", ADMIN_ID, language_code="en")
    group = core.add_group("Camden circle", bot_is_member=False)
    core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    stored = await service.groups.get(group.id)
    assert stored is not None
    await service.roles.roles.add_facilitator(group.id, FACILITATOR, ADMIN_ID, iso(START))
    meeting = await service.meetings.add(
        Meeting(
            id=0,
            group_id=group.id,
            slug="tuesday-circle",
            name="Tuesday circle",
            recurrence=Recurrence(Frequency.WEEKLY, date(2026, 1, 6), weekday=TUESDAY),
            start_time=time(19),
            duration_minutes=90,
            timezone="Europe/London",
            location="St Mary's Hall",
        ),
        by=FACILITATOR,
    )
    choices = service.meeting_choices
    for user_id in (MEMBER, SOCIA, STOPPED):
        await service.members.join_by_code(user_id, stored.invite_code)
        await choices.answer(meeting.id, TUESDAY_13, user_id, "yes")
    await choices.answer(meeting.id, TUESDAY_13, ABSENT, "no")
    await choices.set_quiet_hours(SOCIA, time(21), time(8))
    await harness.ask(STOPPED, "/stop")
    return meeting


async def asked(harness: HandlerHarness, clock: ManualClock, at: datetime) -> int:
    """Move the clock, run the feedback job and send what it queued; return how many it queued."""
    clock.now = at
    queued = await feedback_service(services(harness)).run_due()
    await harness.flush_outbox()
    return queued


def question_to(harness: HandlerHarness, user_id: int) -> StoredMessage | None:
    """The feedback question the member received, if any."""
    found = [m for m in harness.core.bot_messages(user_id) if "Tuesday circle" in (m.text or "")]
    return found[-1] if found else None


async def answers(harness: HandlerHarness) -> list[tuple[object, ...]]:
    """Every stored feedback answer, as rows."""
    rows = await services(harness).db.fetch_all("SELECT * FROM feedback_answers")
    return [tuple(row) for row in rows]


async def test_asked_once_after_the_end_and_stored_without_the_member(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Attendees who said yes are asked after the end (not during), once; the answer keeps only
    the meeting, the week and the two scores."""
    meeting = await world(harness)
    assert await asked(harness, clock, datetime(2026, 1, 13, 20, 0, tzinfo=UTC)) == 0
    assert await asked(harness, clock, datetime(2026, 1, 13, 20, 31, tzinfo=UTC)) == 2
    assert await asked(harness, clock, datetime(2026, 1, 13, 20, 45, tzinfo=UTC)) == 0
    question = question_to(harness, MEMBER)
    assert question is not None
    assert "How was Tuesday circle for you?" in (question.text or "")
    assert question_to(harness, ABSENT) is None
    assert question_to(harness, STOPPED) is None
    await harness.press(MEMBER, question, FeltSafe(meeting.id, TUESDAY_13, 4).pack())
    second = harness.core.message(MEMBER, question.message_id)
    assert "how heard" in (second.text or "")
    await harness.press(MEMBER, second, FeltHeard(meeting.id, TUESDAY_13, 4, 5).pack())
    assert "Thank you" in (harness.core.message(MEMBER, question.message_id).text or "")
    assert await answers(harness) == [(meeting.id, "2026-W03", 4, 5)]
    asks = await services(harness).db.fetch_all("SELECT user_id FROM feedback_asks")
    assert [row[0] for row in asks] == [SOCIA]
    # Nor does the question's delivery record say who was asked, once answered.
    keys = await services(harness).db.fetch_all(
        "SELECT dedup_key FROM outbox WHERE dedup_key LIKE 'feedback:%'"
    )
    assert [row[0] for row in keys] == [f"feedback:{meeting.id}:2026-01-13:{SOCIA}"]
    # A second answer (a replayed button) is refused and stores nothing.
    await harness.press(MEMBER, second, FeltHeard(meeting.id, TUESDAY_13, 1, 1).pack())
    assert len(await answers(harness)) == 1


async def test_quiet_hours_hold_the_question(harness: HandlerHarness, clock: ManualClock) -> None:
    """A member in quiet hours gets the question when they end, not at night."""
    await world(harness)
    await asked(harness, clock, datetime(2026, 1, 13, 20, 31, tzinfo=UTC))  # 21:31 in Madrid
    assert question_to(harness, SOCIA) is None
    clock.now = datetime(2026, 1, 14, 7, 1, tzinfo=UTC)  # 08:01 in Madrid
    await harness.flush_outbox()
    question = question_to(harness, SOCIA)
    assert question is not None
    assert "¿Qué tal fue Tuesday circle para ti?" in (question.text or "")


async def test_skip_stores_nothing_and_forgets_the_ask(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """ "Skip" keeps no answer and no trace of who was asked."""
    meeting = await world(harness)
    await asked(harness, clock, datetime(2026, 1, 13, 20, 31, tzinfo=UTC))
    question = question_to(harness, MEMBER)
    assert question is not None
    await harness.press(MEMBER, question, SkipFeedback(meeting.id, TUESDAY_13).pack())
    assert "No problem" in (harness.core.message(MEMBER, question.message_id).text or "")
    assert await answers(harness) == []
    rows = await services(harness).db.fetch_all(
        "SELECT 1 FROM feedback_asks WHERE user_id = ?", (MEMBER,)
    )
    assert rows == []


async def test_a_cancelled_occurrence_is_never_asked_about(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Nobody is asked about a meeting that was cancelled."""
    meeting = await world(harness)
    await services(harness).meetings.cancel(meeting.id, TUESDAY_13, None, FACILITATOR)
    assert await asked(harness, clock, datetime(2026, 1, 13, 20, 31, tzinfo=UTC)) == 0
    assert question_to(harness, MEMBER) is None


async def test_asks_are_forgotten_after_a_few_days_and_by_forget(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Who was asked goes after three days (answered or not) and at once with /forget."""
    meeting = await world(harness)
    await asked(harness, clock, datetime(2026, 1, 13, 20, 31, tzinfo=UTC))
    db = services(harness).db
    assert len(await db.fetch_all("SELECT 1 FROM feedback_asks")) == 2
    [confirm] = await harness.send(SOCIA, "/forget")
    await harness.press(SOCIA, confirm, Forget(True).pack())
    assert [tuple(r) for r in await db.fetch_all("SELECT user_id FROM feedback_asks")] == [
        (MEMBER,)
    ]
    await asked(harness, clock, datetime(2026, 1, 16, 20, 32, tzinfo=UTC))
    assert await db.fetch_all("SELECT 1 FROM feedback_asks") == []
    assert await db.fetch_all("SELECT 1 FROM outbox WHERE dedup_key LIKE 'feedback:%'") == []
    question = question_to(harness, MEMBER)
    assert question is not None
    await harness.press(MEMBER, question, FeltSafe(meeting.id, TUESDAY_13, 3).pack())
    assert "How was" in (harness.core.message(MEMBER, question.message_id).text or "")


async def _one_answer(
    harness: HandlerHarness, clock: ManualClock, *, safe: int, heard: int
) -> Meeting:
    """The Tuesday circle's members are asked after 13 January's meeting; one answers."""
    meeting = await world(harness)
    await asked(harness, clock, datetime(2026, 1, 13, 20, 31, tzinfo=UTC))
    question = question_to(harness, MEMBER)
    assert question is not None
    await harness.press(MEMBER, question, FeltHeard(meeting.id, TUESDAY_13, safe, heard).pack())
    return meeting


async def test_group_summary_hides_fewer_than_five_answers(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Facilitators' figure: one answer is hidden ("fewer than 5 people")."""
    meeting = await _one_answer(harness, clock, safe=5, heard=5)
    summary = await feedback_service(services(harness)).summary(meeting.group_id, 30)
    assert summary.felt_safe is Hidden.FEWER_THAN_5
    assert summary.felt_heard is Hidden.FEWER_THAN_5


async def test_stats_shows_feedback_only_as_a_guarded_average(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """/stats has a feedback line: one answer is "hidden (fewer than 5 people)", never a score."""
    await _one_answer(harness, clock, safe=2, heard=3)
    report = await harness.ask(FACILITATOR, "/stats")
    line = next(part for part in report.split("\n") if "How meetings felt" in part)
    assert line.count("hidden (fewer than 5 people)") == 2, line


def test_stats_writer_shows_averages_built_from_five_answers() -> None:
    """With 5 answers to one occurrence the line shows the averages, in the reader's numbers."""
    texts = load_texts(Path(__file__).resolve().parents[2] / "content")
    five = summarise([(1, "2026-W03", 4, 5)] * 4 + [(1, "2026-W03", 5, 3)])
    assert "safe 4.2 · heard 4.6" in StatsWriter(texts, "en").feedback(five)
    assert "a salvo 4,2 · con escucha 4,6" in StatsWriter(texts, "es").feedback(five)
