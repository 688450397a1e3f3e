"""What facilitators may do with meetings: their groups, their meetings, the group chat reminder.

Every question is answered from the roles tables, so each command and button checks again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.domain.clock import Clock, iso
from bot.domain.group_setup import GROUP_POST_CHOICES
from bot.domain.models import Group
from bot.meetings.models import Change, ChangeKind, Meeting
from bot.meetings.recurrence import occurrence_on, upcoming_dates
from bot.services.groups import GroupService
from bot.services.meetings import MeetingService
from bot.services.reminders import ReminderService
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database
from bot.storage.groups import set_meeting_news_in, set_meeting_post_minutes_in

# What the group chat reminder may be set to, in minutes before a meeting (0: off).


@dataclass(frozen=True)
class Audience:
    """Who hears of a change: how many subscribers, and whether the group chat does."""

    subscribers: int
    group_chat: bool


class MeetingAdmin:
    """Facilitators' side of meetings: who may change what, and the group chat reminder."""

    def __init__(
        self,
        db: Database,
        groups: GroupService,
        roles: RoleService,
        meetings: MeetingService,
        reminders: ReminderService,
        clock: Clock,
    ) -> None:
        """Use the groups, roles, meetings and reminders services."""
        self.db = db
        self.groups = groups
        self.roles = roles
        self.meetings = meetings
        self.reminders = reminders
        self.clock = clock

    async def groups_of(self, user_id: int) -> list[Group]:
        """The groups whose meetings this person may change (every group for admins)."""
        groups = await self.groups.all()
        if await self.roles.is_admin(user_id):
            return groups
        mine = set(await self.roles.roles.facilitated_groups(user_id))
        return [group for group in groups if group.chat_id in mine]

    async def may_manage(self, user_id: int, group_id: int) -> bool:
        """Tell whether this person may change the meetings of this group."""
        return await self.groups.get(group_id) is not None and await self.roles.is_facilitator(
            group_id, user_id
        )

    async def meetings_of(self, user_id: int) -> list[Meeting]:
        """The meetings of the person's groups, by name."""
        groups = [group.chat_id for group in await self.groups_of(user_id)]
        found = await self.meetings.of_groups(groups) if groups else []
        return sorted(found, key=lambda meeting: (meeting.name.casefold(), meeting.id))

    async def meeting_for(self, user_id: int, meeting_id: int) -> Meeting | None:
        """The meeting, if it exists and this person may change it; else None."""
        meeting = await self.meetings.get(meeting_id)
        if meeting is None or not await self.may_manage(user_id, meeting.group_id):
            return None
        return meeting

    async def upcoming(self, meeting: Meeting, count: int = 6) -> list[date]:
        """The rule dates of the next occurrences (cancelled ones included)."""
        return upcoming_dates(meeting, self.clock(), count)

    async def changeable(self, meeting: Meeting, count: int = 6) -> list[date]:
        """The next dates that can still be cancelled or moved: cancelled ones are left out."""
        changes = await self.meetings.changes(meeting.id)
        cancelled = {c.original_date for c in changes if c.kind is ChangeKind.CANCELLED}
        dates = upcoming_dates(meeting, self.clock(), count + len(cancelled))
        return [on for on in dates if on not in cancelled][:count]

    async def audience(self, meeting: Meeting) -> Audience:
        """Who hears of a change to this meeting (or of a new one, by its group's followers):
        its reachable followers, and the group chat when the group wants meeting news."""
        readers = await self.meetings.news.readers(meeting)
        return Audience(len(readers.subscribers), readers.group is not None)

    async def edit_preview(self, before: Meeting, after: Meeting, language: str) -> str:
        """The news an edit would make, in the facilitator's language and the meeting's zone;
        empty when members need not be told (a new name or notes)."""
        changes = await self.meetings.changes(before.id)
        news = self.meetings.news
        return news.edit_text(before, after, changes, language, after.timezone, self.clock())

    async def news_preview(
        self, meeting: Meeting, change: Change | None, last: date | None, language: str
    ) -> str:
        """The announcement a change would make, in the facilitator's language."""
        now = self.clock()
        zone = meeting.timezone
        if change is None:
            return self.meetings.news.change_text(meeting, "ended", language, zone, now, None, last)
        others = await self.meetings.changes(meeting.id)
        kept = [item for item in others if item.original_date != change.original_date]
        before = occurrence_on(meeting, others, change.original_date)
        occurrence = occurrence_on(meeting, [*kept, change], change.original_date)
        if occurrence is None:
            return ""
        kind, was = change.kind.value, before.start if before else None
        news = self.meetings.news
        return news.change_text(meeting, kind, language, zone, now, occurrence, None, was)

    async def group_post_minutes(self, group_id: int) -> int:
        """Minutes before each meeting the group chat is reminded (0: off)."""
        return await self.reminders.group_post_minutes(group_id)

    async def set_group_post_minutes(self, group_id: int, minutes: int, by: int) -> bool:
        """Set the group chat reminder, re-plan the group's meetings and audit it."""
        if minutes not in GROUP_POST_CHOICES:
            return False
        now = self.clock()
        meetings = await self.meetings.of_groups([group_id])
        async with self.db.transaction() as tx:
            if not await set_meeting_post_minutes_in(tx, group_id, minutes):
                return False
            for meeting in meetings:
                changes = await self.meetings.changes(meeting.id)
                await self.reminders.replan(tx, meeting, changes, post=minutes)
            await add_audit(tx, by, "meeting.group_post", iso(now), group_id, str(minutes))
        return True

    async def set_group_news(self, group_id: int, on: bool, by: int) -> bool:
        """Post meeting news in the group chat too (or not), and audit the choice."""
        now = iso(self.clock())
        async with self.db.transaction() as tx:
            if not await set_meeting_news_in(tx, group_id, on):
                return False
            await add_audit(tx, by, "meeting.group_news", now, group_id, "on" if on else "off")
        return True

    def now(self) -> datetime:
        """The current time (aware)."""
        return self.clock()
