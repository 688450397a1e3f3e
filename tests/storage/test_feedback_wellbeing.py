"""Feedback and wellbeing tables: answers without a member, asks that go, consent first."""

from __future__ import annotations

from bot.domain.models import Member
from bot.feedback.storage import FeedbackRepository, erase_feedback_asks
from bot.storage.db import Database
from bot.storage.members import MemberRepository
from bot.wellbeing.storage import WellbeingRepository, erase_wellbeing

ROBIN, SAM = 81, 82
NOW = "2026-12-07T12:00:00Z"


async def _members(db: Database) -> None:
    """Two members."""
    for user_id in (ROBIN, SAM):
        member = Member(user_id, "R", None, "en", "UTC", NOW, 1, False, None, NOW, NOW)
        await MemberRepository(db).add(member)


async def _meeting(db: Database) -> int:
    """A group and one meeting of it (through the schema, as the repositories need)."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
            " bot_status, created_at) VALUES (-1001, 'G', 'group', 'c1', 'UTC', 'en', 'member', ?)",
            (NOW,),
        )
        cursor = await tx.execute(
            "INSERT INTO meetings (group_id, slug, name, frequency, start_date, start_time,"
            " duration_minutes, timezone, updated_at) VALUES (-1001, 'm', 'M', 'weekly',"
            " '2026-12-01', '19:00', 60, 'UTC', ?)",
            (NOW,),
        )
        return int(cursor.lastrowid or 0)


async def test_feedback_answers_have_no_member_column(db: Database) -> None:
    """The answers table holds the meeting, the week and two scores: nothing naming anyone."""
    rows = await db.fetch_all("SELECT name FROM pragma_table_info('feedback_answers')")
    assert [row[0] for row in rows] == ["meeting_id", "week", "felt_safe", "felt_heard"]


async def test_an_answer_forgets_the_ask_and_is_taken_once(db: Database) -> None:
    """Answering deletes who was asked and keeps the scores; a second answer is refused."""
    await _members(db)
    meeting = await _meeting(db)
    repo = FeedbackRepository(db)
    async with db.transaction() as tx:
        assert await repo.start_round(tx, meeting, "2026-12-07", NOW)
        assert not await repo.start_round(tx, meeting, "2026-12-07", NOW)
        await repo.add_ask(tx, ROBIN, meeting, "2026-12-07", NOW)
        await repo.add_ask(tx, SAM, meeting, "2026-12-07", NOW)
    assert await repo.answer(ROBIN, meeting, "2026-12-07", "2026-W50", (4, 5))
    assert not await repo.answer(ROBIN, meeting, "2026-12-07", "2026-W50", (1, 1))
    assert await repo.answers_of_group(-1001, "2026-W01") == [(meeting, "2026-W50", 4, 5)]
    assert not await repo.was_asked(ROBIN, meeting, "2026-12-07")
    async with db.transaction() as tx:
        await erase_feedback_asks(tx, SAM)
    assert await db.fetch_all("SELECT * FROM feedback_asks") == []


async def test_old_asks_are_forgotten(db: Database) -> None:
    """Asks older than the cut are deleted, answered or not."""
    await _members(db)
    meeting = await _meeting(db)
    repo = FeedbackRepository(db)
    async with db.transaction() as tx:
        await repo.add_ask(tx, ROBIN, meeting, "2026-12-01", "2026-12-01T20:00:00Z")
        await repo.add_ask(tx, SAM, meeting, "2026-12-07", NOW)
    assert await repo.forget_old_asks("2026-12-05T00:00:00Z") == 1
    assert await repo.was_asked(SAM, meeting, "2026-12-07")


async def test_wellbeing_answers_need_consent_and_withdrawal_deletes_them(db: Database) -> None:
    """No answer is kept without "yes"; "no" later deletes them; /forget erases everything."""
    await _members(db)
    repo = WellbeingRepository(db)
    assert not await repo.save_answers(ROBIN, 0, (1, 2, 3, 0), NOW)
    async with db.transaction() as tx:
        assert await repo.mark_offered(tx, ROBIN, NOW)
        assert not await repo.mark_offered(tx, ROBIN, NOW)
    assert not await repo.save_answers(ROBIN, 0, (1, 2, 3, 0), NOW), "asked is not yes"
    await repo.set_consent(ROBIN, True, NOW)
    assert await repo.save_answers(ROBIN, 0, (1, 2, 3, 0), NOW)
    assert not await repo.save_answers(ROBIN, 0, (0, 0, 0, 0), NOW), "a wave is answered once"
    assert await repo.answers_of(ROBIN) == {0: (NOW, (1, 2, 3, 0))}
    await repo.set_consent(ROBIN, False, NOW)
    assert await repo.answers_of(ROBIN) == {}
    await repo.set_consent(SAM, True, NOW)
    await repo.save_answers(SAM, 0, (1, 1, 1, 1), NOW)
    async with db.transaction() as tx:
        await erase_wellbeing(tx, SAM)
    assert await repo.consent_of(SAM) is None
    assert await repo.answers_of(SAM) == {}
