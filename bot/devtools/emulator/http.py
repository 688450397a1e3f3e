"""Tornado HTTP front end: Bot API routes, file downloads, long polling, webhook delivery."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from typing import Any

from tornado.httpclient import AsyncHTTPClient, HTTPClientError
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

from .control_http import control_routes
from .models import JSON, ApiError, Outcome
from .params import FileParts, normalize_params
from .state import EmulatorCore

POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
MAX_POLL_TIMEOUT = 50.0
_LOG = logging.getLogger(__name__)
_TOKEN_IN_PATH = re.compile(r"(^|/)bot[^/]+/")


class EmulatorServer:
    """Runs the HTTP side of the emulator on the current asyncio loop."""

    def __init__(self, core: EmulatorCore) -> None:
        """Serve `core`; call `start()` from inside the loop that should run the server."""
        self.core = core
        self.stopping = False
        self._event = asyncio.Event()
        self._stopped = asyncio.Event()
        self._poll_generation = 0
        self.loop = asyncio.get_running_loop()
        self._http: HTTPServer | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self._busy = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        """Bind, start serving and delivering webhooks; return the bound port."""
        app = Application(
            [
                (r"/bot([^/]+)/([^/]+)", ApiHandler, {"server": self}),
                (r"/file/bot([^/]+)/(.+)", FileHandler, {"server": self}),
                *control_routes(self),
            ],
            log_function=_log_request,
        )
        sockets = bind_sockets(port, host)
        self._http = HTTPServer(app, max_buffer_size=64 * 1024 * 1024)
        self._http.add_sockets(sockets)
        self.core.add_listener(self._on_change)
        self._webhook_task = asyncio.create_task(self._deliver_webhooks())
        return int(sockets[0].getsockname()[1])

    async def stop(self) -> None:
        """Answer pending long polls, stop delivery and close every connection."""
        self.stopping = True
        self._stopped.set()
        self._pulse()
        self.core.remove_listener(self._on_change)
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            await asyncio.gather(self._webhook_task, return_exceptions=True)
        if self._http is not None:
            self._http.stop()
            # let long polls and delayed answers flush their (now immediate) responses
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), 2)
            await asyncio.wait_for(self._http.close_all_connections(), 5)

    def busy(self, delta: int) -> None:
        """Count requests that wait (long polls, injected delays) so stop() can let them finish."""
        self._busy += delta
        if self._busy:
            self._idle.clear()
        else:
            self._idle.set()

    def _on_change(self) -> None:
        """Core listener (any thread): pulse the change event on the loop."""
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._pulse)

    def _pulse(self) -> None:
        """Wake everything waiting for a change, then arm a fresh event."""
        event, self._event = self._event, asyncio.Event()
        event.set()

    async def wait_change(self, seconds: float) -> None:
        """Wait until the next change (or stop) for at most `seconds`."""
        event = self._event
        if self.stopping or seconds <= 0:
            return
        try:
            await asyncio.wait_for(event.wait(), seconds)
        except TimeoutError:
            return

    async def pause(self, seconds: float) -> None:
        """Sleep for an injected delay, cut short when the server stops."""
        try:
            await asyncio.wait_for(self._stopped.wait(), seconds)
        except TimeoutError:
            return

    async def long_poll(self, token: str, params: JSON, files: FileParts) -> Outcome:
        """getUpdates: answer at once if updates exist, else wait up to `timeout` seconds."""
        self._poll_generation += 1
        generation = self._poll_generation
        self._pulse()  # an older poll wakes up and learns it was superseded
        try:
            decoded = normalize_params(params)
        except ApiError:
            decoded = dict(params)
        timeout = _float(decoded.get("timeout"), 0.0)
        deadline = self.loop.time() + min(MAX_POLL_TIMEOUT, max(0.0, timeout))
        while True:
            event_armed = self._event
            outcome = self.core.call_ex("getUpdates", params, files, token=token, record=False)
            remaining = deadline - self.loop.time()
            if outcome.status != 200 or outcome.body["result"] or remaining <= 0:
                break
            if self.stopping:
                break
            if event_armed is self._event:
                self.core.set_waiting_polls(+1)
                try:
                    await self.wait_change(remaining)
                finally:
                    self.core.set_waiting_polls(-1)
            if generation != self._poll_generation:
                outcome = Outcome(409, ApiError(409, POLL_CONFLICT).body())
                break
        self.core.record("getUpdates", decoded, files, outcome)
        return outcome

    async def _deliver_webhooks(self) -> None:
        """POST pending updates one at a time, in order; only HTTP 200 counts as delivered."""
        client = AsyncHTTPClient(force_instance=True)
        backoff = 0.05
        try:
            while not self.stopping:
                armed = self._event
                job = self.core.webhook_job()
                if job is None:
                    if armed is self._event:
                        await self.wait_change(1.0)
                    continue
                error = await _post_update(client, *job)
                if error is None:
                    self.core.webhook_delivered(int(job[2]["update_id"]))
                    backoff = 0.05
                else:
                    self.core.webhook_failed(error)
                    await self.pause(backoff)
                    backoff = min(1.0, backoff * 2)
        finally:
            client.close()


async def _post_update(client: Any, url: str, secret: str | None, update: JSON) -> str | None:
    """Deliver one update; return None on HTTP 200, else an error description."""
    headers = {"Content-Type": "application/json"}
    if secret:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    try:
        response = await client.fetch(
            url,
            method="POST",
            body=json.dumps(update),
            headers=headers,
            raise_error=False,
            request_timeout=5.0,
        )
    except (OSError, HTTPClientError) as exc:
        return f"Connection failed: {exc}"
    if response.code == 200:
        return None
    return f"Wrong response from the webhook: {response.code} {response.reason}"


def _log_request(handler: RequestHandler) -> None:
    """Access log at debug level with the bot token masked out of the path."""
    path = _TOKEN_IN_PATH.sub(r"\1bot<token>/", handler.request.path)
    _LOG.debug("%s %s %s", handler.get_status(), handler.request.method, path)


def _float(value: Any, default: float) -> float:
    """Parse a number parameter leniently."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


