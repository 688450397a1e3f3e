"""Announcements in storage: created with their outbox rows at once, counted, cancelled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.delivery.pacing import Priority
from bot.domain.messages import OutgoingText
from bot.domain.models import Member
from bot.domain.questions import OpenQuestion
from bot.domain.sends import SendKind
from bot.storage.announcements import (
    AnnouncementDraft,
    AnnouncementRepository,
    Recipient,
    erase_announcement_author,
)
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.members import MemberRepository
from bot.storage.outbox import OutboxRepository, enqueue
from bot.storage.questions import QuestionRepository, erase_questions
from tests.storage.conftest import group_columns
from tests.storage.test_repositories import NOW, group

GROUP, OTHER_GROUP, AUTHOR = -100_500, -100_600, 900


def _member(user_id: int, language: str = "en") -> Member:
    """A consented member in the given language."""
    return Member(user_id, "M", None, language, "UTC", NOW, 1, False, None, NOW, NOW)


def _render(language: str) -> OutgoingText:
    """A copy naming the language (to check each member gets their own)."""
    return OutgoingText(f"[{language}] hello")


async def _seed(db: Database) -> AnnouncementRepository:
    """Two groups; members 1..4 in GROUP (3 Spanish, 4 stopped), member 5 in the other."""
    groups, members = GroupRepository(db), MemberRepository(db)
    await groups.upsert(group(GROUP, "c1"))
    await groups.upsert(group(OTHER_GROUP, "c2"))
    for user_id, language in ((1, "en"), (2, "en"), (3, "es")):
        await members.add(_member(user_id, language))
        await members.join_group(user_id, GROUP, NOW)
    await members.add(_member(4))
    await members.set_scheduled_stopped(4, True, NOW)
    await members.join_group(4, GROUP, NOW)
    await members.add(_member(5))
    await members.join_group(5, OTHER_GROUP, NOW)
    return AnnouncementRepository(db, QuestionRepository(db))


async def _outbox(db: Database) -> list[tuple[object, ...]]:
    """Every outbox row's key, chat, priority and text."""
    rows = await db.fetch_all(
        "SELECT dedup_key, chat_id, priority, json_extract(payload, '$.text') FROM outbox"
        " ORDER BY dedup_key"
    )
    return [tuple(row) for row in rows]


async def test_recipients_leave_out_stopped_members_and_other_groups(db: Database) -> None:
    """Recipients are the group's members who have not /stop'ped, with their languages."""
    repo = await _seed(db)
    assert await repo.recipients(GROUP) == [
        Recipient(1, "en"),
        Recipient(2, "en"),
        Recipient(3, "es"),
    ]


async def test_create_writes_announcement_rows_audit_in_one_go(db: Database) -> None:
    """The announcement, one BROADCAST row per member in their language and the audit commit."""
    repo = await _seed(db)
    await repo.save_draft(AnnouncementDraft(AUTHOR, GROUP, "preview", "hello"), NOW)
    recipients = await repo.recipients(GROUP)
    made = await repo.create(GROUP, AUTHOR, "hello", recipients, _render, Priority.BROADCAST, NOW)
    assert (made.status, made.total, made.text, made.author_id) == ("sending", 3, "hello", AUTHOR)
    assert await _outbox(db) == [
        (f"ann:{made.id}:1", 1, Priority.BROADCAST, "[en] hello"),
        (f"ann:{made.id}:2", 2, Priority.BROADCAST, "[en] hello"),
        (f"ann:{made.id}:3", 3, Priority.BROADCAST, "[es] hello"),
    ]
    audit = await db.fetch_all("SELECT actor_id, action, group_id, subject FROM audit_log")
    assert [tuple(row) for row in audit] == [(AUTHOR, "announce.send", GROUP, str(made.id))]
    assert await repo.draft(AUTHOR) is None, "the draft went with the send"


async def test_create_rolls_back_entirely_on_failure(db: Database) -> None:
    """A failure while queuing leaves no announcement, no outbox row and no audit row."""
    repo = await _seed(db)

    def broken(language: str) -> OutgoingText:
        """Fail for Spanish, after the English rows were queued."""
        if language == "es":
            raise RuntimeError("render failed")
        return _render(language)

    with pytest.raises(RuntimeError):
        await repo.create(
            GROUP, AUTHOR, "x", await repo.recipients(GROUP), broken, Priority.BROADCAST, NOW
        )
    for table in ("announcements", "outbox", "audit_log"):
        row = await db.fetch_one(f"SELECT COUNT(*) FROM {table}")
        assert row is not None
        assert row[0] == 0, table


async def test_counts_by_key_range_separate_blocked_and_other_failures(db: Database) -> None:
    """Delivered, blocked (Forbidden), failed and pending come from this announcement's rows."""
    repo = await _seed(db)
    first = await repo.create(
        GROUP, AUTHOR, "a", await repo.recipients(GROUP), _render, Priority.BROADCAST, NOW
    )
    # Announcement 1's neighbours in key order ('ann:10:…', 'ann:1;') must not be counted.
    async with db.transaction() as tx:
        for key in (f"ann:{first.id}0:1", f"ann:{first.id};x", "ann:"):
            await enqueue(
                tx,
                kind=SendKind.ANNOUNCEMENT,
                dedup_key=key,
                chat_id=9,
                method="sendMessage",
                params={},
                priority=3,
                now=NOW,
            )
    outbox = OutboxRepository(db)
    ids = {row[1]: row[0] for row in await db.fetch_all("SELECT id, dedup_key FROM outbox")}
    await outbox.mark_sent_many([ids[f"ann:{first.id}:1"]], NOW)
    await outbox.mark_failed(ids[f"ann:{first.id}:2"], NOW, "Forbidden")
    counts = await repo.counts(first)
    assert (counts.delivered, counts.blocked, counts.failed, counts.pending) == (1, 1, 0, 1)
    await outbox.mark_failed(ids[f"ann:{first.id}:3"], NOW, "BadRequest")
    counts = await repo.counts(first)
    assert (counts.delivered, counts.blocked, counts.failed, counts.pending) == (1, 1, 1, 0)
    plan = await db.fetch_all(
        "EXPLAIN QUERY PLAN SELECT COUNT(sent_at) FROM outbox"
        " WHERE dedup_key >= ? AND dedup_key < ?",
        ("ann:1:", "ann:1;"),
    )
    assert any("INDEX sqlite_autoindex_outbox" in str(row[3]) for row in plan), "UNIQUE index"


