"""Announcements: a facilitator's text to every member of a group, sent through the outbox."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso, parse_iso
from bot.domain.messages import OutgoingText
from bot.domain.models import Group
from bot.domain.progress import SendCounts, bar, eta_seconds, percent, rough_duration
from bot.formats.formatting import group_digits
from bot.i18n import Texts
from bot.services.groups import GroupService
from bot.services.members import MemberService
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.announcements import (
    DRAFT_KEEP,
    Announcement,
    AnnouncementDraft,
    AnnouncementRepository,
    key_prefix,
)
from bot.storage.db import Database

__all__ = [
    "DRAFT_KEEP",
    "MAX_TEXT",
    "Announcement",
    "AnnouncementDraft",
    "AnnouncementService",
    "ProgressView",
    "text_problem",
]
MAX_TEXT = 3500  # characters; the header and Telegram's 4,096 limit leave room for this much
PROGRESS_MIN_SECONDS = 3.0  # at most one edit of a progress message this often


@dataclass(frozen=True)
class ProgressView:
    """What an announcement's progress message should say now, and whether sending ended."""

    announcement: Announcement
    counts: SendCounts
    text: str
    finished: bool


def text_problem(text: str) -> str | None:
    """Why a typed announcement cannot be sent ('empty', 'too-long'), or None when it can."""
    if not text.strip():
        return "empty"
    if len(text) > MAX_TEXT:
        return "too-long"
    return None


