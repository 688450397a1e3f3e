"""Escalation: who is told of a flag at each step, forever while it is open, and what happens
when a copy fails or a person who could not be reached writes again."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

from bot.domain.clock import Clock, iso, parse_iso
from bot.domain.escalation import EscalationPolicy, recipients_at
from bot.domain.flags import Flag, FlagAlert, FlagState, Told
from bot.domain.sends import SendOutcome
from bot.services.alert_circle import Circle, alert_circle
from bot.services.alerts import AlertWriter
from bot.services.flag_outreach import FlagOutreach
from bot.services.oncall import OnCallService
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.services.taken_flags import TakenFlags
from bot.storage.db import Database, Transaction
from bot.storage.flag_alerts import alert_by_key, alerts_of, settle_alert
from bot.storage.flags import (
    FlagRepository,
    add_event,
    flag_group_ids,
    flags_missed_by,
    get_flag,
    set_escalation,
    set_unreached,
)
from bot.storage.members import MemberRepository

log = logging.getLogger(__name__)


class Escalator:
    """Notifies the right people for each step and keeps on while nobody takes a flag."""

    def __init__(
        self,
        db: Database,
        flags: FlagRepository,
        writer: AlertWriter,
        roles: RoleService,
        oncall: OnCallService,
        policy: EscalationPolicy,
        clock: Clock,
        members: MemberRepository,
        outreach: FlagOutreach,
        outbox: OutboxLink,
    ) -> None:
        """Use the given storage, services, policy and clock."""
        self.db = db
        self.flags = flags
        self.writer = writer
        self.roles = roles
        self.oncall = oncall
        self.policy = policy
        self.clock = clock
        self.members = members
        self.outreach = outreach
        self.outbox = outbox
        self._sent: dict[str, asyncio.Event] = {}
        # Taken flags: the soft cap, its note to the admins, re-pages.
        self.care = TakenFlags(db=db, writer=writer, roles=roles, policy=policy, clock=clock)

    async def circle(self, group_ids: Iterable[int], last_resort: bool = False) -> Circle:
        """Return who to reach, level by level (see `alert_circle`)."""
        return await alert_circle(self.oncall, self.roles, self.care, group_ids, last_resort)

    async def taken(self, tx: Transaction, flag: Flag, state: FlagState, actor: int) -> None:
        """Someone took (or closed at once) a flag (see `TakenFlags.taken`)."""
        await self.care.taken(tx, flag, state, actor)

    async def levels(self, group_ids: list[int]) -> list[tuple[int, ...]]:
        """Return who to reach, level by level (see `circle`)."""
        return (await self.circle(group_ids)).levels

    async def notify(
        self,
        tx: Transaction,
        flag: Flag,
        step: int,
        now: datetime,
        exclude: frozenset[int] = frozenset(),
        replying: bool = False,
    ) -> Told:
        """Queue the alert for everyone reached at `step`; say who could be told.

        The member themself and people whose latest copy failed (blocked the bot) are left out;
        a step that leaves nobody moves on to the next level at once. After the last round the
        flag is sent again to everyone, at longer waits, for as long as it stays open.
        `exclude`: people leaving (erasing their data) in this very transaction; `replying`:
        the member's reply, queued with the flag, says who was told (nothing more is sent).
        """
        stamp = iso(now)
        group_ids = await flag_group_ids(tx, flag.id)
        circle = await self.circle(group_ids)
        levels = circle.levels
        left_out = _left_out(await alerts_of(tx, flag.id)) | {flag.member_id, *exclude}
        recipients = _recipients(levels, step, left_out)
        while not recipients and step < len(levels) - 1:
            step += 1
            recipients = _recipients(levels, step, left_out)
        if not recipients:
            # Nobody else can be reached (copies failed): a crisis goes to people on a
            # break rather than to nobody.
            circle = await self.circle(group_ids, last_resort=True)
            recipients = _recipients(circle.levels, len(circle.levels), left_out)
        age = now - parse_iso(flag.raised_at)
        wait = self.policy.wait_after(flag.tier, step, len(levels), age)
        # Rounded up to the next second: stored times have whole seconds, never fire early.
        await set_escalation(tx, flag.id, step, iso(now + wait + timedelta(seconds=1)))
        if not recipients:
            await self._nobody(tx, flag, group_ids, stamp, tell_member=not replying)
            return Told.NOBODY
        await self.writer.queue(tx, flag, recipients, step, stamp)
        if flag.unreached_at is not None:
            await set_unreached(tx, flag.id, None)
        last = self.policy.last_step(len(levels))
        kind = "notified" if step == 0 else "repeated" if step > last else "escalated"
        await add_event(tx, flag.id, kind, stamp, detail=f"{step}:{len(recipients)}")
        if step >= len(levels):  # every level was tried and waited for: tell the member
            await self.outreach.tell_member_nobody_yet(tx, flag, stamp)
        return await self._reachable_told(recipients, circle.group_staff)

    async def _nobody(
        self, tx: Transaction, flag: Flag, group_ids: list[int], now: str, tell_member: bool
    ) -> None:
        """Nobody can be reached: mark it (tried again every wait), ask the groups, tell the
        member the truth (unless their reply, being written, says it)."""
        if flag.unreached_at is None:
            await set_unreached(tx, flag.id, now)
            await add_event(tx, flag.id, "unreached", now)
            log.error("flag %d: nobody could be reached; /flags shows it", flag.id)
        await self.outreach.ask_groups_for_staff(tx, flag, group_ids, now)
        if tell_member:
            await self.outreach.tell_member_nobody_yet(tx, flag, now)

    async def told(self, people: Iterable[int], group_ids: Iterable[int]) -> Told:
        """Say who of these people heard of a flag of these groups (see _reachable_told)."""
        return await self._reachable_told(people, (await self.circle(group_ids)).group_staff)

    async def _reachable_told(self, recipients: Iterable[int], group_staff: frozenset[int]) -> Told:
        """Say who was told, counting only people the bot knows it can write to."""
        reachable = []
        for person in recipients:
            member = await self.members.get(person)
            if member is not None and member.unreachable_at is None:
                reachable.append(person)
        if any(person in group_staff for person in reachable):
            return Told.GROUP
        return Told.ADMINS if reachable else Told.NOBODY

    async def escalate_due(self) -> int:
        """Move every flag whose wait is over to its next step; return how many moved."""
        now = self.clock()
        moved = 0
        for flag_id in await self.flags.due_escalations(iso(now)):
            try:
                moved += await self._escalate(flag_id, now)
            except Exception as error:  # one broken flag must not hold up the others
                log.error("flag %d: escalation failed: %s", flag_id, type(error).__name__)
        if moved:
            self.outbox.ready()
        return moved

    async def _escalate(self, flag_id: int, now: datetime) -> int:
        """Move one flag to its next step if it is still open and due; return 1 if moved."""
        async with self.db.transaction(durable=True) as tx:
            flag = await get_flag(tx, flag_id)
            if flag is None or flag.state not in (FlagState.OPEN, FlagState.ACKNOWLEDGED):
                return 0
            if flag.next_escalation_at is None or flag.next_escalation_at > iso(now):
                return 0
            if flag.state is FlagState.ACKNOWLEDGED:
                circle = await self.circle(await flag_group_ids(tx, flag.id))
                await self.care.repage(tx, flag, now, circle.staff, circle.admins)
                return 1
            await self.notify(tx, flag, flag.step + 1, now)
            return 1

    async def reach_again(self, user_id: int) -> list[str]:
        """Someone who could not be reached writes to the bot: queue the open alerts they
        missed (a failed copy, or a flag nobody could be told of); return the outbox keys."""
        if not await self.flags.missed_by(user_id):
            return []
        now = iso(self.clock())
        keys: list[str] = []
        async with self.db.transaction(durable=True) as tx:
            for flag_id in await flags_missed_by(tx, user_id):
                flag = await get_flag(tx, flag_id)
                if flag is None or flag.state is not FlagState.OPEN or user_id == flag.member_id:
                    continue
                circle = await self.circle(await flag_group_ids(tx, flag.id))
                if user_id not in recipients_at(circle.levels, flag.step):
                    continue
                keys.append(await self.writer.queue_again(tx, flag, user_id, flag.step, now))
                await add_event(tx, flag.id, "reached-again", now, user_id)
                if flag.unreached_at is not None:
                    await set_unreached(tx, flag.id, None)
        for key in keys:
            self._sent.setdefault(key, asyncio.Event())
        if keys:
            self.outbox.ready()
        return keys

    async def wait_sent(self, keys: list[str]) -> None:
        """Wait until these alert copies were sent or failed (the caller bounds the wait)."""
        events = [self._sent.setdefault(key, asyncio.Event()) for key in keys]
        try:
            for event in events:
                await event.wait()
        finally:
            for key in keys:
                self._sent.pop(key, None)

    async def on_outcome(self, outcome: SendOutcome) -> None:
        """Record how an alert copy went; when every copy of a step failed, move on at once."""
        try:
            await self._record_outcome(outcome)
        finally:
            event = self._sent.get(outcome.dedup_key)
            if event is not None:
                event.set()
        self.outbox.ready()

    async def _record_outcome(self, outcome: SendOutcome) -> None:
        """Settle the copy; edit it when the flag changed while it was on its way."""
        now = self.clock()
        async with self.db.transaction(durable=True) as tx:
            alert = await alert_by_key(tx, outcome.dedup_key)
            if alert is None:
                return
            flag = await get_flag(tx, alert.flag_id)
            if not outcome.delivered:
                await settle_alert(tx, alert.id, "failed", None, iso(now))
                await add_event(tx, alert.flag_id, "failed", iso(now), alert.recipient_id)
                if flag is not None and flag.state is FlagState.OPEN:
                    await self._after_failure(tx, flag, now)
                return
            message_id = outcome.message_id
            await settle_alert(tx, alert.id, "delivered", message_id, iso(now))
            await add_event(tx, alert.flag_id, "delivered", iso(now), alert.recipient_id)
            if flag is not None and message_id and alert.recipient_id is not None:
                # The copy may have left before the flag changed (taken, repeated): what it
                # said is compared with what it should say now (a notice ends with the alert).
                current = await self.writer.message(flag, alert.recipient_id, alert.step)
                if not outcome.text.endswith(current.text):
                    delivered = await alert_by_key(tx, outcome.dedup_key)
                    assert delivered is not None
                    await self.writer.edit(tx, flag, delivered, iso(now))

    async def _after_failure(self, tx: Transaction, flag: Flag, now: datetime) -> None:
        """Go to the next step now if no copy of the current step can still reach anyone."""
        current = [alert for alert in await alerts_of(tx, flag.id) if alert.step == flag.step]
        if all(alert.state == "failed" for alert in current):
            await self.notify(tx, flag, flag.step + 1, now)


def _left_out(alerts: list[FlagAlert]) -> set[int | None]:
    """Return the people whose latest copy of a flag failed (they blocked the bot, or never
    started it); a person reached again since is not left out."""
    latest: dict[int | None, str] = {}
    for alert in alerts:  # oldest first
        latest[alert.recipient_id] = alert.state
    return {person for person, state in latest.items() if state == "failed"}


def _recipients(
    levels: list[tuple[int, ...]], step: int, left_out: set[int | None]
) -> tuple[int, ...]:
    """Return the people reached at a step, without those left out."""
    return tuple(person for person in recipients_at(levels, step) if person not in left_out)


def minutes(value: float) -> timedelta:
    """Return a number of minutes as a timedelta."""
    return timedelta(minutes=value)
