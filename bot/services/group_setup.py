"""Guided group setup: who may set a group up, the answers so far, and applying them.

Whether someone is an administrator of the Telegram group is Telegram's to say: the handlers
pass a `ChatAdminCheck` (getChatMember), and every step asks again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot.domain.clock import Clock, iso
from bot.domain.group_setup import GroupStatus, SetupDraft, next_step
from bot.domain.models import Group
from bot.services.groups import GroupService
from bot.services.meetings import MeetingService
from bot.services.reminders import ReminderService
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database
from bot.storage.group_setups import GroupSetupRepository, apply_setup

# (chat_id, user_id) -> whether Telegram says the user is the group's creator or an admin.
ChatAdminCheck = Callable[[int, int], Awaitable[bool]]


class GroupSetupService:
    """Runs setups: permission, the draft step by step, and the finished setup in one write."""

    def __init__(
        self,
        db: Database,
        drafts: GroupSetupRepository,
        groups: GroupService,
        roles: RoleService,
        meetings: MeetingService,
        reminders: ReminderService,
        clock: Clock,
    ) -> None:
        """Use the drafts, groups, roles, meetings and reminders."""
        self.db = db
        self.drafts = drafts
        self.groups = groups
        self.roles = roles
        self.meetings = meetings
        self.reminders = reminders
        self.clock = clock

    async def may_set_up(self, user_id: int, chat_id: int, chat_admin: ChatAdminCheck) -> bool:
        """A known group, and the person is a bot admin or an administrator of that group."""
        if await self.groups.get(chat_id) is None:
            return False
        if await self.roles.is_admin(user_id):
            return True
        return await chat_admin(chat_id, user_id)

    async def groups_for(self, user_id: int, chat_admin: ChatAdminCheck) -> list[Group]:
        """The groups this person may set up: all for bot admins, else theirs on Telegram."""
        groups = await self.groups.all()
        if await self.roles.is_admin(user_id):
            return groups
        return [group for group in groups if await chat_admin(group.chat_id, user_id)]

    async def group_by_code(self, code: str) -> Group | None:
        """The group whose invite code this is (setup links carry it)."""
        return await self.groups.groups.by_invite_code(code)

    async def begin(self, user_id: int, chat_id: int, step: str = "intro") -> SetupDraft | None:
        """Start (or restart) the person's setup of a group from its current settings.

        Only offered (at "intro"), it is not kept when the person has another question open:
        the offer's "Set up now" starts it anew, and what they were doing is not lost.
        """
        group = await self.groups.get(chat_id)
        if group is None:
            return None
        draft = SetupDraft(
            user_id=user_id,
            chat_id=chat_id,
            step=step,
            title=group.title,
            timezone=group.timezone,
            language=group.language,
            post_minutes=await self.reminders.group_post_minutes(chat_id),
            updated_at=iso(self.clock()),
        )
        if step == "intro":
            await self.drafts.offer(draft)
        else:
            await self.drafts.save(draft)
        return draft

    async def draft(self, user_id: int) -> SetupDraft | None:
        """The person's unfinished setup, if any (none once lapsed or its group is gone)."""
        return await self.drafts.get(user_id, self.clock())

    async def answer(self, draft: SetupDraft, value: str | int | None) -> SetupDraft:
        """Keep the current step's answer and move on (stored unless the next step is done)."""
        text = value if isinstance(value, str) else ""
        minutes = value if isinstance(value, int) else draft.post_minutes
        moved = replace(
            draft,
            title=text if draft.step == "name" else draft.title,
            timezone=text if draft.step == "timezone" else draft.timezone,
            language=text if draft.step == "language" else draft.language,
            post_minutes=minutes if draft.step == "reminder" else draft.post_minutes,
            step=next_step(draft.step),
            updated_at=iso(self.clock()),
        )
        if moved.step != "done":
            await self.drafts.save(moved)
        return moved

    async def drop(self, user_id: int) -> bool:
        """Forget the person's unfinished setup; False when there was none."""
        return await self.drafts.delete(user_id)

    async def finish(self, draft: SetupDraft) -> Group | None:
        """Apply the answers to the group, re-plan its meeting posts and audit, in one write."""
        group = await self.groups.get(draft.chat_id)
        if group is None:
            await self.drafts.delete(draft.user_id)
            return None
        post, before = draft.post_minutes, self.reminders.post_minutes_of(group)
        meetings = await self.meetings.of_groups([draft.chat_id])
        changes = {meeting.id: await self.meetings.changes(meeting.id) for meeting in meetings}
        now = iso(self.clock())
        async with self.db.transaction() as tx:
            await self.drafts.delete_in(tx, draft.user_id)
            if not await apply_setup(tx, draft, now):
                return None
            if post is not None and post != before:
                for meeting in meetings:
                    await self.reminders.replan(tx, meeting, changes[meeting.id], post=post)
            subject = f"{draft.timezone}, {draft.language}, {post}"
            await add_audit(tx, draft.user_id, "group.setup", now, draft.chat_id, subject)
        return await self.groups.get(draft.chat_id)

    async def status_of(
        self, group: Group, reachable: bool, bot_is_admin: bool, reads_all: bool
    ) -> GroupStatus:
        """The group's facts for advice: what Telegram says plus facilitators and meetings."""
        facilitators = await self.roles.facilitators_of(group.chat_id)
        meetings = await self.meetings.of_groups([group.chat_id])
        return GroupStatus(
            reachable=reachable,
            bot_is_admin=bot_is_admin,
            reads_all=reads_all,
            setup_done=group.setup_done_at is not None,
            facilitators=len(facilitators),
            meetings=len(meetings),
        )
