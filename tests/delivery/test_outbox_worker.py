"""The outbox worker: sends what is due, records outcomes, keeps failures from blocking."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import InputFile
from telegram.ext import ExtBot

from bot.delivery.limiter import DeliveryLimiter
from bot.delivery.outbox import OutboxWorker, uploads_of
from bot.delivery.pacing import Priority
from bot.devtools.emulator import EmulatorCore, EmulatorRequest
from bot.domain.clock import iso
from bot.domain.messages import OutgoingFile
from bot.domain.sends import SendKind
from bot.storage.db import Database
from bot.storage.outbox import OutboxRepository, enqueue
from tests.delivery.conftest import TOKEN, BotFactory

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


async def _queue(db: Database, chat_id: int, key: str, priority: Priority) -> None:
    """Queue one message."""
    async with db.transaction() as tx:
        await enqueue(
            tx,
            kind=SendKind.OTHER,
            dedup_key=key,
            chat_id=chat_id,
            method="sendMessage",
            params={"text": f"message {key}"},
            priority=int(priority),
            now=iso(NOW),
        )


async def _database(folder: Path) -> Database:
    """A migrated database."""
    db = Database(folder / "outbox.sqlite3")
    await db.open()
    return db


async def test_sends_due_messages_and_records_them(
    tmp_path: Path, core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """Queued messages arrive once each; a 403 is recorded as failed, not retried."""
    db = await _database(tmp_path)
    ok, blocked = core.add_user("Ok", 11).id, core.add_user("Blocked", 12).id
    core.block_bot(blocked, notify=False)
    await _queue(db, ok, "a", Priority.SCHEDULED)
    await _queue(db, blocked, "b", Priority.SCHEDULED)
    outbox = OutboxRepository(db)
    async with limited_bot() as (bot, _limiter):
        worker = OutboxWorker(bot, outbox, lambda: NOW)
        await worker.drain()
    assert [m.plain_text for m in core.bot_messages(ok)] == ["message a"]
    assert len([c for c in core.get_calls("sendMessage") if c.params["chat_id"] == blocked]) == 1
    assert await outbox.pending_count() == 0
    row = await db.fetch_one(
        "SELECT failed_at IS NOT NULL, last_error FROM outbox WHERE dedup_key = 'b'"
    )
    assert row is not None
    assert (row[0], row[1]) == (1, "Forbidden")
    await db.close()


async def test_transient_failure_is_retried_later(
    tmp_path: Path, core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """A send that keeps failing with 5xx is scheduled again, then sent when it is due."""
    db = await _database(tmp_path)
    chat = core.add_user("Later", 21).id
    await _queue(db, chat, "c", Priority.ALERT)
    outbox = OutboxRepository(db)
    clock = [NOW]
    async with limited_bot(max_retries=0) as (bot, _limiter):
        worker = OutboxWorker(bot, outbox, lambda: clock[0])
        core.fail_next(count=1, kind="502", method="sendMessage")
        await worker.drain()
        assert core.bot_messages(chat) == []
        assert await outbox.pending_count() == 1
        clock[0] = NOW + timedelta(minutes=1)
        await worker.drain()
    assert [m.plain_text for m in core.bot_messages(chat)] == ["message c"]
    assert await outbox.pending_count() == 0
    await db.close()


class _SlowRequest(EmulatorRequest):
    """The in-process transport with a few milliseconds of network delay per call."""

    def __init__(self, core: EmulatorCore, seed: int) -> None:
        """Serve from `core`, delaying each call by 0-5 ms."""
        super().__init__(core)
        self.random = random.Random(seed)

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """Wait a little, then answer like the emulator."""
        await asyncio.sleep(self.random.uniform(0, 0.005))
        return await super().do_request(*args, **kwargs)


async def test_running_worker_sends_each_message_exactly_once(
    tmp_path: Path, core: EmulatorCore
) -> None:
    """With sends finishing while the worker looks for more, no message goes out twice."""
    db = await _database(tmp_path)
    chats = [core.add_user(f"U{i}", 1000 + i).id for i in range(300)]
    for chat in chats:
        await _queue(db, chat, f"k{chat}", Priority.SCHEDULED)
    outbox = OutboxRepository(db)
    limiter = DeliveryLimiter(rate=0)
    bot: ExtBot[dict[str, Any]] = ExtBot(TOKEN, request=_SlowRequest(core, 7), rate_limiter=limiter)
    async with bot:
        worker = OutboxWorker(bot, outbox, lambda: NOW, max_in_flight=40)
        running = asyncio.create_task(worker.run())
        await asyncio.to_thread(
            core.wait_until, lambda c: len(c.get_calls("sendMessage")) >= len(chats)
        )
        await worker.stop()
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
    sends = [c.params["chat_id"] for c in core.get_calls("sendMessage")]
    assert sorted(sends) == sorted(chats)
    assert await outbox.pending_count() == 0
    await db.close()


class _HeldRequest(EmulatorRequest):
    """Answers sendMessage like the emulator, but only after `release` is set (slow Telegram)."""

    def __init__(self, core: EmulatorCore) -> None:
        """Hold every call until released."""
        super().__init__(core)
        self.arrived = asyncio.Event()
        self.release = asyncio.Event()

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """Answer a sendMessage once released (saying it arrived); anything else at once."""
        answer = await super().do_request(*args, **kwargs)
        url = str(kwargs.get("url", args[0] if args else ""))
        if url.endswith("/sendMessage"):
            self.arrived.set()
            await self.release.wait()
        return answer


async def test_a_stop_waits_for_a_send_in_flight_and_records_it(
    tmp_path: Path, core: EmulatorCore
) -> None:
    """A stop while Telegram is answering lets the send finish and records it: never resent."""
    db = await _database(tmp_path)
    chat = core.add_user("Slow", 4242).id
    await _queue(db, chat, "held", Priority.SCHEDULED)
    outbox = OutboxRepository(db)
    request = _HeldRequest(core)
    bot: ExtBot[dict[str, Any]] = ExtBot(
        TOKEN, request=request, rate_limiter=DeliveryLimiter(rate=0)
    )
    async with bot:
        worker = OutboxWorker(bot, outbox, lambda: NOW)
        running = asyncio.create_task(worker.run())
        await request.arrived.wait()  # Telegram has the message; its answer is on the way
        stopping = asyncio.create_task(worker.stop())
        # No event marks "the run loop has seen the stop": give it time to reach its exit
        # while the answer is still held (before the fix, it cancelled the send there).
        await asyncio.sleep(0.2)
        request.release.set()
        await stopping
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
    assert len(core.get_calls("sendMessage")) == 1
    assert await outbox.pending_count() == 0  # recorded as sent: a restart sends nothing
    await db.close()


# More than half of the worker's places in flight (and fewer than the limiter's HTTP places,
# so the quick send still gets through).
IN_FLIGHT = 40
HELD_CHATS = 30


class _HoldSome(EmulatorRequest):
    """Answers at once, except sends to chats in `held`, which wait for `release`."""

    def __init__(self, core: EmulatorCore, held: set[int]) -> None:
        """Hold the sends to these chats."""
        super().__init__(core)
        self.held = held
        self.release = asyncio.Event()
        self.waiting = 0
        self.all_waiting = asyncio.Event()

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """Answer like the emulator; a held chat's send only once released."""
        answer = await super().do_request(*args, **kwargs)
        body = kwargs.get("request_data")
        params = getattr(body, "parameters", {}) if body is not None else {}
        if params.get("chat_id") in self.held:
            self.waiting += 1
            if self.waiting == len(self.held):
                self.all_waiting.set()
            await self.release.wait()
        return answer


