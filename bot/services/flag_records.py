"""Erasing flags: after the retention period and on /forget, in the alerts staff hold too."""

from __future__ import annotations

from datetime import timedelta

from bot.domain.clock import Clock, iso
from bot.services.alerts import AlertWriter
from bot.services.escalation import Escalator
from bot.storage.db import Database, Transaction
from bot.storage.flag_alerts import add_alert, alert_by_key, alerts_of, settle_alert
from bot.storage.flags import erase_expired, erase_flags_of, erase_member_flags, get_flag

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
    ) -> None:
        """Use the given storage, alert writer, retention period and clock."""
        self.db = db
        self.writer = writer
        self.escalator = escalator
        self.retention = retention
        self.clock = clock

    async def record_view(self, flag_id: int, user_id: int, message_id: int) -> None:
        """Remember a /flag view as a copy, so later changes and erasure reach it too."""
        now = iso(self.clock())
        async with self.db.transaction() as tx:
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
        async with self.db.transaction() as tx:
            erased = await erase_expired(tx, iso(now - self.retention), iso(now))
            await self._scrub_copies(tx, erased, iso(now))
        if erased:
            self.escalator.outbox_ready()
        return len(erased)

    async def erase_member(self, tx: Transaction, user_id: int) -> None:
        """/forget: erase the member from their flags and from the alerts facilitators hold."""
        now = iso(self.clock())
        erased = await erase_member_flags(tx, user_id, now)
        await erase_flags_of(tx, user_id)
        await self._scrub_copies(tx, erased, now)

    async def _scrub_copies(self, tx: Transaction, flag_ids: list[int], now: str) -> None:
        """Edit every delivered copy of these (erased) flags' alerts to their erased form."""
        for flag_id in flag_ids:
            flag = await get_flag(tx, flag_id)
            if flag is None:
                continue
            for alert in await alerts_of(tx, flag_id):
                if alert.message_id is not None and alert.recipient_id is not None:
                    await self.writer.edit(tx, flag, alert, now)
