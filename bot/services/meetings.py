"""Meetings: facilitators add, change, cancel, move and end them; members look them up.

Every change is written with its audit entry, its new reminder plan and its announcements
(outbox) in one transaction: nothing is announced that was not saved, nothing saved silently.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.messages import OutgoingText
from bot.domain.sends import SendKind
from bot.meetings.ics import calendar_of
from bot.meetings.models import Change, ChangeKind, Meeting, Occurrence
from bot.meetings.recurrence import next_occurrences, occurrence_on, occurrences
from bot.meetings.timing import counts_as_coming, quiet_end_after
from bot.services.meeting_texts import MeetingWriter
from bot.services.outbox_link import OutboxLink
from bot.services.reminders import REMINDER_PREFIX, ReminderService
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction
from bot.storage.groups import GroupRepository
from bot.storage.meetings import MeetingRepository
from bot.storage.members import MemberRepository
from bot.storage.outbox import drop_unsent_in, enqueue_message
from bot.storage.reminders import Recipient

NEWS_PREFIX = "mnews"


class MeetingError(Exception):
    """A meeting change that cannot be made (unknown meeting or date); the message says why."""


class MeetingService:
    """The meeting schedule of every group, and the changes facilitators make to it."""

    def __init__(
        self,
        db: Database,
        meetings: MeetingRepository,
        members: MemberRepository,
        groups: GroupRepository,
        reminders: ReminderService,
        writer: MeetingWriter,
        clock: Clock,
        outbox: OutboxLink,
        roles: RoleService | None = None,
    ) -> None:
        """Wire the repositories, the reminders (re-planned on every change) and the wording."""
        self.db = db
        self.outbox = outbox
        self.meetings = meetings
        self.members = members
        self.groups = groups
        self.reminders = reminders
        self.writer = writer
        self.clock = clock
        self.roles = roles

    # -- reading -------------------------------------------------------------------------

    async def get(self, meeting_id: int) -> Meeting | None:
        """Return one meeting."""
        return await self.meetings.get(meeting_id)

    async def changes(self, meeting_id: int) -> list[Change]:
        """Return a meeting's cancelled and moved occurrences."""
        return (await self.meetings.changes_of([meeting_id]))[meeting_id]

    async def of_groups(self, group_ids: list[int]) -> list[Meeting]:
        """Return the meetings of these groups."""
        return await self.meetings.of_groups(group_ids)

    async def groups_of_member(self, user_id: int) -> tuple[list[int], bool]:
        """The groups whose meetings a person sees: joined or facilitated (admins: all).

        The second value is False when there are none: meeting places and join links are
        for a group's own members, so someone in no group is told how to join instead.
        """
        own = set(await self.members.group_ids(user_id))
        if self.roles is not None:
            if await self.roles.is_admin(user_id):
                own.update(group.chat_id for group in await self.groups.all())
            else:
                own.update(await self.roles.roles.facilitated_groups(user_id))
        return sorted(own), bool(own)

    async def coming(
        self, group_ids: list[int], days: float = 7, count: int | None = None
    ) -> list[Occurrence]:
        """The groups' occurrences from now (in progress included) for `days`, or the next few."""
        now = self.clock()
        meetings = await self.meetings.of_groups(group_ids)
        changes = await self.meetings.changes_of([meeting.id for meeting in meetings])
        found: list[Occurrence] = []
        since = now - timedelta(minutes=10)
        for meeting in meetings:
            mine = changes[meeting.id]
            if count is None:
                window = occurrences(
                    meeting, mine, since, now + timedelta(days=days), include_cancelled=True
                )
                found.extend(window)
            else:
                ahead = next_occurrences(meeting, mine, since, count=count)
                found.extend(item for item in ahead if counts_as_coming(item, now))
        found.sort(key=lambda item: (item.start, item.meeting.name))
        return found if count is None else found[:count]

    async def next_by_meeting(
        self, group_ids: list[int], meetings: int, also: int
    ) -> list[list[Occurrence]]:
        """Per meeting of the groups, its next occurrence and up to `also` after it.

        Soonest meeting first, at most `meetings` of them; cancelled dates are left out.
        """
        now = self.clock()
        found = await self.meetings.of_groups(group_ids)
        changes = await self.meetings.changes_of([meeting.id for meeting in found])
        since = now - timedelta(minutes=10)
        per_meeting: list[list[Occurrence]] = []
        for meeting in found:
            ahead = next_occurrences(meeting, changes[meeting.id], since, count=also + 1)
            ahead = [item for item in ahead if counts_as_coming(item, now)]
            if ahead:
                per_meeting.append(ahead)
        per_meeting.sort(key=lambda items: (items[0].start, items[0].meeting.name))
        return per_meeting[:meetings]

    async def occurrence(self, meeting_id: int, original: date) -> Occurrence | None:
        """Return one occurrence by its meeting and rule date."""
        meeting = await self.meetings.get(meeting_id)
        if meeting is None:
            return None
        return occurrence_on(meeting, await self.changes(meeting_id), original)

    async def calendar(self, meetings: list[Meeting], name: str) -> bytes:
        """An iCalendar file of these meetings with their exceptions."""
        changes = await self.meetings.changes_of([meeting.id for meeting in meetings])
        items = [(meeting, changes[meeting.id]) for meeting in meetings]
        return calendar_of(items, name, self.clock())

    # -- changing ------------------------------------------------------------------------

    async def unique_slug(self, slug: str, meeting_id: int = 0) -> str:
        """Return the slug, or the slug with -2, -3... when another meeting has it."""
        taken = await self.meetings.slugs_like(slug)
        existing = await self.meetings.by_slug(slug)
        if slug not in taken or (existing is not None and existing.id == meeting_id):
            return slug
        number = 2
        while f"{slug}-{number}" in taken:
            number += 1
        return f"{slug}-{number}"

    async def add(self, meeting: Meeting, by: int | None) -> Meeting:
        """Store a new meeting, plan its reminders and audit it; return it as stored."""
        meeting = replace(meeting, slug=await self.unique_slug(meeting.slug))
        now = iso(self.clock())
        async with self.db.transaction() as tx:
            meeting_id = await self.meetings.insert(tx, meeting, by, now)
            stored = replace(meeting, id=meeting_id)
            await self.reminders.replan(tx, stored, [])
            await add_audit(tx, by, "meeting.add", now, meeting.group_id, stored.slug)
        return await self._stored(meeting_id)

    async def update(self, meeting: Meeting, by: int | None) -> Meeting:
        """Save an edited meeting, re-plan its reminders and audit it."""
        now = iso(self.clock())
        async with self.db.transaction() as tx:
            if not await self.meetings.update(tx, meeting, now):
                raise MeetingError("unknown meeting")
            await self.reminders.replan(tx, meeting, await self.changes(meeting.id))
            await add_audit(tx, by, "meeting.edit", now, meeting.group_id, meeting.slug)
        return await self._stored(meeting.id)

    async def cancel(
        self, meeting_id: int, original: date, reason: str | None, by: int | None
    ) -> Occurrence:
        """Cancel one occurrence and tell its subscribers and the group chat."""
        change = Change(meeting_id, original, ChangeKind.CANCELLED, reason=reason)
        return await self._change(change, by, "meeting.cancel")

    async def move(
        self, meeting_id: int, original: date, new_start: datetime, reason: str | None, by: int
    ) -> Occurrence:
        """Move one occurrence to a new start and tell its subscribers and the group chat."""
        change = Change(meeting_id, original, ChangeKind.MOVED, new_start=new_start, reason=reason)
        return await self._change(change, by, "meeting.move")

    async def end(self, meeting_id: int, last: date, by: int | None) -> Meeting:
        """End a series after `last` (no meetings after it), and say so to those who follow it."""
        meeting = await self._stored(meeting_id)
        ended = replace(meeting, recurrence=replace(meeting.recurrence, until=last))
        now = self.clock()
        async with self.db.transaction() as tx:
            await self.meetings.update(tx, ended, iso(now))
            await self.reminders.replan(tx, ended, await self.changes(meeting_id))
            await add_audit(tx, by, "meeting.end", iso(now), meeting.group_id, meeting.slug)
            # Reminders held for quiet hours, of dates after the end, must not go out.
            await drop_unsent_in(tx, f"{REMINDER_PREFIX}:{meeting.id}:", last.isoformat())
            await self._announce(tx, ended, "ended", now, last=last)
        self.outbox.ready()  # after the commit: the worker must see the rows
        return await self._stored(meeting_id)

    async def _change(self, change: Change, by: int | None, action: str) -> Occurrence:
        """Record a cancel or move, re-plan, audit and announce, in one transaction."""
        meeting = await self._stored(change.meeting_id)
        before = occurrence_on(meeting, await self.changes(meeting.id), change.original_date)
        if before is None:
            raise MeetingError("no meeting on that date")
        now = self.clock()
        if before.start <= now:
            raise MeetingError("that meeting has already begun")
        if change.new_start is not None and change.new_start <= now:
            raise MeetingError("the new time has already passed")
        async with self.db.transaction() as tx:
            await self.meetings.set_change(tx, change, by, iso(now))
            changes = (await self.meetings.changes_of([meeting.id]))[meeting.id]
            changes = [item for item in changes if item.original_date != change.original_date]
            changes.append(change)
            await self.reminders.replan(tx, meeting, changes)
            await add_audit(tx, by, action, iso(now), meeting.group_id, meeting.slug)
            after = occurrence_on(meeting, changes, change.original_date)
            assert after is not None
            # Reminders of the old time still held for quiet hours must not go out.
            await drop_unsent_in(tx, f"{REMINDER_PREFIX}:{before.key}:")
            await self._announce(
                tx, meeting, change.kind.value, now, occurrence=after, was=before.start
            )
        self.outbox.ready()  # after the commit: the worker must see the rows
        return after

    async def _stored(self, meeting_id: int) -> Meeting:
        """Return a stored meeting, or raise MeetingError."""
        meeting = await self.meetings.get(meeting_id)
        if meeting is None:
            raise MeetingError("unknown meeting")
        return meeting

    # -- news ----------------------------------------------------------------------------

    async def _announce(
        self,
        tx: Transaction,
        meeting: Meeting,
        kind: str,
        now: datetime,
        occurrence: Occurrence | None = None,
        last: date | None = None,
        was: datetime | None = None,
    ) -> None:
        """Queue the news of a change to the meeting's subscribers and to the group chat."""
        group = await self.groups.get(meeting.group_id)
        subscribers = await self.reminders.subscriptions.subscribers(meeting.id, meeting.group_id)
        readers: list[tuple[int, str, str, Recipient | None]] = [
            (item.user_id, item.language, item.timezone, item) for item in subscribers
        ]
        if group is not None and group.bot_status != "unreachable":
            readers.append((group.chat_id, group.language, group.timezone, None))
        tag = occurrence.key if occurrence else f"{meeting.id}:end"
        for chat_id, language, zone, recipient in readers:
            held = (
                quiet_end_after(recipient.quiet_start, recipient.quiet_end, recipient.timezone, now)
                if recipient
                else None
            )
            text = self.news_text(meeting, kind, language, zone, now, occurrence, last, was)
            await enqueue_message(
                tx,
                OutgoingText(text),
                kind=SendKind.MEETING_NEWS,
                dedup_key=f"{NEWS_PREFIX}:{tag}:{kind}:{iso(now)}:{chat_id}",
                chat_id=chat_id,
                user_id=chat_id if recipient else None,
                priority=Priority.SCHEDULED,
                now=iso(now),
                not_before=iso(held) if held else None,
            )

    def news_text(
        self,
        meeting: Meeting,
        kind: str,
        language: str,
        zone: str,
        now: datetime,
        occurrence: Occurrence | None,
        last: date | None,
        was: datetime | None = None,
    ) -> str:
        """The announcement of a cancelled or moved occurrence, or of a series that ends.

        `was` is when the occurrence was to start before this change (default: its rule time).
        """
        texts = self.writer.texts
        if occurrence is None:
            when = self.writer.date_text(language, last, meeting.timezone) if last else ""
            return texts.get(language, "meeting-news-ended", name=meeting.name, last=when)
        change = occurrence.change
        assert change is not None
        if was is None:
            original = occurrence_on(meeting, [], change.original_date)
            was = original.start if original else now
        was_text = self.writer.when_text(language, was, zone)
        if kind == ChangeKind.CANCELLED.value:
            lines = [
                texts.get(language, "meeting-news-cancelled", name=meeting.name, when=was_text)
            ]
        else:
            now_when = self.writer.when_text(language, occurrence.start, zone)
            lines = [
                texts.get(
                    language, "meeting-news-moved", name=meeting.name, was=was_text, when=now_when
                )
            ]
        if change.reason:
            lines.append(texts.get(language, "meeting-change-reason", reason=change.reason))
        return "\n".join(lines)
