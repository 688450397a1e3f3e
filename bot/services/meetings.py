"""Meetings: facilitators add, change, cancel, move and end them; members look them up.

Every change is written with its audit entry, its new reminder plan and its announcements
(outbox) in one transaction: nothing is announced that was not saved, nothing saved silently.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.domain.clock import Clock, iso
from bot.meetings.ics import calendar_of
from bot.meetings.models import Change, ChangeKind, Meeting, Occurrence
from bot.meetings.recurrence import next_occurrences, occurrence_on, occurrences
from bot.meetings.timing import counts_as_coming
from bot.services.meeting_news import NEWS_PREFIX, MeetingNews, is_news
from bot.services.meeting_texts import MeetingWriter
from bot.services.outbox_link import OutboxLink
from bot.services.reminders import REMINDER_PREFIX, ReminderService
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.meetings import MeetingRepository
from bot.storage.members import MemberRepository
from bot.storage.outbox import drop_unsent_in

__all__ = ["NEWS_PREFIX", "MeetingError", "MeetingService"]


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
        self.news = MeetingNews(groups, reminders.subscriptions, writer)

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

    async def add(self, meeting: Meeting, by: int | None, announce: bool = False) -> Meeting:
        """Store a new meeting, plan its reminders and audit it; return it as stored.

        With `announce`, the group's followers (and its chat, if it wants meeting news) are
        told in the same transaction, with the meeting's calendar file.
        """
        meeting = replace(meeting, slug=await self.unique_slug(meeting.slug))
        group = await self.groups.get(meeting.group_id)
        title = group.title if group else ""
        moment = self.clock()
        now = iso(moment)
        async with self.db.transaction() as tx:
            meeting_id = await self.meetings.insert(tx, meeting, by, now)
            stored = replace(meeting, id=meeting_id)
            await self.reminders.replan(tx, stored, [])
            await add_audit(tx, by, "meeting.add", now, meeting.group_id, stored.slug)
            if announce:

                def text_of(language: str, zone: str, clock: str | None) -> str:
                    """The news of the new meeting for one reader."""
                    return self.news.new_text(stored, title, language, zone, moment, clock)

                calendar = calendar_of([(stored, [])], stored.name, moment)
                tag = f"{meeting_id}:new"
                await self.news.announce(tx, stored, tag, moment, text_of, calendar, new=True)
        if announce:
            self.outbox.ready()  # after the commit: the worker must see the rows
        return await self._stored(meeting_id)

    async def update(self, meeting: Meeting, by: int | None, announce: bool = False) -> Meeting:
        """Save an edited meeting, re-plan its reminders and audit it.

        With `announce`, a new day, time, length, zone, place or link is told to the meeting's
        followers (and its group chat, if it wants meeting news), with a fresh calendar file.
        """
        before = await self._stored(meeting.id)
        changes = await self.changes(meeting.id)
        moment = self.clock()
        now = iso(moment)
        async with self.db.transaction() as tx:
            if not await self.meetings.update(tx, meeting, now):
                raise MeetingError("unknown meeting")
            await self.reminders.replan(tx, meeting, changes)
            await add_audit(tx, by, "meeting.edit", now, meeting.group_id, meeting.slug)
            told = announce and is_news(before, meeting)
            if told:

                def text_of(language: str, zone: str, clock: str | None) -> str:
                    """The news of the edit for one reader."""
                    return self.news.edit_text(
                        before, meeting, changes, language, zone, moment, clock
                    )

                calendar = calendar_of([(meeting, changes)], meeting.name, moment)
                await self.news.announce(
                    tx, meeting, f"{meeting.id}:edit", moment, text_of, calendar
                )
        if told:
            self.outbox.ready()  # after the commit: the worker must see the rows
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
            changes = await self.changes(meeting_id)

            def text_of(language: str, zone: str, _clock: str | None) -> str:
                """The news of the end for one reader."""
                return self.news.change_text(ended, "ended", language, zone, now, None, last)

            calendar = calendar_of([(ended, changes)], ended.name, now)
            await self.news.announce(tx, ended, f"{meeting.id}:end:ended", now, text_of, calendar)
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
            kind, was = change.kind.value, before.start

            def text_of(language: str, zone: str, _clock: str | None) -> str:
                """The news of the cancelled or moved date for one reader."""
                return self.news.change_text(meeting, kind, language, zone, now, after, None, was)

            calendar = calendar_of([(meeting, changes)], meeting.name, now)
            await self.news.announce(tx, meeting, f"{after.key}:{kind}", now, text_of, calendar)
        self.outbox.ready()  # after the commit: the worker must see the rows
        return after

    async def _stored(self, meeting_id: int) -> Meeting:
        """Return a stored meeting, or raise MeetingError."""
        meeting = await self.meetings.get(meeting_id)
        if meeting is None:
            raise MeetingError("unknown meeting")
        return meeting
