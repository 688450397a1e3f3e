"""The inbox processor: order, redelivery, malformed and poisoned updates."""

from __future__ import annotations

import json

from bot.app import services_of
from bot.delivery.inbox import InboxProcessor
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