class _Base(RequestHandler):
    """Common plumbing: access to the EmulatorServer and JSON answers."""

    server: EmulatorServer

    def initialize(self, server: EmulatorServer) -> None:
        """Receive the server object from the route table."""
        self.server = server

    async def write_json(self, status: int, body: Any) -> None:
        """Answer with a JSON body and wait until it is flushed."""
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        await self.finish(json.dumps(body))

    def log_exception(self, *args: Any) -> None:
        """Keep request URLs (they contain the token) out of the logs."""
        return None


class ApiHandler(_Base):
    """`/bot<token>/<method>` with GET query args or a JSON / form / multipart POST body."""

    async def get(self, token: str, method: str) -> None:
        """Serve a GET call."""
        await self._handle(token, method)

    async def post(self, token: str, method: str) -> None:
        """Serve a POST call."""
        await self._handle(token, method)

    def _params(self) -> tuple[JSON, FileParts]:
        """Merge query args and body (JSON, urlencoded or multipart) into params and files."""
        params: JSON = {k: v[-1].decode() for k, v in self.request.query_arguments.items()}
        content_type = self.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json") and self.request.body:
            body = json.loads(self.request.body)
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: request body must be a JSON object")
            params.update(body)
        else:
            params.update({k: v[-1].decode() for k, v in self.request.body_arguments.items()})
        files = {
            name: (parts[0].filename, parts[0].body) for name, parts in self.request.files.items()
        }
        return params, files

    async def _handle(self, token: str, method: str) -> None:
        """Run the call through the core, honouring injected delays and resets."""
        try:
            params, files = self._params()
        except (ApiError, ValueError, UnicodeDecodeError) as exc:
            error = exc if isinstance(exc, ApiError) else ApiError(400, "Bad Request: bad body")
            await self.write_json(error.status, error.body())
            return
        self.server.busy(+1)
        try:
            await self._answer(token, method, params, files)
        finally:
            self.server.busy(-1)

    async def _answer(self, token: str, method: str, params: JSON, files: FileParts) -> None:
        """Compute and send the answer (or drop the connection for injected resets)."""
        if method.lower() == "getupdates":
            outcome = await self.server.long_poll(token, params, files)
        else:
            outcome = self.server.core.call_ex(method, params, files, token=token)
        if outcome.delay:
            await self.server.pause(outcome.delay)
        if outcome.reset:
            self.detach().close()
            return
        await self.write_json(outcome.status, outcome.body)


class FileHandler(_Base):
    """`/file/bot<token>/<file_path>`: download stored file bytes."""

    async def get(self, token: str, file_path: str) -> None:
        """Serve the file or 404."""
        core = self.server.core
        data = core.file_bytes(file_path) if core.check_token(token) else None
        if data is None:
            await self.write_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        self.set_header("Content-Type", "application/octet-stream")
        await self.finish(data)
