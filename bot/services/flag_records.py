"""Erasing flags: after the retention period and on /forget, in the alerts staff hold too."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.domain.clock import Clock, iso
from bot.services.alert_notices import Notice, NoticeWriter, people_on
from bot.services.alerts import AlertWriter
from bot.services.escalation import Escalator
from bot.services.outbox_link import OutboxLink
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction
from bot.storage.flag_alerts import (
    add_alert,
    alert_by_key,
    alerts_of,
    clear_heads,
    settle_alert,
)
from bot.storage.flags import (
    add_event,
    close_erased,
    erase_expired,
    erase_flags_of,
    erase_member_flags,
    flags_held_by,
    get_flag,
    open_flags_of,
    reopen_flag,
)

# The step recorded for /flag views: never part of an escalation step.
VIEW_STEP = -1


class FlagRecords:
    """Keeps what was shown about a flag in step with what is still stored."""

    def __init__(
        self,
        db: Database,
        writer: AlertWriter,
        escalator: Escalator,
        retention: timedelta,
        clock: Clock,
        outbox: OutboxLink,
    ) -> None:
        """Use the given storage, alert writer, retention period and clock."""
        self.db = db
        self.outbox = outbox
        self.writer = writer
        self.notices = NoticeWriter(writer)
        self.escalator = escalator
        self.retention = retention
        self.clock = clock

    async def record_view(self, flag_id: int, user_id: int, message_id: int) -> None:
        """Remember a /flag view as a copy, so later changes and erasure reach it too."""
        now = iso(self.clock())
        async with self.db.transaction(durable=True) as tx:
            flag = await get_flag(tx, flag_id)
            if flag is None:
                return
            key = f"view:{flag_id}:{user_id}:{message_id}"
            await add_alert(tx, flag_id, user_id, VIEW_STEP, key, flag.version, now)
            alert = await alert_by_key(tx, key)
            if alert is not None:
                await settle_alert(tx, alert.id, "delivered", message_id, now)

    async def erase_expired(self) -> int:
        """Erase who and what of flags older than the retention period; return how many.

        The copies of their alerts in facilitators' chats are edited to drop them too.
        """
        now = self.clock()
        async with self.db.transaction(durable=True) as tx:
            erased = await erase_expired(tx, iso(now - self.retention), iso(now))
            await self._scrub_copies(tx, erased, iso(now))
        if erased:
            self.outbox.ready()
        return len(erased)

    async def erase_member(self, tx: Transaction, user_id: int) -> None:
        """/forget: erase the member from their flags and from the alerts facilitators hold.

        A flag still open closes as erased and whoever is on it is told with a new message;
        flags this person had taken go back to everyone on them.
        """
        now = self.clock()
        stamp = iso(now)
        closing = await self._close_erased(tx, user_id, stamp)
        await self._hand_back(tx, user_id, now)
        erased = await erase_member_flags(tx, user_id, stamp)
        await erase_flags_of(tx, user_id)
        await self._scrub_copies(tx, erased, stamp)
        for flag_id, people in closing.items():
            flag = await get_flag(tx, flag_id)
            assert flag is not None
            await self.notices.queue(tx, flag, people, Notice.ERASED, stamp)

    async def _close_erased(self, tx: Transaction, user_id: int, now: str) -> dict[int, list[int]]:
        """Close the member's open flags as erased (audited); return who to tell of each."""
        closing: dict[int, list[int]] = {}
        for flag_id in await open_flags_of(tx, user_id):
            flag = await get_flag(tx, flag_id)
            assert flag is not None
            people = [p for p in await self.notices.holders(tx, flag) if p != user_id]
            closing[flag_id] = people
            await close_erased(tx, flag_id, now)
            await add_event(tx, flag_id, "member-erased", now)
            await add_audit(tx, None, "flag.member_erased", now, flag.group_id, str(flag_id))
        return closing

    async def hand_over(self, tx: Transaction, user_id: int, now: datetime) -> int:
        """A holder goes on a break: the flags they took go back to everyone on them, with a
        notifying message naming them (the alert's buttons to take it); return how many."""
        return await self._hand_back(tx, user_id, now, Notice.ON_BREAK, actor=user_id)

    async def _hand_back(
        self,
        tx: Transaction,
        user_id: int,
        now: datetime,
        notice: Notice = Notice.HANDED_BACK,
        actor: int | None = None,
    ) -> int:
        """Give the flags this person took back to everyone on them, with a new message."""
        stamp = iso(now)
        held = await flags_held_by(tx, user_id)
        away = await self.escalator.oncall.away() if held else frozenset()  # on a break
        for flag_id in held:
            flag = await get_flag(tx, flag_id)
            assert flag is not None
            wait = self.escalator.policy.timeout(flag.tier) + timedelta(seconds=1)
            await reopen_flag(tx, flag_id, iso(now + wait))
            # "handed-back" (they left), "on-break" (bot/breaks): the timeline says which.
            kind = "handed-back" if notice is Notice.HANDED_BACK else notice.value
            await add_event(tx, flag_id, kind, stamp, actor)
            await add_audit(tx, actor, "flag.handed_back", stamp, flag.group_id, str(flag_id))
            reopened = await get_flag(tx, flag_id)
            assert reopened is not None
            await self.writer.refresh(tx, reopened, stamp)
            people = people_on(await alerts_of(tx, flag_id), reopened.member_id)
            people = [p for p in people if p != user_id and p not in away]
            if people:
                await self.notices.queue(tx, reopened, people, notice, stamp, actor=actor)
            else:
                await self.escalator.notify(tx, reopened, 0, now, exclude=frozenset({user_id}))
        return len(held)

    async def _scrub_copies(self, tx: Transaction, flag_ids: list[int], now: str) -> None:
        """Edit every delivered copy of these (erased) flags' alerts to their erased form."""
        for flag_id in flag_ids:
            flag = await get_flag(tx, flag_id)
            if flag is None:
                continue
            await clear_heads(tx, flag_id)  # notices quote the member's words
            for alert in await alerts_of(tx, flag_id):
                if alert.message_id is not None and alert.recipient_id is not None:
                    await self.writer.edit(tx, flag, alert, now)
