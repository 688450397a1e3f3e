"""Crisis flags: stored before anything is sent, joined by repeats, taken and closed by staff."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.flags import (
    STANDS_ALONE,
    Flag,
    FlagEvent,
    FlagState,
    Sighting,
    Told,
    tier_rank,
)
from bot.domain.messages import OutgoingText
from bot.domain.sends import SendContext, SendKind
from bot.domain.text import sanitize
from bot.services.alert_notices import Notice, NoticeWriter
from bot.services.alerts import AlertWriter
from bot.services.escalation import Escalator
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction
from bot.storage.flags import (
    FlagRepository,
    add_event,
    add_flag_groups,
    flag_group_ids,
    get_flag,
    insert_flag,
    open_flag_of,
    pending_note_flag,
    record_repeat,
    request_note,
    save_note,
    set_escalation,
    set_member_told,
    set_place,
)
from bot.storage.members import MemberRepository
from bot.storage.outbox import enqueue_message

NOTE_WAIT = timedelta(minutes=30)
NOTE_MAX_LENGTH = 1000
RECENT = timedelta(days=7)


@dataclass(frozen=True)
class Send:
    """A message to the member, queued in the same transaction as the flag."""

    key: str
    chat_id: int
    message: OutgoingText
    kind: SendKind
    # What the kind's observer needs to hear how it went (a group message's ids).
    context: SendContext | None = None


# Given who was told and whether this joins an open flag: what to send the member.
ReplyComposer = Callable[[Told, bool], Awaitable[list[Send]]]


@dataclass(frozen=True)
class Raised:
    """What happened to a flagged message: a new flag or a repeat, and who was told."""

    flag_id: int
    new: bool
    told: Told


class FlagService:
    """Raises flags (or joins repeats to them), takes handoff notes, and answers who may see
    them; what staff do with a flag is in FlagActions."""

    def __init__(
        self,
        db: Database,
        flags: FlagRepository,
        writer: AlertWriter,
        escalator: Escalator,
        roles: RoleService,
        members: MemberRepository,
        repeat_window: timedelta,
        clock: Clock,
        outbox: OutboxLink,
    ) -> None:
        """Use the given storage, services, windows and clock."""
        self.notices = NoticeWriter(writer)
        self.db = db
        self.outbox = outbox
        self.flags = flags
        self.writer = writer
        self.escalator = escalator
        self.roles = roles
        self.members = members
        self.repeat_window = repeat_window
        self.clock = clock

    async def raise_flag(self, sighting: Sighting, compose: ReplyComposer) -> Raised:
        """Store the flag (or join the member's open one), queue the alerts and the reply."""
        now = self.clock()
        async with self.db.transaction(durable=True) as tx:
            since = iso(now - self.repeat_window)
            existing = None
            if sighting.member_id is not None and sighting.category not in STANDS_ALONE:
                existing = await open_flag_of(tx, sighting.member_id, since)
            if existing is None:
                flag_id = await self._new_flag(tx, sighting, now)
                flag = await get_flag(tx, flag_id)
                assert flag is not None
                told = await self.escalator.notify(tx, flag, 0, now, replying=True)
            else:
                told = await self._repeat(tx, existing, sighting, now)
                flag_id = existing.id
            if told is Told.NOBODY:  # the reply says so: no second "nobody yet" later
                await set_member_told(tx, flag_id, iso(now))
            for send in await compose(told, existing is not None):
                await _queue(tx, send, sighting.member_id, iso(now))
        self.outbox.ready()
        return Raised(flag_id, existing is None, told)

    async def follow_up(self, send: Send, member_id: int | None) -> bool:
        """Queue one more message about a flag at alert priority (e.g. the group nudge when the
        private reply could not be delivered); False when that key was queued before."""
        async with self.db.transaction(durable=True) as tx:
            queued = await _queue(tx, send, member_id, iso(self.clock()))
        self.outbox.ready()
        return queued

    async def _new_flag(self, tx: Transaction, sighting: Sighting, now: Any) -> int:
        """Insert a flag with the groups whose facilitators look after it."""
        group_ids = await self._groups_of(sighting)
        flag_id = await insert_flag(tx, sighting, iso(now), iso(now))
        await add_flag_groups(tx, flag_id, group_ids)
        await add_event(tx, flag_id, "raised", iso(now), detail=sighting.tier)
        return flag_id

    async def _repeat(self, tx: Transaction, flag: Flag, sighting: Sighting, now: Any) -> Told:
        """Join a repeat to the open flag and tell whoever holds it, with a new message.

        The alert is updated in place too; a new group's facilitators get the whole alert, a
        more urgent tier shortens the wait before the next step. Return who knows of it.
        """
        raised = tier_rank(sighting.tier) > tier_rank(flag.tier)
        await record_repeat(tx, flag.id, sighting, raised, iso(now))
        new_groups = await self._join_place(tx, flag, sighting)
        kind = "tier-raised" if raised else "repeat"
        await add_event(tx, flag.id, kind, iso(now), detail=sighting.tier)
        updated = await get_flag(tx, flag.id)
        assert updated is not None
        await self.writer.refresh(tx, updated, iso(now))
        holders = await self.notices.holders(tx, updated)
        await self.notices.queue(
            tx,
            updated,
            holders,
            Notice.REPEAT,
            iso(now),
            sighting=sighting,
            previous_tier=flag.tier,
        )
        newcomers = await self._newcomers(updated, new_groups, holders)
        await self.writer.queue(tx, updated, newcomers, max(updated.step, 0), iso(now))
        if updated.state is FlagState.OPEN:
            if not holders and not newcomers:  # nobody could be told so far: try again now
                return await self.escalator.notify(tx, updated, updated.step, now, replying=True)
            if raised:
                await self._hurry(tx, updated, now)
        return await self.escalator.told(
            [*holders, *newcomers], await flag_group_ids(tx, updated.id)
        )

    async def _groups_of(self, sighting: Sighting) -> list[int]:
        """The groups whose facilitators look after a sighting: its group, else the member's."""
        if sighting.group_id is not None:
            return [sighting.group_id]
        if sighting.member_id is None:
            return []
        return await self.members.group_ids(sighting.member_id)

    async def member_joined(self, member_id: int, group_id: int) -> bool:
        """A member with an open flag joined a group: its facilitators get the whole alert.

        Return True when the flag gained the group.
        """
        now = self.clock()
        async with self.db.transaction(durable=True) as tx:
            flag = await open_flag_of(tx, member_id, iso(now - self.repeat_window))
            if flag is None or group_id in await flag_group_ids(tx, flag.id):
                return False
            await add_flag_groups(tx, flag.id, [group_id])
            await add_event(tx, flag.id, "group-joined", iso(now), detail=f"0:{group_id}")
            holders = await self.notices.holders(tx, flag)
            newcomers = await self._newcomers(flag, [group_id], holders)
            await self.writer.queue(tx, flag, newcomers, max(flag.step, 0), iso(now))
        self.outbox.ready()
        return True

    async def _newcomers(self, flag: Flag, new_groups: list[int], holders: list[int]) -> list[int]:
        """Return the staff of groups just added to the flag who are not on it yet (nor on a
        break)."""
        people: list[int] = []
        for group_id in new_groups:
            people.extend(await self.roles.facilitators_of(group_id))
        away = await self.escalator.oncall.away() if people else frozenset()
        return [
            p
            for p in dict.fromkeys(people)
            if p not in holders and p != flag.member_id and p not in away
        ]

    async def _hurry(self, tx: Transaction, flag: Flag, now: datetime) -> None:
        """A more urgent tier: the next step comes no later than its shorter wait."""
        due = iso(now + self.escalator.policy.timeout(flag.tier) + timedelta(seconds=1))
        if flag.next_escalation_at is None or due < flag.next_escalation_at:
            await set_escalation(tx, flag.id, flag.step, due)

    async def _join_place(self, tx: Transaction, flag: Flag, sighting: Sighting) -> list[int]:
        """Show the latest place on the flag and add its groups; return the groups added."""
        groups = await self._groups_of(sighting)
        known = set(await flag_group_ids(tx, flag.id))
        added = [group_id for group_id in groups if group_id not in known]
        await add_flag_groups(tx, flag.id, added)
        await set_place(tx, flag.id, sighting)
        return added

    async def may_act(self, flag_id: int, user_id: int) -> bool:
        """Tell whether this person may see and act on the flag (its groups' staff, admins)."""
        if await self.roles.is_admin(user_id):
            return True
        for group_id in await self.flags.group_ids(flag_id):
            if await self.roles.is_facilitator(group_id, user_id):
                return True
        return False

    async def take_note(self, user_id: int, text: str) -> int | None:
        """Store a handoff note if this person was just asked for one; return the flag id."""
        now = self.clock()
        if not await self.flags.has_pending_note(user_id, iso(now - NOTE_WAIT)):
            return None
        async with self.db.transaction(durable=True) as tx:
            flag_id = await pending_note_flag(tx, user_id, iso(now - NOTE_WAIT))
            if flag_id is None:
                return None
            await save_note(tx, flag_id, sanitize(text).strip()[:NOTE_MAX_LENGTH])
            await add_event(tx, flag_id, "note", iso(now), user_id)
            await add_audit(tx, user_id, "flag.note", iso(now), None, str(flag_id))
            flag = await get_flag(tx, flag_id)
            assert flag is not None
            await self.writer.refresh(tx, flag, iso(now))
        self.outbox.ready()
        return flag_id

    async def skip_note(self, user_id: int) -> int | None:
        """Stop waiting for this person's handoff note; return the flag id if one was awaited."""
        now = self.clock()
        async with self.db.transaction(durable=True) as tx:
            flag_id = await pending_note_flag(tx, user_id, iso(now - NOTE_WAIT))
            if flag_id is not None:
                await request_note(tx, flag_id, None, iso(now))
            return flag_id

    async def visible_groups(self, user_id: int) -> list[int] | None:
        """Return the groups whose flags this person sees (None: all, for admins)."""
        if await self.roles.is_admin(user_id):
            return None
        return await self.roles.roles.facilitated_groups(user_id)

    async def recent(self, user_id: int) -> list[Flag]:
        """Return the open and recent flags this person may see, newest first."""
        groups = await self.visible_groups(user_id)
        return await self.flags.recent(iso(self.clock() - RECENT), groups)

    async def timeline(self, flag_id: int) -> list[FlagEvent]:
        """Return a flag's timeline."""
        return await self.flags.events(flag_id)

    async def get(self, flag_id: int) -> Flag | None:
        """Return a flag."""
        return await self.flags.get(flag_id)


async def _queue(tx: Transaction, send: Send, member_id: int | None, now: str) -> bool:
    """Queue a message to or about the member at alert priority; False if queued before."""
    return await enqueue_message(
        tx,
        send.message,
        kind=send.kind,
        context=send.context,
        dedup_key=send.key,
        chat_id=send.chat_id,
        priority=Priority.ALERT,
        now=now,
        user_id=member_id,
    )
