"""The admins' daily digest of flags still open or taken but not closed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso, parse_iso
from bot.domain.flags import Flag, FlagState
from bot.domain.messages import OutgoingText
from bot.domain.sends import SendKind
from bot.services.alerts import AlertWriter
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.db import Database, Transaction
from bot.storage.flags import FlagRepository, claim_digest
from bot.storage.outbox import enqueue_message

DIGEST_PREFIX = "digest"
# A digest lists at most this many flags (the oldest first); /flags shows the rest.
DIGEST_MAX = 30


class FlagDigest:
    """Once a day, from the configured local hour: every admin hears of the flags not closed."""

    def __init__(
        self,
        db: Database,
        flags: FlagRepository,
        roles: RoleService,
        writer: AlertWriter,
        hour: int,
        clock: Clock,
        outbox: OutboxLink,
    ) -> None:
        """Use the storage, roles, the alert writer (texts, readers), the hour and a clock."""
        self.db = db
        self.flags = flags
        self.roles = roles
        self.writer = writer
        self.hour = hour
        self.clock = clock
        self.outbox = outbox

    async def run_due(self) -> int:
        """Send today's digest if its hour has come and it was not sent; return how many."""
        now = self.clock()
        local = now.astimezone(ZoneInfo(self.writer.default_timezone))
        day = local.date().isoformat()
        if local.hour < self.hour or await self.flags.digest_sent(day):
            return 0
        flags = await self.flags.unclosed()
        queued = 0
        async with self.db.transaction(durable=True) as tx:
            if not await claim_digest(tx, day, iso(now)) or not flags:
                return 0
            for admin in await self.roles.all_admin_ids():
                queued += await self._queue(tx, admin, flags, day, now)
        self.outbox.ready()
        return queued

    async def _queue(
        self, tx: Transaction, admin: int, flags: list[Flag], day: str, now: datetime
    ) -> int:
        """Queue one admin's digest in their language."""
        reader = await self.writer.reader(admin)
        t, lang = self.writer.texts, reader.language
        lines = [t.get(lang, "digest-header", count=len(flags))]
        for flag in flags[:DIGEST_MAX]:
            state = t.get(lang, f"flag-state-{flag.state.value}")
            if flag.state is FlagState.OPEN and flag.unreached_at:
                state = t.get(lang, "flag-state-unreached")
            hours = int((now - parse_iso(flag.raised_at)).total_seconds() // 3600)
            where = flag.chat_title or t.get(lang, "flags-private")
            lines.append(
                t.get(
                    lang,
                    "digest-item",
                    id=str(flag.id),
                    tier=t.get(lang, f"tier-{flag.tier}"),
                    state=state,
                    hours=hours,
                    where=where,
                )
            )
        lines.append(t.get(lang, "digest-footer"))
        return int(
            await enqueue_message(
                tx,
                OutgoingText("\n".join(lines)),
                kind=SendKind.FLAG_DIGEST,
                dedup_key=f"{DIGEST_PREFIX}:{day}:{admin}",
                chat_id=admin,
                priority=Priority.ALERT,
                now=iso(now),
            )
        )
