"""The outbox worker lets go of a cancelled kind of send: nothing more of it goes out."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from bot.delivery.outbox import OutboxWorker
from bot.delivery.pacing import Priority
from bot.devtools.emulator import EmulatorCore
from bot.domain.clock import iso
from bot.domain.sends import SendKind
from bot.storage.db import Database
from bot.storage.outbox import OutboxRepository, drop_unsent_in, enqueue
from tests.delivery.conftest import BotFactory, Until

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
BASE = 8_800_000


async def test_dropped_prefix_is_never_sent_and_finished_sends_are_kept(
    tmp_path: Path, core: EmulatorCore, limited_bot: BotFactory, until: Until
) -> None:
    """After drop('ann:1:') and the delete, no ann:1 copy goes out; others still do."""
    db = Database(tmp_path / "outbox.sqlite3")
    await db.open()
    async with db.transaction() as tx:
        for index in range(40):
            chat = core.add_user(f"U{index}", BASE + index).id
            prefix = "ann:1:" if index < 30 else "ann:2:"
            await enqueue(
                tx,
                kind=SendKind.ANNOUNCEMENT,
                dedup_key=f"{prefix}{chat}",
                chat_id=chat,
                method="sendMessage",
                params={"text": "hello"},
                priority=int(Priority.BROADCAST),
                now=iso(NOW),
            )
    outbox = OutboxRepository(db)

    def delivered() -> int:
        """Sends the emulator accepted."""
        return len(core.get_calls("sendMessage"))

    async with limited_bot(rate=20.0) as (bot, _limiter):
        worker = OutboxWorker(bot, outbox, lambda: NOW)
        running = asyncio.create_task(worker.run())
        await until(lambda: delivered() >= 5)
        stopped = await worker.drop("ann:1:")
        async with db.transaction() as tx:
            await drop_unsent_in(tx, "ann:1:")
        at_drop = {call.params["chat_id"] for call in core.get_calls("sendMessage")}
        await until(
            lambda: (
                sum(c.params["chat_id"] >= BASE + 30 for c in core.get_calls("sendMessage")) == 10
            )
        )
        await worker.stop()
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
    sent_first = {c.params["chat_id"] for c in core.get_calls("sendMessage")} - at_drop
    assert all(chat >= BASE + 30 for chat in sent_first), "no ann:1 copy after the drop"
    assert stopped > 0, "sends waiting in the limiter were stopped"
    rows = await db.fetch_all("SELECT dedup_key FROM outbox WHERE dedup_key LIKE 'ann:1:%'")
    recorded = {int(str(row[0]).split(":")[2]) for row in rows}
    assert recorded == {chat for chat in at_drop if chat < BASE + 30}, "delivered rows kept"
    await db.close()
