"""The inbox processor: order, redelivery, malformed and poisoned updates."""

from __future__ import annotations

import asyncio
import json

from telegram import Update
from telegram.ext import TypeHandler

from bot.app import services_of
from bot.delivery.inbox import InboxProcessor
from bot.delivery.updates import to_received
from bot.storage.inbox import MAX_ATTEMPTS, Received
from tests.handlers.conftest import HandlerHarness


def _message(update_id: int, user_id: int, text: str) -> Received:
    """A private text message update ready for the inbox."""
    update = {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "text": text,
            "chat": {"id": user_id, "type": "private"},
            "from": {"id": user_id, "is_bot": False, "first_name": "P"},
        },
    }
    if text.startswith("/"):
        entity = {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
        update["message"]["entities"] = [entity]  # type: ignore[index]
    return Received(update_id, user_id, json.dumps(update))


def _processor(harness: HandlerHarness) -> InboxProcessor:
    """An inbox processor on the harness's application."""
    services = services_of(harness.app)
    return InboxProcessor(harness.app, services.inbox, services.clock)


async def test_updates_are_processed_once_in_order(harness: HandlerHarness) -> None:
    """Stored updates are answered in update_id order; storing one again changes nothing."""
    harness.core.add_user("P", 601)
    processor = _processor(harness)
    await processor.store([_message(3, 601, "/privacy"), _message(2, 601, "/help")])
    await processor.drain()
    await processor.store([_message(2, 601, "/help")])
    await processor.drain()
    texts = [m.plain_text or "" for m in harness.core.bot_messages(601)]
    assert len(texts) == 2
    assert "What I can do" in texts[0]
    assert "Your privacy" in texts[1]


async def test_poisoned_update_is_given_up(harness: HandlerHarness) -> None:
    """An update that crashed the bot MAX_ATTEMPTS times is skipped, not processed again."""
    harness.core.add_user("P", 602)
    processor = _processor(harness)
    inbox = services_of(harness.app).inbox
    await processor.store([_message(7, 602, "/help")])
    for _ in range(MAX_ATTEMPTS):
        await inbox.start_attempt(7)
    await processor.drain()
    assert harness.core.bot_messages(602) == []
    assert await inbox.pending_count() == 0


async def test_malformed_payload_is_skipped(harness: HandlerHarness) -> None:
    """A stored payload that is not an update is logged by id and marked done."""
    processor = _processor(harness)
    await processor.store([Received(9, None, '{"update_id": 9, "message": "not an object"}')])
    assert await processor.drain() == 1
    assert await services_of(harness.app).inbox.pending_count() == 0


async def test_possible_crisis_skips_a_blocked_backlog(harness: HandlerHarness) -> None:
    """While ordinary updates are stuck, one whose text may be a crisis is processed at once."""
    services = services_of(harness.app)
    processor = InboxProcessor(
        harness.app,
        services.inbox,
        services.clock,
        concurrency=1,
        is_urgent=lambda text: services.crisis.detect(text) is not None,
    )
    release, seen_crisis = asyncio.Event(), asyncio.Event()

    async def hold_or_record(update: Update, _context: object) -> None:
        """Block on 'hold' messages; note when the crisis message arrives."""
        text = update.message.text if update.message else ""
        if text == "hold":
            await release.wait()
        elif text == CRISIS:
            seen_crisis.set()

    harness.app.add_handler(TypeHandler(Update, hold_or_record), group=-100)
    ordinary = [to_received(_update(n, 700 + n, "hold"), processor.is_urgent) for n in (1, 2, 3)]
    crisis = to_received(_update(9, 709, CRISIS), processor.is_urgent)
    assert crisis is not None
    assert crisis.urgent
    assert all(item is not None and not item.urgent for item in ordinary)
    running = asyncio.create_task(processor.run())
    await processor.store([item for item in ordinary if item is not None])
    await processor.store([crisis])
    await asyncio.wait_for(seen_crisis.wait(), timeout=10)
    still_waiting = await services.inbox.pending(urgent=False)
    assert [item.update_id for item in still_waiting] == [1, 2, 3], "the backlog is stuck"
    release.set()
    processor.request_stop()
    await asyncio.wait_for(running, timeout=10)


CRISIS = "I want to kill myself tonight"


def _update(update_id: int, user_id: int, text: str) -> dict[str, object]:
    """A raw private text update as Telegram sends it."""
    return json.loads(_message(update_id, user_id, text).payload)  # type: ignore[no-any-return]
