"""Setup drafts and finished setups in the database: kept, applied, moved, dropped."""

from __future__ import annotations

from datetime import timedelta

from bot.domain.clock import iso, parse_iso
from bot.domain.group_setup import SetupDraft
from bot.domain.models import Group
from bot.domain.questions import OpenQuestion
from bot.storage.db import Database
from bot.storage.group_setups import GroupSetupRepository, apply_setup
from bot.storage.groups import GroupRepository
from bot.storage.questions import QuestionRepository, erase_questions
from tests.storage.conftest import group_columns

CHAT, NEW_CHAT, USER = -100_1, -1_000_000_000_777, 55
NOW = "2026-03-01T12:00:00Z"


def _group(title: str = "Chat title", created_at: str = NOW) -> Group:
    """A group as my_chat_member registers it."""
    return Group(CHAT, title, "group", "code12345678", "UTC", "en", USER, "member", created_at)


def _draft(step: str = "timezone", post_minutes: int | None = 60) -> SetupDraft:
    """A setup with a new name, zone, language and reminder chosen."""
    return SetupDraft(USER, CHAT, step, "Chosen name", "Europe/Madrid", "es", post_minutes, NOW)


def _repos(db: Database) -> tuple[GroupRepository, GroupSetupRepository, QuestionRepository]:
    """The groups, the setups and the questions they are kept as."""
    questions = QuestionRepository(db)
    return GroupRepository(db), GroupSetupRepository(db, questions=questions), questions


def _asked(kind: str, hours: int = 1) -> OpenQuestion:
    """A plain question asked at NOW, open for `hours`."""
    asked = parse_iso(NOW)
    return OpenQuestion(kind, asked, asked + timedelta(hours=hours))


async def test_draft_is_kept_replaced_and_dropped(db: Database) -> None:
    """One draft per person: saved, replaced by the next step, deleted once."""
    groups, drafts, _questions = _repos(db)
    await groups.upsert(_group())
    await drafts.save(_draft())
    await drafts.save(_draft("language", post_minutes=None))
    assert await drafts.get(USER) == _draft("language", post_minutes=None)
    assert await drafts.delete(USER)
    assert not await drafts.delete(USER)
    assert await drafts.get(USER) is None


async def test_draft_is_the_persons_open_question(db: Database) -> None:
    """Kept as a question of kind "setup" with its answers as data, for seven days."""
    groups, drafts, questions = _repos(db)
    await groups.upsert(_group())
    await drafts.save(_draft("name"))
    question = await questions.get(USER)
    assert question is not None
    assert (question.kind, question.step) == ("setup", "name")
    assert question.data == {
        "chat_id": CHAT,
        "title": "Chosen name",
        "timezone": "Europe/Madrid",
        "language": "es",
        "post_minutes": 60,
    }
    assert question.expires_at - question.asked_at == timedelta(days=7)
    assert await drafts.get(USER, parse_iso(NOW) + timedelta(days=6)) is not None
    assert await drafts.get(USER, parse_iso(NOW) + timedelta(days=7)) is None, "lapsed"
    assert await questions.get(USER) is None, "a lapsed setup is dropped when read"


async def test_another_question_replaces_the_draft_and_the_draft_replaces_it(
    db: Database,
) -> None:
    """Asking something else drops the setup; a setup step replaces the question asked."""
    groups, drafts, questions = _repos(db)
    await groups.upsert(_group())
    await drafts.save(_draft())
    await questions.replace(USER, _asked("timezone"))
    assert await drafts.get(USER) is None
    assert not await drafts.delete(USER), "the other question is not the setup's to drop"
    assert await questions.get(USER) is not None
    await drafts.save(_draft())
    assert await drafts.get(USER) == _draft()


async def test_an_offer_leaves_another_open_question_alone(db: Database) -> None:
    """Offered at its intro, a setup is kept only if no other question is open."""
    groups, drafts, questions = _repos(db)
    await groups.upsert(_group())
    await questions.replace(USER, _asked("meeting"))
    assert not await drafts.offer(_draft("intro"))
    kept = await questions.get(USER)
    assert kept is not None
    assert kept.kind == "meeting"
    await questions.replace(USER, _asked("meeting", hours=-1))
    assert await drafts.offer(_draft("intro")), "a lapsed question is no reason"
    assert await drafts.offer(_draft("intro")), "nor is an earlier setup"
    assert await drafts.get(USER) == _draft("intro")


async def test_a_question_that_is_no_setup_is_dropped(db: Database) -> None:
    """A setup question without its answers (asked, never saved) reads as none, and goes."""
    groups, drafts, questions = _repos(db)
    await groups.upsert(_group())
    await questions.replace(USER, _asked("setup"))
    assert await drafts.get(USER) is None
    assert await questions.get(USER) is None


async def test_finished_setup_applies_and_keeps_the_chosen_name(db: Database) -> None:
    """Applied in one transaction; a later membership update keeps the chosen title."""
    groups, drafts, _questions = _repos(db)
    await groups.upsert(_group())
    await drafts.save(_draft("reminder"))
    async with db.transaction() as tx:
        assert await apply_setup(tx, _draft("reminder"), NOW)
        await drafts.delete_in(tx, USER)
    stored = await groups.upsert(_group("Renamed chat"))
    assert (stored.title, stored.timezone, stored.language) == (
        "Chosen name",
        "Europe/Madrid",
        "es",
    )
    assert (stored.meeting_post_minutes, stored.setup_done_at) == (60, NOW)
    assert await drafts.get(USER) is None


async def test_title_follows_the_chat_until_setup(db: Database) -> None:
    """Before setup, the chat's new title is taken as before."""
    groups = GroupRepository(db)
    await groups.upsert(_group())
    assert (await groups.upsert(_group("Renamed chat"))).title == "Renamed chat"


async def test_supergroup_keeps_setup_and_draft(db: Database) -> None:
    """A group that becomes a supergroup keeps its finished setup; the open draft follows."""
    groups, drafts, _questions = _repos(db)
    await groups.upsert(_group())
    async with db.transaction() as tx:
        await apply_setup(tx, _draft("reminder"), NOW)
    await drafts.save(_draft())
    assert await groups.migrate(CHAT, NEW_CHAT, group_columns())
    moved = await groups.get(NEW_CHAT)
    assert moved is not None
    assert moved.setup_done_at == NOW
    draft = await drafts.get(USER)
    assert draft is not None
    assert (draft.chat_id, draft.title, draft.step) == (NEW_CHAT, "Chosen name", "timezone")


async def test_forget_and_group_removal_drop_the_draft(db: Database) -> None:
    """/forget erases the person's question, the draft with it; a removed group's is dropped."""
    groups, drafts, questions = _repos(db)
    await groups.upsert(_group())
    await drafts.save(_draft())
    async with db.transaction() as tx:
        await erase_questions(tx, USER)
    assert await drafts.get(USER) is None
    await drafts.save(_draft())
    await groups.remove(CHAT)
    assert await drafts.get(USER) is None
    assert await questions.get(USER) is None, "dropped when read"


async def test_a_group_removed_and_added_again_drops_the_earlier_draft(db: Database) -> None:
    """The bot removed and added back: a setup begun before is for a group that went away."""
    groups, drafts, _questions = _repos(db)
    await groups.upsert(_group())
    await drafts.save(_draft())
    await groups.remove(CHAT)
    later = iso(parse_iso(NOW) + timedelta(minutes=5))
    await groups.upsert(_group(created_at=later))
    assert await drafts.get(USER) is None
