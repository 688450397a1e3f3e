"""What staff do with an alert: take it, close it (after confirming), reopen it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from enum import StrEnum

from bot.domain.clock import Clock, iso, parse_iso
from bot.domain.flags import Flag, FlagState
from bot.domain.messages import OutgoingText
from bot.services.alert_notices import Notice, NoticeWriter, people_on
from bot.services.alerts import AlertWriter
from bot.services.escalation import Escalator
from bot.services.outbox_link import OutboxLink
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction
from bot.storage.flag_alerts import alerts_of
from bot.storage.flags import (
    FlagRepository,
    add_event,
    get_flag,
    reopen_flag,
    request_note,
    set_state,
)

# Told, inside the resolving transaction, that a flag was resolved: (tx, flag, actor, now).
ResolvedHook = Callable[[Transaction, Flag, int, str], Awaitable[None]]

# A closed flag can be reopened by anyone on it for this long.
REOPEN_WINDOW = timedelta(hours=24)


class Outcome(StrEnum):
    """The answer to a facilitator's button press."""

    DONE = "done"
    NOT_ALLOWED = "not_allowed"
    ALREADY_TAKEN = "already_taken"
    CLOSED = "closed"
    UNKNOWN = "unknown"
    NOT_CLOSED = "not_closed"
    TOO_LATE = "too_late"


_ACTIONS = {
    "ack": FlagState.ACKNOWLEDGED,
    "resok": FlagState.RESOLVED,
    "faok": FlagState.FALSE_ALARM,
}
# Closing asks first: the button shows a question in place, answered by resok / faok.
CONFIRMED = {"res": "resok", "fa": "faok"}


class FlagActions:
    """Records what staff do with flags and keeps every copy of the alert in step."""

    def __init__(
        self,
        db: Database,
        flags: FlagRepository,
        writer: AlertWriter,
        escalator: Escalator,
        may_act: Callable[[int, int], Awaitable[bool]],
        clock: Clock,
        outbox: OutboxLink,
    ) -> None:
        """Use the storage, the alert writer, the escalator, the permission check, a clock."""
        self.db = db
        self.outbox = outbox
        self.flags = flags
        self.writer = writer
        self.notices = NoticeWriter(writer)
        self.escalator = escalator
        self.may_act = may_act
        self.clock = clock
        self.resolved_hooks: list[ResolvedHook] = []

    def on_resolved(self, hook: ResolvedHook) -> None:
        """Call `hook` in the transaction that resolves a flag (a feature's wiring adds it)."""
        self.resolved_hooks.append(hook)

    async def _check(self, flag_id: int, actor_id: int) -> tuple[Outcome, Flag | None]:
        """Return UNKNOWN or NOT_ALLOWED with the flag, or DONE when the actor may act."""
        flag = await self.flags.get(flag_id)
        if flag is None:
            return Outcome.UNKNOWN, None
        if not await self.may_act(flag_id, actor_id):
            return Outcome.NOT_ALLOWED, None
        return Outcome.DONE, flag

    async def act(
        self, flag_id: int, action: str, actor_id: int, pressed: tuple[int, int] | None
    ) -> tuple[Outcome, Flag | None]:
        """Take, resolve or dismiss a flag; every copy of its alert is brought up to date."""
        state = _ACTIONS.get(action)
        if state is None:
            return Outcome.UNKNOWN, None
        outcome, _ = await self._check(flag_id, actor_id)
        if outcome is not Outcome.DONE:
            return outcome, None
        now = iso(self.clock())
        async with self.db.transaction(durable=True) as tx:
            flag = await get_flag(tx, flag_id)
            assert flag is not None
            if flag.state.closed:
                outcome = Outcome.CLOSED
            elif state is FlagState.ACKNOWLEDGED and flag.state is FlagState.ACKNOWLEDGED:
                outcome = Outcome.ALREADY_TAKEN
            else:
                await self._change(tx, flag, state, actor_id, now)
            flag = await get_flag(tx, flag_id)
            assert flag is not None
            await self.writer.refresh(tx, flag, now)
            if pressed is not None:
                chat_id, message_id = pressed
                # Same outbox key as the edit `refresh` may have queued: sent once.
                await self.writer.edit_message(tx, flag, chat_id, message_id, 0, now)
        self.outbox.ready()
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
        if state in (FlagState.ACKNOWLEDGED, FlagState.RESOLVED):
            await self.escalator.taken(tx, flag, state, actor_id)
        if state is FlagState.RESOLVED:
            await request_note(tx, flag.id, actor_id, now)
            for hook in self.resolved_hooks:
                await hook(tx, flag, actor_id, now)

    async def view(
        self, flag_id: int, actor_id: int, confirm: str | None = None
    ) -> tuple[Outcome, Flag | None, OutgoingText | None]:
        """Return the alert as this person sees it now; `confirm` ("res" or "fa") asks first.

        Nothing is stored: the question lives in the pressed message only.
        """
        outcome, flag = await self._check(flag_id, actor_id)
        if outcome is not Outcome.DONE or flag is None:
            return outcome, flag, None
        if confirm is not None and flag.state.closed:
            return Outcome.CLOSED, flag, await self.writer.message(flag, actor_id, 0)
        return outcome, flag, await self.writer.message(flag, actor_id, 0, confirm)

    async def reopen(self, flag_id: int, actor_id: int) -> tuple[Outcome, Flag | None]:
        """Open a closed flag again (within 24 hours): everyone on it hears, escalation resumes."""
        outcome, flag = await self._check(flag_id, actor_id)
        if outcome is not Outcome.DONE or flag is None:
            return outcome, flag
        now = self.clock()
        stamp = iso(now)
        if not flag.state.closed or flag.state is FlagState.ERASED:
            return Outcome.NOT_CLOSED, flag
        if flag.closed_at is None or parse_iso(flag.closed_at) < now - REOPEN_WINDOW:
            return Outcome.TOO_LATE, flag
        async with self.db.transaction(durable=True) as tx:
            wait = self.escalator.policy.timeout(flag.tier) + timedelta(seconds=1)
            await reopen_flag(tx, flag.id, iso(now + wait))
            await add_event(tx, flag.id, "reopened", stamp, actor_id)
            await add_audit(tx, actor_id, "flag.reopened", stamp, flag.group_id, str(flag.id))
            reopened = await get_flag(tx, flag.id)
            assert reopened is not None
            await self.writer.refresh(tx, reopened, stamp)
            people = people_on(await alerts_of(tx, flag.id), flag.member_id)
            if people:
                await self.notices.queue(
                    tx, reopened, people, Notice.REOPENED, stamp, actor=actor_id
                )
            else:
                await self.escalator.notify(tx, reopened, 0, now)
        self.outbox.ready()
        return Outcome.DONE, reopened
