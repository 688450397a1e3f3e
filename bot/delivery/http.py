"""The HTTP client of the bot's Bot API calls: PTB's own, with a cheaper idle-connection check.

Before each request, httpcore asks every idle connection of its pool whether the server closed
it ("is_readable"); through anyio each question builds a dict of the socket's attributes and
asks the kernel for the peer's address, only to reach the socket and poll it. The bot sends
from several lanes at once, so its pool keeps several connections and paid that many times per
send (about a tenth of an update's CPU in `python -m bench profile`). `LeanBackend` asks the
same question of the same socket, kept from when the connection was made, and answers every
question of one pass over the pool from a single poll of all its sockets (`Readiness`): each
poll is a system call that lets SQLite's threads take the GIL, and a pass asks about every idle
connection (about 12 polls per send with the bot's pool, now about 3). Everything else
(connections, TLS, timeouts, errors) is httpx's and httpcore's own.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import socket
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
from httpcore import AsyncNetworkBackend, AsyncNetworkStream
from telegram.request import HTTPXRequest

# How long one poll's answer serves the questions of one event-loop step (seconds).
FRESH_FOR = 0.001
# PTB's own pool size for the bot's (not getUpdates') requests.
POOL_SIZE = 256
# httpcore's socket options, as its backends take them.
SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


class LeanStream(AsyncNetworkStream):
    """A connection's stream; tells whether it is readable from the socket kept at hand."""

    def __init__(self, inner: AsyncNetworkStream, readiness: Readiness | None = None) -> None:
        """Wrap `inner`, keeping its socket (None: ask `inner` each time), watched by
        `readiness` (None: httpcore's own test)."""
        self.inner = inner
        self.socket: socket.socket | None = inner.get_extra_info("socket")
        self.readiness = readiness if self.socket is not None else None
        self.fd = self.socket.fileno() if self.socket is not None else -1
        if self.readiness is not None:
            self.readiness.watch(self)

    # httpcore's interface: its timeouts are parameters (ASYNC109).
    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        """Read as the wrapped stream does."""
        return await self.inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        """Write as the wrapped stream does."""
        await self.inner.write(buffer, timeout)

    async def aclose(self) -> None:
        """Close the wrapped stream (no longer watched)."""
        if self.readiness is not None:
            self.readiness.forget(self)
        await self.inner.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> AsyncNetworkStream:
        """Start TLS on the wrapped stream; the TLS stream is wrapped too."""
        tls = await self.inner.start_tls(ssl_context, server_hostname, timeout)
        return LeanStream(tls, self.readiness)

    def get_extra_info(self, info: str) -> Any:
        """'is_readable' from the kept socket (httpcore's own test); the rest as wrapped."""
        if info == "is_readable" and self.socket is not None and self.readiness is not None:
            if self.socket.fileno() < 0:
                return True  # closed: as good as readable (the next read ends it)
            return self.readiness.readable(self)  # data, or the server closed it
        return self.inner.get_extra_info(info)


class Readiness:
    """Which kept sockets are readable: one poll of all of them answers every question asked
    in the same step of the event loop (httpcore asks about each idle connection in turn, with
    no await between, each time it assigns requests to connections).

    The answer is the kernel's at the first question of the step, and serves at most
    FRESH_FOR seconds of it (a step may block, e.g. on a slow callback): no staler than
    httpcore's own answer is by the time its request is written.
    """

    def __init__(self) -> None:
        """Nothing watched yet."""
        self.poller = select.poll()
        self.owners: dict[int, LeanStream] = {}  # file descriptor -> the stream watching it
        self.ready: set[int] | None = None  # this step's answer, None until asked
        self.asked_at = 0.0  # when it was polled (time.monotonic)

    def watch(self, stream: LeanStream) -> None:
        """Watch the stream's socket (a descriptor reused by a new socket moves to it)."""
        self.poller.register(stream.fd, select.POLLIN)
        self.owners[stream.fd] = stream
        self.ready = None

    def forget(self, stream: LeanStream) -> None:
        """Stop watching the stream's socket, unless its descriptor now belongs to another."""
        if self.owners.get(stream.fd) is stream:
            del self.owners[stream.fd]
            with contextlib.suppress(KeyError, ValueError):
                self.poller.unregister(stream.fd)
        self.ready = None

    def readable(self, stream: LeanStream) -> bool:
        """Whether the stream's socket has data or was closed by the server."""
        if self.owners.get(stream.fd) is not stream:
            self.watch(stream)  # its descriptor was taken over and given back: watch again
        if self.ready is None or time.monotonic() - self.asked_at > FRESH_FOR:
            self.ready = {fd for fd, _ in self.poller.poll(0)}
            self.asked_at = time.monotonic()
            try:
                asyncio.get_running_loop().call_soon(self._expire)
            except RuntimeError:  # no loop running: answer this question only
                ready, self.ready = self.ready, None
                return stream.fd in ready
        return stream.fd in self.ready

    def _expire(self) -> None:
        """The step ended: the next question polls again."""
        self.ready = None


class LeanBackend(AsyncNetworkBackend):
    """httpcore's network backend for asyncio, its streams wrapped in `LeanStream`."""

    def __init__(self) -> None:
        """Connect through httpcore's own asyncio (anyio) backend; one `Readiness` for the
        pool's sockets (None where poll is missing: httpcore's own test)."""
        self.inner = httpcore.AnyIOBackend()
        self.readiness = Readiness() if hasattr(select, "poll") else None

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> AsyncNetworkStream:
        """Open a TCP connection as httpcore does."""
        stream = await self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return LeanStream(stream, self.readiness)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109
        socket_options: Iterable[SocketOption] | None = None,
    ) -> AsyncNetworkStream:
        """Open a Unix socket connection as httpcore does."""
        stream = await self.inner.connect_unix_socket(path, timeout, socket_options)
        return LeanStream(stream, self.readiness)

    async def sleep(self, seconds: float) -> None:
        """Sleep as httpcore does."""
        await self.inner.sleep(seconds)


class LeanTransport(httpx.AsyncHTTPTransport):
    """httpx's transport, its connection pool on `LeanBackend`."""

    def __init__(self, limits: httpx.Limits) -> None:
        """A pool as httpx would build it from `limits` (no proxy), on `LeanBackend`."""
        super().__init__(limits=limits)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=LeanBackend(),
        )


def bot_request() -> HTTPXRequest:
    """PTB's request for the bot's calls (its defaults), on `LeanTransport`."""
    limits = httpx.Limits(max_connections=POOL_SIZE)
    return HTTPXRequest(
        connection_pool_size=POOL_SIZE, httpx_kwargs={"transport": LeanTransport(limits)}
    )
