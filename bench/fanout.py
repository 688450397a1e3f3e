"""Fan-out under flood limits, with top-priority alerts queued in the middle of it."""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bench.counting import Deliveries
from bot.delivery.limiter import DeliveryLimiter
from bot.delivery.outbox import OutboxWorker
from bot.delivery.pacing import Priority
from bot.devtools.emulator import Emulator
from bot.domain.clock import iso, system_clock
from bot.domain.sends import SendKind
from bot.storage.db import Database
from bot.storage.outbox import OutboxRepository, enqueue

TOKEN = "6161616161:BenchmarkTokenForFanout_abcdefghijkl"
# Telegram allows about 30 msg/s; both the emulator's limits and the bot's pacing are scaled
# by the same factor (x3.3) so the run takes under two minutes; the ratio is what is compared.
# The emulator shares this process (and its CPU) with the bot: past about 200 msg/s the
# process itself, not the pacing, becomes the limit. FANOUT_RATE and FANOUT_MESSAGES override.
RATE = float(os.environ.get("FANOUT_RATE", "100"))
SCHEDULED = int(os.environ.get("FANOUT_MESSAGES", "10000"))
ALERT_EVERY = 0.25
BULK_BASE, ALERT_BASE = 20_000_000, 30_000_000


def scaled_flood_limits(emulator: Emulator, rate: float) -> None:
    """Turn on the emulator's flood limits, Telegram's scaled to `rate` messages per second."""
    emulator.enable_flood_limits(
        overall_per_s=rate,
        per_chat_per_s=rate / 30,
        per_chat_burst=3,
        per_group_per_min=int(rate * 2 / 3),
    )


async def paced_bot(emulator: Emulator, token: str, rate: float) -> ExtBot[dict[str, object]]:
    """An initialised bot on the emulator whose sends pass the bot's own limiter at `rate`."""
    bot: ExtBot[dict[str, object]] = ExtBot(
        token,
        base_url=emulator.base_url,
        base_file_url=emulator.base_file_url,
        request=HTTPXRequest(connection_pool_size=256),
        rate_limiter=DeliveryLimiter(rate=rate),
    )
    await bot.initialize()
    return bot


def run_fanout() -> bool:
    """Run the fan-out benchmark, print its figures and tell whether the targets were met."""
    return asyncio.run(_fanout())


async def _fanout() -> bool:
    """10,000 scheduled sends due at once; alerts queued every ALERT_EVERY seconds meanwhile."""
    with tempfile.TemporaryDirectory() as tmp, Emulator(token=TOKEN) as emulator:
        scaled_flood_limits(emulator, RATE)
        for index in range(SCHEDULED):
            emulator.add_user(f"B{index}", BULK_BASE + index)
        db = Database(Path(tmp) / "fanout.sqlite3")
        await db.open()
        outbox = OutboxRepository(db)
        await _queue(db, [(BULK_BASE + i, Priority.SCHEDULED) for i in range(SCHEDULED)], "bulk")
        bot = await paced_bot(emulator, TOKEN, RATE)
        worker = OutboxWorker(bot, outbox, system_clock)
        running = asyncio.create_task(worker.run())
        bulk = Deliveries(lambda chat: BULK_BASE <= chat < ALERT_BASE)
        alerts = Deliveries(lambda chat: chat >= ALERT_BASE)
        queued_at = await _alerts_during(emulator, db, worker, bulk, alerts)
        await asyncio.to_thread(
            emulator.wait_until,
            lambda core: bulk.count(core) >= SCHEDULED,  # type: ignore[arg-type]
            600,
        )
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
        await bot.shutdown()
        await db.close()
        return _report(emulator, queued_at, bulk, alerts)


async def _queue(db: Database, sends: list[tuple[int, int]], kind: str) -> None:
    """Queue one message per (chat, priority) in one transaction."""
    now = iso(system_clock())
    async with db.transaction() as tx:
        for chat_id, priority in sends:
            await enqueue(
                tx,
                kind=SendKind.OTHER,
                dedup_key=f"{kind}:{chat_id}",
                chat_id=chat_id,
                method="sendMessage",
                params={"text": f"{kind} message"},
                priority=int(priority),
                now=now,
            )


async def _alerts_during(
    emulator: Emulator, db: Database, worker: OutboxWorker, bulk: Deliveries, alerts: Deliveries
) -> dict[int, float]:
    """Queue an alert every ALERT_EVERY seconds while the bulk drains; return queue times."""
    queued_at: dict[int, float] = {}
    index = 0
    await asyncio.sleep(1.0)
    while emulator_count(emulator, bulk) < SCHEDULED * 0.9:
        chat_id = ALERT_BASE + index
        emulator.add_user(f"A{index}", chat_id)
        queued_at[chat_id] = time.monotonic()
        await _queue(db, [(chat_id, Priority.ALERT)], "alert")
        worker.wake()
        index += 1
        await asyncio.sleep(ALERT_EVERY)
    await asyncio.to_thread(
        emulator.wait_until,
        lambda core: alerts.count(core) >= len(queued_at),  # type: ignore[arg-type]
        60,
    )
    return queued_at


def emulator_count(emulator: Emulator, deliveries: Deliveries) -> int:
    """Count deliveries under the emulator's lock."""
    with emulator._lock:  # the control API's lock; counting must not race the server thread
        return deliveries.count(emulator)


def _report(
    emulator: Emulator, queued_at: dict[int, float], bulk: Deliveries, alerts: Deliveries
) -> bool:
    """Print delivery rate, 429s, losses and alert latency; return whether targets were met."""
    emulator_count(emulator, bulk)
    emulator_count(emulator, alerts)
    times = sorted(call.monotonic for call in bulk.calls)
    rate = (len(times) - 1) / (times[-1] - times[0])
    lost = SCHEDULED - len(bulk.chats)
    got_429 = emulator.count_responses(429)
    arrived = {int(call.params["chat_id"]): call.monotonic for call in alerts.calls}
    latencies = sorted(arrived[chat] - queued for chat, queued in queued_at.items())
    p50 = latencies[len(latencies) // 2]
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
    print(
        f"fan-out: {SCHEDULED} scheduled sends, emulator limit {RATE:.0f}/s overall: "
        f"{rate:.1f} msg/s = {rate / RATE:.2f} of the allowed rate (target >= 0.90); "
        f"lost {lost}; 429s {got_429}"
    )
    print(
        f"alerts queued during the fan-out: n={len(latencies)}, queue-to-emulator "
        f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms (target p99 <= 1000 ms); "
        f"lost {len(queued_at) - len(arrived)}"
    )
    return rate / RATE >= 0.9 and lost == 0 and got_429 <= 5 and p99 <= 1.0