class _Recording(OutboxRepository):
    """The real repository, which also says when sends are recorded."""

    def __init__(self, db: Database) -> None:
        """Use the database; `recorded` is set at each record of finished sends."""
        super().__init__(db)
        self.recorded = asyncio.Event()

    async def mark_sent_many(self, message_ids: list[int], now: str) -> None:
        """Record, then tell."""
        await super().mark_sent_many(message_ids, now)
        self.recorded.set()


async def test_a_finished_send_is_recorded_while_hundreds_are_in_flight(
    tmp_path: Path, core: EmulatorCore
) -> None:
    """One send finishes while 30 wait for Telegram: it is recorded without waiting for them
    (issue 18: they were recorded 100 at a time, so a crash re-sent what had arrived)."""
    db = await _database(tmp_path)
    held = {core.add_user(f"H{i}", 5000 + i).id for i in range(HELD_CHATS)}
    for chat in sorted(held):
        await _queue(db, chat, f"h{chat}", Priority.SCHEDULED)
    request = _HoldSome(core, held)
    outbox = _Recording(db)
    bot: ExtBot[dict[str, Any]] = ExtBot(TOKEN, request=request, rate_limiter=DeliveryLimiter(0))
    async with bot:
        worker = OutboxWorker(bot, outbox, lambda: NOW, max_in_flight=IN_FLIGHT)
        running = asyncio.create_task(worker.run())
        await asyncio.wait_for(request.all_waiting.wait(), timeout=30)
        quick = core.add_user("Quick", 9001).id
        await _queue(db, quick, "quick", Priority.SCHEDULED)
        worker.wake()
        await asyncio.wait_for(outbox.recorded.wait(), timeout=5)
        sent = await db.fetch_one("SELECT sent_at FROM outbox WHERE dedup_key = 'quick'")
        request.release.set()
        await worker.stop()
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
    assert sent is not None
    assert sent[0] is not None, "recorded while the others were still in flight"
    await db.close()


def test_a_file_held_as_text_is_uploaded_under_its_name() -> None:
    """The worker turns an OutgoingFile's stored text into an upload; other values stay."""
    params = OutgoingFile("circle.ics", "BEGIN:VCALENDAR", "<b>News</b>").to_params()
    uploaded = uploads_of(params)
    document = uploaded["document"]
    assert isinstance(document, InputFile)
    assert document.filename == "circle.ics"
    assert document.input_file_content == b"BEGIN:VCALENDAR"
    assert uploaded["caption"] == "<b>News</b>"
