"""Runner: an EmulatorCore whose HTTP server lives in a background thread with its own loop."""

from __future__ import annotations

import asyncio
import threading
from types import TracebackType

from .http import EmulatorServer
from .state import EmulatorCore


class Emulator(EmulatorCore):
    """`with Emulator(token) as emu:` serves the Bot API at `emu.url`; control methods are sync."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        *,
        bot_username: str = "peer_test_bot",
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        """Prepare an emulator for one bot token; `start()` (or `with`) runs the server."""
        super().__init__(token, bot_username)
        self.host = host
        self.port = port
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None

    @property
    def url(self) -> str:
        """The API root to use as TELEGRAM_API_URL, e.g. http://127.0.0.1:54321."""
        if self._thread is None:
            raise RuntimeError("emulator not started")
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """PTB `base_url` (the API root + '/bot')."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """PTB `base_file_url` (the API root + '/file/bot')."""
        return f"{self.url}/file/bot"

    def start(self, timeout: float = 10.0) -> Emulator:
        """Start the server thread and wait until the port is bound."""
        if self._thread is not None:
            raise RuntimeError("emulator already started")
        self._ready.clear()
        self._startup_error = None
        self._thread = threading.Thread(target=self._run, name="telegram-emulator", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("emulator did not start in time")
        if self._startup_error is not None:
            self._thread.join(timeout)
            self._thread = None
            raise RuntimeError("emulator failed to start") from self._startup_error
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving: answer long polls, close connections, join the thread."""
        thread, loop, event = self._thread, self._loop, self._stop_event
        if thread is None:
            return
        if loop is not None and event is not None and not loop.is_closed():
            loop.call_soon_threadsafe(event.set)
        thread.join(timeout)
        if thread.is_alive():
            raise RuntimeError("emulator thread did not stop")
        self._thread = None

    def _run(self) -> None:
        """Thread body: a private event loop running the server until stop()."""
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            asyncio.set_event_loop(None)
            loop.close()

    async def _serve(self) -> None:
        """Start the tornado server, wait for the stop signal, shut down cleanly."""
        try:
            self._loop = asyncio.get_running_loop()
            self._stop_event = asyncio.Event()
            server = EmulatorServer(self)
            self.port = await server.start(self.host, self.port)
        except BaseException as exc:
            self._startup_error = exc
            self._ready.set()
            raise
        self._ready.set()
        try:
            await self._stop_event.wait()
        finally:
            await server.stop()

    def __enter__(self) -> Emulator:
        """Start the server."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server."""
        self.stop()
