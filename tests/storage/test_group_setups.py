"""Setup drafts and finished setups in the database: kept, applied, moved, erased."""

from __future__ import annotations

from bot.domain.group_setup import SetupDraft
from bot.domain.models import Group
from bot.storage.db import Database
from bot.storage.group_setups import GroupSetupRepository, apply_setup, erase_group_setups
from bot.storage.groups import GroupRepository
from tests.storage.conftest import group_columns

CHAT, NEW_CHAT, USER = -100_1, -1_000_000_000_777, 55
NOW = "2026-03-01T12:00:00+00:00"


def _group(title: str = "Chat title") -> Group:
    """A group as my_chat_member registers it."""
    return Group(CHAT, title, "group", "code12345678", "UTC", "en", USER, "member", NOW)


def _draft(step: str = "timezone") -> SetupDraft:
    """A setup with a new name, zone, language and reminder chosen."""
    return SetupDraft(USER, CHAT, step, "Chosen name", "Europe/Madrid", "es", 60, NOW)


async def test_draft_is_kept_replaced_and_dropped(db: Database) -> None:
    """One draft per person: saved, replaced by the next step, deleted once."""
    await GroupRepository(db).upsert(_group())
    drafts = GroupSetupRepository(db)
    await drafts.save(_draft())
    await drafts.save(_draft("language"))
    assert await drafts.get(USER) == _draft("language")
    assert await drafts.delete(USER)
    assert not await drafts.delete(USER)
    assert await drafts.get(USER) is None


async def test_finished_setup_applies_and_keeps_the_chosen_name(db: Database) -> None:
    """Applied in one transaction; a later membership update keeps the chosen title."""
    groups, drafts = GroupRepository(db), GroupSetupRepository(db)
    await groups.upsert(_group())
    await drafts.save(_draft("reminder"))
    async with db.transaction() as tx:
        assert await apply_setup(tx, _draft("reminder"), NOW)
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
    """A group that becomes a supergroup keeps its finished setup and the open draft."""
    groups, drafts = GroupRepository(db), GroupSetupRepository(db)
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
    assert draft.chat_id == NEW_CHAT


async def test_forget_and_group_removal_drop_the_draft(db: Database) -> None:
    """/forget erases the person's draft; removing the group drops its drafts."""
    groups, drafts = GroupRepository(db), GroupSetupRepository(db)
    await groups.upsert(_group())
    await drafts.save(_draft())
    async with db.transaction() as tx:
        await erase_group_setups(tx, USER)
    assert await drafts.get(USER) is None
    await drafts.save(_draft())
    await groups.remove(CHAT)
    assert await drafts.get(USER) is None
