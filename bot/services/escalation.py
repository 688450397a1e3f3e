"""Escalation: who is told of a flag at each step, and what happens when a copy fails."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from bot.domain.clock import Clock, iso
from bot.domain.escalation import EscalationPolicy, build_levels, recipients_at
from bot.domain.flags import Flag, FlagState
from bot.services.alerts import AlertWriter
from bot.services.oncall import OnCallService
from bot.services.roles import RoleService
from bot.storage.db import Database, Transaction
from bot.storage.flag_alerts import alert_by_key, alerts_of, settle_alert
from bot.storage.flags import (
    FlagRepository,
    add_event,
    flag_group_ids,
    get_flag,
    set_escalation,
    set_unreached,
)
from bot.storage.outbox import OutboxMessage

log = logging.getLogger(__name__)


class Escalator:
    """Notifies the right people for each step and moves on when nobody took a flag."""

    def __init__(
        self,
        db: Database,
        flags: FlagRepository,
        writer: AlertWriter,
        roles: RoleService,
        oncall: OnCallService,
        policy: EscalationPolicy,
        clock: Clock,
    ) -> None:
        """Use the given storage, services, policy and clock."""
        self.db = db
        self.flags = flags
        self.writer = writer
        self.roles = roles
        self.oncall = oncall
        self.policy = policy
        self.clock = clock
        # Set by the runner: wakes the outbox worker after alerts were queued.
        self.outbox_ready: Callable[[], None] = lambda: None

    async def levels(self, group_ids: list[int]) -> list[tuple[int, ...]]:
        """Return who to reach, level by level: on call, all facilitators, then admins."""
        on_call: list[int] = []
        facilitators: list[int] = []
        for group_id in group_ids:
            picture = await self.oncall.duty(group_id)  # None: a group the bot left (no staff)
            if picture is None:
                continue
            if picture.duty.user_id is not None:
                on_call.append(picture.duty.user_id)
            facilitators.extend(picture.facilitators)
        admins = await self.roles.all_admin_ids()
        return build_levels(on_call, facilitators, admins)

    async def notify(self, tx: Transaction, flag: Flag, step: int, now: datetime) -> bool:
        """Queue the alert for everyone reached at `step`; False when nobody can be reached.

        The member themself and people whose copy of this flag failed (blocked the bot) are
        left out; a step that leaves nobody moves on to the next level at once.
        """
        stamp = iso(now)
        levels = await self.levels(await flag_group_ids(tx, flag.id))
        alerts = await alerts_of(tx, flag.id)
        left_out = {a.recipient_id for a in alerts if a.state == "failed"} | {flag.member_id}
        last = self.policy.last_step(len(levels))
        recipients = self._recipients(levels, step, left_out)
        while not recipients and step < len(levels) - 1:
            step += 1
            recipients = self._recipients(levels, step, left_out)
        # Rounded up to the next second: stored times have whole seconds, never fire early.
        next_at = iso(now + self.policy.timeout(flag.tier) + timedelta(seconds=1))
        if not recipients:
            # Tried again every wait: a facilitator added (or unblocking) later still hears.
            await set_escalation(tx, flag.id, step, next_at)
            if flag.unreached_at is None:
                await set_unreached(tx, flag.id, stamp)
                await add_event(tx, flag.id, "unreached", stamp)
                log.error("flag %d: nobody could be reached; /flags shows it", flag.id)
            return False
        await self.writer.queue(tx, flag, recipients, step, stamp)
        if flag.unreached_at is not None:
            await set_unreached(tx, flag.id, None)
        kind = "notified" if step == 0 else "escalated"
        await add_event(tx, flag.id, kind, stamp, detail=f"{step}:{len(recipients)}")
        await set_escalation(tx, flag.id, step, None if step >= last else next_at)
        if step >= last:
            await add_event(tx, flag.id, "exhausted", stamp)
        return True

    @staticmethod
    def _recipients(
        levels: list[tuple[int, ...]], step: int, left_out: set[int | None]
    ) -> tuple[int, ...]:
        """Return the people reached at a step, without those left out."""
        return tuple(person for person in recipients_at(levels, step) if person not in left_out)

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
            self.outbox_ready()
        return moved

    async def _escalate(self, flag_id: int, now: datetime) -> int:
        """Move one flag to its next step if it is still open and due; return 1 if moved."""
        async with self.db.transaction() as tx:
            flag = await get_flag(tx, flag_id)
            if flag is None or flag.state is not FlagState.OPEN:
                return 0
            if flag.next_escalation_at is None or flag.next_escalation_at > iso(now):
                return 0
            await self.notify(tx, flag, flag.step + 1, now)
            return 1

    async def on_outcome(self, message: OutboxMessage, result: Any) -> None:
        """Record how an alert copy went; when every copy of a step failed, move on at once."""
        now = self.clock()
        async with self.db.transaction() as tx:
            alert = await alert_by_key(tx, message.dedup_key)
            if alert is None:
                return
            flag = await get_flag(tx, alert.flag_id)
            if result is not None:
                message_id = result.get("message_id") if isinstance(result, dict) else None
                await settle_alert(tx, alert.id, "delivered", message_id, iso(now))
                await add_event(tx, alert.flag_id, "delivered", iso(now), alert.recipient_id)
                if flag is not None and message_id and alert.recipient_id is not None:
                    # The copy may have left before the flag changed (taken, repeated): what it
                    # said is compared with what it should say now, and edited if they differ.
                    current = await self.writer.message(flag, alert.recipient_id, alert.step)
                    if current["text"] != message.params.get("text"):
                        delivered = await alert_by_key(tx, message.dedup_key)
                        assert delivered is not None
                        await self.writer.edit(tx, flag, delivered, iso(now))
            else:
                await settle_alert(tx, alert.id, "failed", None, iso(now))
                await add_event(tx, alert.flag_id, "failed", iso(now), alert.recipient_id)
                if flag is not None and flag.state is FlagState.OPEN:
                    await self._after_failure(tx, flag, now)
        self.outbox_ready()

    async def _after_failure(self, tx: Transaction, flag: Flag, now: datetime) -> None:
        """Go to the next step now if no copy of the current step can still reach anyone."""
        current = [alert for alert in await alerts_of(tx, flag.id) if alert.step == flag.step]
        if all(alert.state == "failed" for alert in current):
            await self.notify(tx, flag, flag.step + 1, now)


def minutes(value: float) -> timedelta:
    """Return a number of minutes as a timedelta."""
    return timedelta(minutes=value)
