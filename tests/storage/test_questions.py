"""Each person has one open question: asking replaces it, it lapses, it is closed by kind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.devtools.clock import ManualClock
from bot.services.questions import QuestionService
from bot.storage.db import Database
from bot.storage.question_drafts import DraftStore
from bot.storage.questions import QuestionRepository, erase_questions

PERSON, OTHER = 41, 42


def _service(db: Database) -> tuple[QuestionService, ManualClock]:
    """A question service on the test database with a clock the test moves."""
    clock = ManualClock(datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    return QuestionService(QuestionRepository(db), clock), clock


async def test_asking_replaces_the_open_question(db: Database) -> None:
    """A second question replaces the first and says which one it replaced."""
    questions, _clock = _service(db)
    assert await questions.ask(PERSON, "timezone", {"origin": "s"}) is None
    replaced = await questions.ask(PERSON, "quiet_hours")
    assert replaced is not None
    assert (replaced.kind, replaced.data) == ("timezone", {"origin": "s"})
    current = await questions.current(PERSON)
    assert current is not None
    assert (current.kind, current.data) == ("quiet_hours", {})
    assert await questions.waiting(PERSON, "timezone") is None
    assert await questions.current(OTHER) is None


async def test_a_question_keeps_its_data_and_closes_by_kind(db: Database) -> None:
    """Closing another kind leaves the question; closing its own kind ends it."""
    questions, _clock = _service(db)
    await questions.ask(PERSON, "time", {"mode": "n"})
    assert not await questions.close(PERSON, "timezone")
    waiting = await questions.waiting(PERSON, "time")
    assert waiting is not None
    assert waiting.data == {"mode": "n"}
    assert await questions.close(PERSON, "time")
    assert await questions.current(PERSON) is None


async def test_a_question_lapses(db: Database) -> None:
    """After its lifetime a question is gone, whether read or swept."""
    questions, clock = _service(db)
    await questions.ask(PERSON, "time", lifetime=timedelta(minutes=10))
    await questions.ask(OTHER, "timezone")
    clock.now += timedelta(minutes=10)
    assert await questions.current(PERSON) is None
    assert await questions.current(OTHER) is not None
    clock.now += timedelta(days=1)
    assert await questions.close_lapsed() == 1
    assert await db.fetch_all("SELECT user_id FROM questions") == []


async def test_erasure_drops_the_persons_question_only(db: Database) -> None:
    """/forget's eraser removes the person's open question and no one else's."""
    questions, _clock = _service(db)
    await questions.ask(PERSON, "timezone")
    await questions.ask(OTHER, "timezone")
    async with db.transaction() as tx:
        await erase_questions(tx, PERSON)
    rows = await db.fetch_all("SELECT user_id FROM questions")
    assert [row[0] for row in rows] == [OTHER]


async def test_a_new_service_knows_the_stored_questions_after_loading(db: Database) -> None:
    """After a restart the stored questions are found again (the service loads who asked)."""
    questions, clock = _service(db)
    await questions.ask(PERSON, "timezone")
    restarted = QuestionService(QuestionRepository(db), clock)
    await restarted.load()
    current = await restarted.current(PERSON)
    assert current is not None
    assert current.kind == "timezone"
    assert await restarted.current(OTHER) is None


async def test_a_draft_is_the_open_question_of_its_kind(db: Database) -> None:
    """A draft saved at a step replaces any question and reads back; another kind's store
    neither sees nor drops it; a new question replaces it."""
    repo = QuestionRepository(db)
    meetings = DraftStore(repo, "meeting", timedelta(days=7))
    resources = DraftStore(repo, "resource", timedelta(days=7))
    questions = QuestionService(repo, ManualClock(datetime(2026, 12, 7, 9, 0, tzinfo=UTC)))
    await questions.ask(PERSON, "timezone")
    await meetings.save(PERSON, "name", {"group_id": -100}, "2026-12-07T09:00:00Z")
    draft = await meetings.load(PERSON)
    assert draft is not None
    assert (draft.kind, draft.step, draft.data) == ("meeting", "name", {"group_id": -100})
    assert draft.expires_at - draft.asked_at == timedelta(days=7)
    assert await questions.waiting(PERSON, "timezone") is None
    assert await resources.load(PERSON) is None
    assert not await resources.drop(PERSON)
    assert await meetings.load(PERSON) is not None
    replaced = await questions.ask(PERSON, "rules")
    assert replaced is not None
    assert (replaced.kind, replaced.step) == ("meeting", "name")
    assert await meetings.load(PERSON) is None