class AnnouncementService:
    """Drafts, sending, progress and cancelling of announcements; callers pass who acts."""

    def __init__(
        self,
        db: Database,
        repo: AnnouncementRepository,
        groups: GroupService,
        roles: RoleService,
        members: MemberService,
        texts: Texts,
        clock: Clock,
        default_language: str,
        outbox: OutboxLink,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """Use storage, the group, role and member services, texts and clocks."""
        self.db = db
        self.repo = repo
        self.groups = groups
        self.roles = roles
        self.members = members
        self.texts = texts
        self.clock = clock
        self.default_language = default_language
        self.monotonic = monotonic
        # Wake the outbox worker; drop sends of a key prefix it holds in memory (set by the runner).
        self.outbox = outbox
        # Progress edits and cancel reports take turns, so a report is never overwritten.
        self.lock = asyncio.Lock()
        self._shown: dict[int, tuple[str, float]] = {}

    async def groups_for(self, user_id: int) -> list[Group]:
        """The groups this person may announce to: every group for admins, else their own."""
        groups = await self.groups.all()
        if await self.roles.is_admin(user_id):
            return groups
        mine = set(await self.roles.roles.facilitated_groups(user_id))
        return [group for group in groups if group.chat_id in mine]

    async def may_announce(self, user_id: int, group_id: int) -> bool:
        """Tell whether the person may announce to this group (it must be a known group)."""
        if await self.groups.get(group_id) is None:
            return False
        return await self.roles.is_facilitator(group_id, user_id)

    async def begin(self, user_id: int, group_id: int) -> AnnouncementDraft | None:
        """Start a draft for the group (replacing any other); None when not allowed."""
        if not await self.may_announce(user_id, group_id):
            return None
        draft = AnnouncementDraft(user_id, group_id, "text", None)
        await self.repo.save_draft(draft, iso(self.clock()))
        return draft

    async def draft(self, user_id: int) -> AnnouncementDraft | None:
        """Return the person's unfinished announcement, unless untouched for DRAFT_KEEP."""
        return await self.repo.draft(user_id, since=iso(self.clock() - DRAFT_KEEP))

    async def drop_draft(self, user_id: int) -> bool:
        """Drop the person's draft; False when there was none."""
        return await self.repo.delete_draft(user_id)

    async def ask_again(self, draft: AnnouncementDraft) -> AnnouncementDraft:
        """Go back to asking for the text (Change text)."""
        again = AnnouncementDraft(draft.user_id, draft.group_id, "text", draft.text)
        await self.repo.save_draft(again, iso(self.clock()))
        return again

    async def take_text(self, draft: AnnouncementDraft, text: str) -> AnnouncementDraft:
        """Store the typed text (already checked with text_problem) and move to the preview."""
        ready = AnnouncementDraft(draft.user_id, draft.group_id, "preview", text)
        await self.repo.save_draft(ready, iso(self.clock()))
        return ready

    async def audience(self, group_id: int) -> int:
        """How many members an announcement to the group would go to now."""
        return len(await self.repo.recipients(group_id))

    def message(self, language: str, title: str, text: str) -> str:
        """What a member gets: a header naming the group, then the text (escaped for HTML)."""
        return self.texts.get(language, "ann-message", title=title, text=text)

    async def send(self, user_id: int) -> Announcement | None:
        """Send the person's previewed draft; None when not allowed, no draft or no one to get it.

        One transaction: the announcement, a BROADCAST outbox row per member, the audit row.
        """
        draft = await self.draft(user_id)
        if draft is None or draft.step != "preview" or not draft.text:
            return None
        group = await self.groups.get(draft.group_id)
        if group is None or not await self.may_announce(user_id, group.chat_id):
            return None
        recipients = await self.repo.recipients(group.chat_id)
        if not recipients:
            return None
        text = draft.text

        def render(language: str) -> OutgoingText:
            """A copy in this language (no link previews: a link is the author's, not ours)."""
            return OutgoingText(self.message(language, group.title, text), link_previews=False)

        announcement = await self.repo.create(
            group.chat_id,
            user_id,
            text,
            recipients,
            render,
            Priority.BROADCAST,
            iso(self.clock()),
        )
        self.outbox.ready()
        return announcement

    async def attach(self, announcement_id: int, chat_id: int, message_id: int) -> None:
        """Remember the author's progress message."""
        await self.repo.set_progress_message(announcement_id, chat_id, message_id)

    async def get(self, announcement_id: int) -> Announcement | None:
        """Return an announcement, if it exists."""
        return await self.repo.get(announcement_id)

    async def may_cancel(self, announcement: Announcement, user_id: int) -> bool:
        """The author, a facilitator of the announcement's group, or an admin may cancel it."""
        if announcement.author_id == user_id:
            return True
        return await self.roles.is_facilitator(announcement.group_id, user_id)

    async def cancel(self, announcement_id: int, user_id: int) -> Announcement | None:
        """Stop sending (unsent copies dropped, audited); None when not allowed or not sending."""
        announcement = await self.repo.get(announcement_id)
        if announcement is None or not await self.may_cancel(announcement, user_id):
            return None
        if announcement.status != "sending":
            return None
        # First the worker lets go of the copies it holds (recording those already sent).
        await self.outbox.drop(key_prefix(announcement_id))
        if not await self.repo.cancel(announcement_id, user_id, iso(self.clock())):
            return None
        self._shown.pop(announcement_id, None)
        return await self.repo.get(announcement_id)

    async def counts(self, announcement: Announcement) -> SendCounts:
        """How the announcement's copies stand now."""
        return await self.repo.counts(announcement)

    async def language_of(self, announcement: Announcement) -> str:
        """The language of the author's progress messages."""
        if announcement.author_id is None:
            return self.default_language
        member = await self.members.get(announcement.author_id)
        return member.language if member is not None else self.default_language

    async def progress_text(self, announcement: Announcement, counts: SendCounts) -> str:
        """The progress message: 'N of M sent', a bar, the time left; or the final report."""
        language = await self.language_of(announcement)
        group = await self.groups.get(announcement.group_id)
        title = group.title if group is not None else str(announcement.group_id)
        get = self.texts.get
        if announcement.status != "sending" or counts.pending == 0:
            cancelled = announcement.status == "cancelled"
            lines = [get(language, "ann-report-cancelled" if cancelled else "ann-report-done")]
            lines.append(get(language, "ann-report-group", title=title))
            figures = {"delivered": counts.delivered, "blocked": counts.blocked}
            figures |= {"failed": counts.failed, "not-sent": counts.not_sent}
            for name, figure in figures.items():
                if figure or name == "delivered":
                    number = group_digits(figure, language)
                    lines.append(get(language, f"ann-report-{name}", count=figure, n=number))
            return "\n".join(lines)
        done, total = counts.done, counts.total
        sent = get(
            language,
            "ann-progress",
            title=title,
            done=group_digits(done, language),
            total=group_digits(total, language),
        )
        meter = f"{bar(done, total)} {percent(done, total)}%"
        elapsed = (self.clock() - parse_iso(announcement.created_at)).total_seconds()
        left = eta_seconds(done, counts.pending, elapsed)
        if left is None:
            eta = get(language, "ann-eta-unknown")
        else:
            rough = rough_duration(left)
            eta = get(language, f"ann-eta-{rough.unit}", count=rough.amount)
        return f"{sent}\n{meter}\n{eta}"

    async def due_updates(self) -> list[ProgressView]:
        """Progress messages to write now: changed and not edited in the last few seconds, or
        finished (every announcement still 'sending' is looked at, after a restart too)."""
        views = []
        now = self.monotonic()
        for announcement in await self.repo.sending():
            last = self._shown.get(announcement.id)
            too_soon = last is not None and now - last[1] < PROGRESS_MIN_SECONDS
            counts = await self.repo.counts(announcement)
            finished = counts.pending == 0
            if too_soon and not finished:
                continue  # no text to build: it would not be shown yet
            text = await self.progress_text(announcement, counts)
            if not finished and last is not None and last[0] == text:
                continue
            views.append(ProgressView(announcement, counts, text, finished))
        return views

    def shown(self, announcement_id: int, text: str, finished: bool = False) -> None:
        """Record the text now on the progress message (to skip edits that change nothing);
        a final report needs no record."""
        if finished:
            self._shown.pop(announcement_id, None)
            return
        self._shown[announcement_id] = (text, self.monotonic())

    async def finish(self, announcement_id: int) -> None:
        """Mark an announcement whose copies all went (or failed) done; its text is dropped."""
        await self.repo.finish(announcement_id, iso(self.clock()))
        self._shown.pop(announcement_id, None)


async def _drop_nothing(_prefix: str) -> None:
    """Until the runner connects the outbox worker there is nothing in memory to drop."""
