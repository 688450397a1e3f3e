"""Crisis flags: stored before anything is sent, joined by repeats, taken and closed by staff."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.flags import Flag, FlagEvent, FlagState, Sighting, tier_rank
from bot.domain.text import sanitize
from bot.services.alerts import AlertWriter
from bot.services.escalation import Escalator
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction
from bot.storage.flag_alerts import alerts_of
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
    set_place,
    set_state,
)
from bot.storage.members import MemberRepository
from bot.storage.outbox import enqueue

NOTE_WAIT = timedelta(minutes=30)
NOTE_MAX_LENGTH = 1000
RECENT = timedelta(days=7)


@dataclass(frozen=True)
class Send:
    """A message to the member, queued in the same transaction as the flag."""

    key: str
    chat_id: int
    method: str
    params: dict[str, Any]


# Given whether a facilitator was told and whether this joins an open flag: what to send.
ReplyComposer = Callable[[bool, bool], Awaitable[list[Send]]]


@dataclass(frozen=True)
class Raised:
    """What happened to a flagged message: a new flag or a repeat, and who was told."""

    flag_id: int
    new: bool
    told: bool


class Outcome(StrEnum):
    """The answer to a facilitator's button press."""

    DONE = "done"
    NOT_ALLOWED = "not_allowed"
    ALREADY_TAKEN = "already_taken"
    CLOSED = "closed"
    UNKNOWN = "unknown"


_ACTIONS = {
    "ack": FlagState.ACKNOWLEDGED,
    "res": FlagState.RESOLVED,
    "fa": FlagState.FALSE_ALARM,
}


