"""Webhook delivery: ordered POSTs with the secret header to a local tornado receiver."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

from bot.devtools.emulator import Emulator

TOKEN = "555:HOOK"


class Receiver:
    """Collects webhook POSTs; the first `fail_first` answers are HTTP 500."""

    def __init__(self, fail_first: int) -> None:
        """Prepare an empty inbox."""
        self.fail_first = fail_first
        self.attempts = 0
        self.received: list[tuple[str | None, dict[str, object]]] = []
        self.got_two = asyncio.Event()


class HookHandler(RequestHandler):
    """POST /hook: record the update and the secret header."""

    def initialize(self, receiver: Receiver) -> None:
        """Receive the shared Receiver."""
        self.receiver = receiver

    def post(self) -> None:
        """Answer 500 for the first attempts, then 200 and record."""
        self.receiver.attempts += 1
        if self.receiver.attempts <= self.receiver.fail_first:
            self.set_status(500)
            return
        secret = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        self.receiver.received.append((secret, json.loads(self.request.body)))
        if len(self.receiver.received) == 2:
            self.receiver.got_two.set()


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, int]]:
    """A tornado app on a free port in the test's loop."""
    box = Receiver(fail_first=1)
    sockets = bind_sockets(0, "127.0.0.1")
    server = HTTPServer(Application([(r"/hook", HookHandler, {"receiver": box})]))
    server.add_sockets(sockets)
    yield box, int(sockets[0].getsockname()[1])
    server.stop()
    await server.close_all_connections()


async def test_webhook_delivery_in_order_with_secret_and_retry(
    receiver: tuple[Receiver, int],
) -> None:
    """Updates are POSTed in order with the secret; a non-200 answer is retried."""
    box, port = receiver
    with Emulator(TOKEN) as emu:
        user = emu.add_user("Ann")
        async with Bot(TOKEN, base_url=emu.base_url) as bot:
            await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
            first = emu.inject_message(user.id, "one")
            emu.inject_message(user.id, "two")
            await asyncio.wait_for(box.got_two.wait(), 5)
            info = await bot.get_webhook_info()
        await asyncio.to_thread(emu.wait_for_updates_consumed, 2)
    assert box.attempts == 3  # one failed attempt, then both updates
    assert [secret for secret, _ in box.received] == ["s3cret", "s3cret"]
    texts = [update["message"]["text"] for _, update in box.received]  # type: ignore[index]
    assert texts == ["one", "two"]
    assert box.received[0][1]["message"]["message_id"] == first["message_id"]  # type: ignore[index]
    assert info.url.endswith("/hook")
    assert info.pending_update_count == 0
    assert info.last_error_message is not None
    assert "500" in info.last_error_message
