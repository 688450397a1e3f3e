"""Handler tests: a real Application whose requests go to the emulator core in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from telegram import Update

from bot.app import build_application, services_of
from bot.config import load_settings
from bot.context import BotApplication
from bot.delivery.outbox import OutboxWorker
from bot.devtools.emulator import EmulatorCore, EmulatorRequest, StoredMessage
from bot.domain.clock import Clock
from bot.services.container import build_services

TOKEN = "1234567890:HandlerTestsToken_abcdefghijklmnop"
ADMIN_ID = 4_400_000_001


class HandlerHarness:
    """Feeds injected updates straight to `Application.process_update` and shows the replies."""

    def __init__(self, app: BotApplication, core: EmulatorCore) -> None:
        """Drive `app`, whose transport is `core`."""
        self.app = app
        self.core = core
        self._offset = 0
        self._queries = 0

    async def deliver(self) -> None:
        """Process every pending update in order, then confirm them (every kind, as polling)."""
        params = {"offset": self._offset, "allowed_updates": list(Update.ALL_TYPES)}
        status, body = self.core.call("getUpdates", params)
        assert status == 200, body
        for data in body["result"]:
            await self.app.process_update(Update.de_json(data, self.app.bot))
            self._offset = data["update_id"] + 1
        self.core.call("getUpdates", {"offset": self._offset})

    async def send(
        self, user_id: int, text: str, chat_id: int | None = None
    ) -> list[StoredMessage]:
        """Send a text as the user and return the bot's new messages in that chat."""
        mark = self.core.mark()
        self.core.inject_message(user_id, text, chat_id)
        await self.deliver()
        return self.new_messages(chat_id or user_id, mark.message_seq)

    async def press(self, user_id: int, message: StoredMessage, data: str) -> str:
        """Send a callback query with this data on a bot message (forged data allowed); its id."""
        self._queries += 1
        query_id = f"forged-{self._queries}"
        query = {
            "id": query_id,
            "from": self.core.users[user_id].to_api(),
            "message": message.api,
            "chat_instance": f"ci{message.chat_id}",
            "data": data,
        }
        self.core.callback_queries[query_id] = query
        self.core.inject_update({"callback_query": query})
        await self.deliver()
        return query_id

    async def pressed(self, user_id: int, message: StoredMessage, data: str) -> list[StoredMessage]:
        """Press a (possibly forged) button; return the bot's new messages to the presser."""
        mark = self.core.mark()
        await self.press(user_id, message, data)
        return self.new_messages(user_id, mark.message_seq)

    async def flush_outbox(self) -> int:
        """Send everything the outbox holds now (as the runner's worker would); return how many."""
        services = services_of(self.app)
        worker = OutboxWorker(
            self.app.bot, services.outbox, services.clock, observers=services.outbox_link.observers
        )
        await worker.drain()
        return worker.sent

    async def ask(self, user_id: int, text: str, chat_id: int | None = None) -> str:
        """Send a text as the user; return what the bot answered, as one plain text."""
        return "\n".join(
            message.plain_text or "" for message in await self.send(user_id, text, chat_id)
        )

    def new_messages(self, chat_id: int, after_seq: int) -> list[StoredMessage]:
        """Return the bot's messages in a chat newer than a sequence number."""
        return [m for m in self.core.bot_messages(chat_id) if m.seq > after_seq]


@asynccontextmanager
async def running_app(folder: Path, clock: Clock | None = None) -> AsyncIterator[HandlerHarness]:
    """A started Application on a database in `folder`, talking to an in-process emulator.

    With `clock`, the services read the time from it (for tests that depend on the time).
    """
    core = EmulatorCore(TOKEN)
    settings = load_settings(
        _env_file=None,
        bot_token=TOKEN,
        telegram_api_url="http://emulator.invalid",
        database_path=folder / "db.sqlite3",
        admin_ids=str(ADMIN_ID),
        timezone="UTC",
        default_language="en",
        # No pacing: a scripted conversation would otherwise wait about a second per reply.
        send_rate_limit=0,
    )
    services = build_services(settings, clock=clock) if clock is not None else None
    app = build_application(settings, services=services, request=EmulatorRequest(core))
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    try:
        yield HandlerHarness(app, core)
    finally:
        await app.shutdown()
        assert app.post_shutdown is not None
        await app.post_shutdown(app)


@pytest.fixture
def clock() -> Clock | None:
    """No fixed clock: the services read the real time (a module overrides it with its own)."""
    return None


@pytest.fixture
async def harness(tmp_path: Path, clock: Clock | None) -> AsyncIterator[HandlerHarness]:
    """A started Application on a temporary database, talking to an in-process emulator."""
    async with running_app(tmp_path, clock) as started:
        yield started