class FlagService:
    """Raises flags, records what staff do with them, and answers who may see them."""

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
    ) -> None:
        """Use the given storage, services, windows and clock."""
        self.db = db
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
        async with self.db.transaction() as tx:
            since = iso(now - self.repeat_window)
            existing = await open_flag_of(tx, sighting.member_id, since)
            if existing is None:
                flag_id = await self._new_flag(tx, sighting, now)
                flag = await get_flag(tx, flag_id)
                assert flag is not None
                told = await self.escalator.notify(tx, flag, 0, now)
                repeat = False
            else:
                told, repeat = await self._repeat(tx, existing, sighting, now)
                flag_id = existing.id
            for send in await compose(told, repeat):
                await _queue(tx, send, sighting.member_id, iso(now))
        self.escalator.outbox_ready()
        return Raised(flag_id, existing is None, told)

    async def follow_up(self, send: Send, member_id: int | None) -> bool:
        """Queue one more message about a flag at alert priority (e.g. the group nudge when the
        private reply could not be delivered); False when that key was queued before."""
        async with self.db.transaction() as tx:
            queued = await _queue(tx, send, member_id, iso(self.clock()))
        self.escalator.outbox_ready()
        return queued

    async def _new_flag(self, tx: Transaction, sighting: Sighting, now: Any) -> int:
        """Insert a flag with the groups whose facilitators look after it."""
        if sighting.group_id is not None:
            group_ids = [sighting.group_id]
        else:
            group_ids = await self.members.group_ids(sighting.member_id)
        flag_id = await insert_flag(tx, sighting, iso(now), iso(now))
        await add_flag_groups(tx, flag_id, group_ids)
        await add_event(tx, flag_id, "raised", iso(now), detail=sighting.tier)
        return flag_id

    async def _repeat(
        self, tx: Transaction, flag: Flag, sighting: Sighting, now: Any
    ) -> tuple[bool, bool]:
        """Join a repeat to the open flag; a higher tier or a new group pages again.

        Return (told, repeat).
        """
        raised = tier_rank(sighting.tier) > tier_rank(flag.tier)
        await record_repeat(tx, flag.id, sighting, raised, iso(now))
        new_groups = await self._join_place(tx, flag, sighting)
        await add_event(tx, flag.id, "tier-raised" if raised else "repeat", iso(now))
        updated = await get_flag(tx, flag.id)
        assert updated is not None
        await self.writer.refresh(tx, updated, iso(now))
        if raised or new_groups:
            if updated.state is FlagState.OPEN:
                return await self.escalator.notify(tx, updated, updated.step, now), False
            people = [updated.acknowledged_by] if updated.acknowledged_by else []
            for group_id in new_groups:
                people.extend(await self.roles.facilitators_of(group_id))
            people = [p for p in dict.fromkeys(people) if p != updated.member_id]
            await self.writer.queue(tx, updated, people, updated.step, iso(now))
            return bool(people), False
        alerts = await alerts_of(tx, flag.id)
        told = flag.state is not FlagState.OPEN or any(a.state != "failed" for a in alerts)
        return told, True

    async def _join_place(self, tx: Transaction, flag: Flag, sighting: Sighting) -> list[int]:
        """Show the latest place on the flag and add its groups; return the groups added."""
        if sighting.group_id is not None:
            groups = [sighting.group_id]
        else:
            groups = await self.members.group_ids(sighting.member_id)
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

    async def act(
        self, flag_id: int, action: str, actor_id: int, pressed: tuple[int, int] | None
    ) -> tuple[Outcome, Flag | None]:
        """Take, resolve or dismiss a flag; every copy of its alert is brought up to date."""
        state = _ACTIONS.get(action)
        if state is None or await self.flags.get(flag_id) is None:
            return Outcome.UNKNOWN, None
        if not await self.may_act(flag_id, actor_id):
            return Outcome.NOT_ALLOWED, None
        now = iso(self.clock())
        async with self.db.transaction() as tx:
            flag = await get_flag(tx, flag_id)
            assert flag is not None
            if flag.state.closed:
                outcome = Outcome.CLOSED
            elif state is FlagState.ACKNOWLEDGED and flag.state is FlagState.ACKNOWLEDGED:
                outcome = Outcome.ALREADY_TAKEN
            else:
                await self._change(tx, flag, state, actor_id, now)
                outcome = Outcome.DONE
            flag = await get_flag(tx, flag_id)
            assert flag is not None
            await self.writer.refresh(tx, flag, now)
            if pressed is not None:
                await self._edit_pressed(tx, flag, pressed, now)
        self.escalator.outbox_ready()
        return outcome, flag

    async def _change(
        self, tx: Transaction, flag: Flag, state: FlagState, actor_id: int, now: str
    ) -> None:
        """Record the new state, the timeline entry and the audit entry."""
        if state.closed and flag.acknowledged_by is None:
            await set_state(tx, flag.id, FlagState.ACKNOWLEDGED, actor_id, now)
        await set_state(tx, flag.id, state, actor_id, now)
        await add_event(tx, flag.id, state.value, now, actor_id)
        await add_audit(tx, actor_id, f"flag.{state.value}", now, flag.group_id, str(flag.id))
        if state is FlagState.RESOLVED:
            await request_note(tx, flag.id, actor_id, now)

    async def _edit_pressed(
        self, tx: Transaction, flag: Flag, pressed: tuple[int, int], now: str
    ) -> None:
        """Bring the pressed message up to date too: a duplicate, or a copy that went stale.

        Its edit has the same outbox key as the one `refresh` may have queued, so it is sent once.
        """
        chat_id, message_id = pressed
        await self.writer.edit_message(tx, flag, chat_id, message_id, 0, now)

    async def take_note(self, user_id: int, text: str) -> int | None:
        """Store a handoff note if this person was just asked for one; return the flag id."""
        now = self.clock()
        if not await self.flags.has_pending_note(user_id, iso(now - NOTE_WAIT)):
            return None
        async with self.db.transaction() as tx:
            flag_id = await pending_note_flag(tx, user_id, iso(now - NOTE_WAIT))
            if flag_id is None:
                return None
            await save_note(tx, flag_id, sanitize(text).strip()[:NOTE_MAX_LENGTH])
            await add_event(tx, flag_id, "note", iso(now), user_id)
            await add_audit(tx, user_id, "flag.note", iso(now), None, str(flag_id))
            flag = await get_flag(tx, flag_id)
            assert flag is not None
            await self.writer.refresh(tx, flag, iso(now))
        self.escalator.outbox_ready()
        return flag_id

    async def skip_note(self, user_id: int) -> int | None:
        """Stop waiting for this person's handoff note; return the flag id if one was awaited."""
        now = self.clock()
        async with self.db.transaction() as tx:
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
    return await enqueue(
        tx,
        dedup_key=send.key,
        chat_id=send.chat_id,
        method=send.method,
        params=send.params,
        priority=Priority.ALERT,
        now=now,
        user_id=member_id,
    )