async def test_cancel_drops_only_unsent_rows_of_that_announcement(db: Database) -> None:
    """Cancel drops this announcement's unsent rows, keeps sent ones and other announcements."""
    repo = await _seed(db)
    recipients = await repo.recipients(GROUP)
    first = await repo.create(GROUP, AUTHOR, "a", recipients, _render, Priority.BROADCAST, NOW)
    second = await repo.create(GROUP, AUTHOR, "b", recipients, _render, Priority.BROADCAST, NOW)
    sent = await db.fetch_one("SELECT id FROM outbox WHERE dedup_key = ?", (f"ann:{first.id}:1",))
    assert sent is not None
    await OutboxRepository(db).mark_sent_many([sent[0]], NOW)
    assert await repo.cancel(first.id, 77, NOW)
    keys = [str(row[0]) for row in await _outbox(db)]
    assert keys == [f"ann:{first.id}:1"] + [f"ann:{second.id}:{n}" for n in (1, 2, 3)]
    cancelled = await repo.get(first.id)
    assert cancelled is not None
    assert (cancelled.status, cancelled.text, cancelled.finished_at) == ("cancelled", None, NOW)
    counts = await repo.counts(cancelled)
    assert (counts.delivered, counts.pending, counts.not_sent) == (1, 0, 2)
    audit = await db.fetch_all("SELECT actor_id, action FROM audit_log WHERE action LIKE '%cancel'")
    assert [tuple(row) for row in audit] == [(77, "announce.cancel")]
    assert not await repo.cancel(first.id, 77, NOW), "a second cancel changes nothing"
    assert [a.id for a in await repo.sending()] == [second.id]


async def test_finish_drops_text_and_erase_clears_author(db: Database) -> None:
    """Finishing keeps counts but not the text; /forget clears the author and their draft."""
    repo = await _seed(db)
    made = await repo.create(
        GROUP, AUTHOR, "a", await repo.recipients(GROUP), _render, Priority.BROADCAST, NOW
    )
    await repo.set_progress_message(made.id, AUTHOR, 55)
    assert await repo.finish(made.id, NOW)
    assert not await repo.finish(made.id, NOW)
    await repo.save_draft(AnnouncementDraft(AUTHOR, GROUP, "text", None), NOW)
    async with db.transaction() as tx:  # as /forget does: the draft is the open question
        await erase_announcement_author(tx, AUTHOR)
        await erase_questions(tx, AUTHOR)
    done = await repo.get(made.id)
    assert done is not None
    assert (done.status, done.text, done.author_id, done.progress_chat_id) == (
        "done",
        None,
        None,
        None,
    )
    assert await repo.draft(AUTHOR) is None


async def test_a_draft_is_the_authors_open_question(db: Database) -> None:
    """A draft is the author's question for an hour; one older than `since` is dropped."""
    repo = await _seed(db)
    questions = repo.drafts.questions
    await repo.save_draft(AnnouncementDraft(AUTHOR, GROUP, "text", None), NOW)
    stored = await questions.get(AUTHOR)
    assert stored is not None
    assert (stored.kind, stored.step, stored.data) == (
        "announcement",
        "text",
        {"group_id": GROUP, "text": None},
    )
    assert stored.expires_at - stored.asked_at == timedelta(hours=1)
    await repo.save_draft(AnnouncementDraft(AUTHOR, GROUP, "preview", "hello"), NOW)
    assert await repo.draft(AUTHOR, since=NOW) == AnnouncementDraft(
        AUTHOR, GROUP, "preview", "hello"
    )
    assert await repo.draft(AUTHOR, since="2026-11-22T10:00:01Z") is None
    assert await questions.get(AUTHOR) is None, "the stale draft was dropped"
    assert not await repo.delete_draft(AUTHOR)


async def test_a_draft_reads_only_an_announcement_question(db: Database) -> None:
    """Another open question is no draft, and deleting a draft leaves it alone."""
    repo = await _seed(db)
    questions = repo.drafts.questions
    asked = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
    await questions.replace(AUTHOR, OpenQuestion("timezone", asked, asked + timedelta(days=1)))
    assert await repo.draft(AUTHOR) is None
    assert not await repo.delete_draft(AUTHOR)
    kept = await questions.get(AUTHOR)
    assert kept is not None
    assert kept.kind == "timezone"


async def test_a_draft_follows_its_group_to_a_supergroup(db: Database) -> None:
    """When the group becomes a supergroup, the draft names the new chat id."""
    repo = await _seed(db)
    await repo.save_draft(AnnouncementDraft(AUTHOR, GROUP, "text", None), NOW)
    assert await GroupRepository(db).migrate(GROUP, -1_000_500, group_columns())
    draft = await repo.draft(AUTHOR)
    assert draft is not None
    assert draft.group_id == -1_000_500
