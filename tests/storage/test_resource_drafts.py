"""Resource drafts kept as their author's open question: saved, read back, replaced, dropped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.models import Group
from bot.domain.questions import OpenQuestion
from bot.resources.models import Draft
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.questions import QuestionRepository
from bot.storage.resource_drafts import DraftRepository
from tests.storage.conftest import group_columns

USER, GROUP, SUPERGROUP = 55, -100_1, -1_000_000_000_777
NOW = "2026-03-01T12:00:00Z"


async def test_a_draft_is_the_persons_open_question(db: Database) -> None:
    """Saved as a "resource" question (exactly group, resource and fields), read back whole."""
    questions = QuestionRepository(db)
    drafts = DraftRepository(questions)
    draft = Draft(USER, GROUP, None, "phone", {"name": "Food bank", "category": "food"})
    await drafts.save(draft, NOW)
    assert await drafts.get(USER) == Draft(
        USER, GROUP, None, "phone", {"name": "Food bank", "category": "food"}, NOW
    )
    question = await questions.get(USER)
    assert question is not None
    assert (question.kind, question.step) == ("resource", "phone")
    assert question.data == {
        "group_id": GROUP,
        "resource_id": None,
        "fields": {"name": "Food bank", "category": "food"},
    }
    assert question.expires_at - question.asked_at == timedelta(days=7)


async def test_an_edit_draft_keeps_its_resource(db: Database) -> None:
    """A draft editing one field names the resource it changes."""
    drafts = DraftRepository(QuestionRepository(db))
    await drafts.save(Draft(USER, GROUP, "c1-food-bank", "edit:phone", {}), NOW)
    assert await drafts.get(USER) == Draft(USER, GROUP, "c1-food-bank", "edit:phone", {}, NOW)
    assert await drafts.delete(USER)
    assert not await drafts.delete(USER)
    assert await drafts.get(USER) is None


async def test_another_question_replaces_the_draft_and_is_not_dropped_by_it(db: Database) -> None:
    """A question of another kind is no resource draft: not read, not deleted as one."""
    questions = QuestionRepository(db)
    drafts = DraftRepository(questions)
    await drafts.save(Draft(USER, GROUP, None, "name", {}), NOW)
    asked = datetime(2026, 3, 1, 12, 5, tzinfo=UTC)
    await questions.replace(USER, OpenQuestion("timezone", asked, asked + timedelta(days=1)))
    assert await drafts.get(USER) is None
    assert not await drafts.delete(USER)
    still = await questions.get(USER)
    assert still is not None
    assert still.kind == "timezone"


async def test_a_draft_follows_its_group_to_a_supergroup(db: Database) -> None:
    """A group upgraded to a supergroup keeps the draft being written for it."""
    groups = GroupRepository(db)
    await groups.upsert(
        Group(GROUP, "Circle", "group", "code12345678", "UTC", "en", USER, "member", NOW)
    )
    drafts = DraftRepository(QuestionRepository(db))
    await drafts.save(Draft(USER, GROUP, None, "phone", {"name": "Food bank"}), NOW)
    assert await groups.migrate(GROUP, SUPERGROUP, group_columns())
    assert await drafts.get(USER) == Draft(
        USER, SUPERGROUP, None, "phone", {"name": "Food bank"}, NOW
    )
