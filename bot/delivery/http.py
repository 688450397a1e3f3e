"""The HTTP client of the bot's Bot API calls: PTB's own, with a cheaper idle-connection check.

Before each request, httpcore asks every idle connection of its pool whether the server closed
it ("is_readable"); through anyio each question builds a dict of the socket's attributes and
asks the kernel for the peer's address, only to reach the socket and poll it. The bot sends
from several lanes at once, so its pool keeps several connections and paid that many times per
send (about a tenth of an update's CPU in `python -m bench profile`). `LeanBackend` asks the
same question of the same socket, kept from when the connection was made. Everything else
(connections, TLS, timeouts, errors) is httpx's and httpcore's own.
"""

from __future__ import annotations

import select
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
from httpcore import AsyncNetworkBackend, AsyncNetworkStream
from telegram.request import HTTPXRequest

# PTB's own pool size for the bot's (not getUpdates') requests.
POOL_SIZE = 256
# httpcore's socket options, as its backends take them.
SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


class LeanStream(AsyncNetworkStream):
    """A connection's stream; tells whether it is readable from the socket kept at hand."""

    def __init__(self, inner: AsyncNetworkStream) -> None:
        """Wrap `inner`, keeping its socket (None: ask `inner` each time)."""
        self.inner = inner
        self.socket: socket.socket | None = inner.get_extra_info("socket")
        self.poller = _poller(self.socket)

    # httpcore's interface: its timeouts are parameters (ASYNC109).
    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        """Read as the wrapped stream does."""
        return await self.inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        """Write as the wrapped stream does."""
        await self.inner.write(buffer, timeout)

    async def aclose(self) -> None:
        """Close the wrapped stream."""
        await self.inner.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> AsyncNetworkStream:
        """Start TLS on the wrapped stream; the TLS stream is wrapped too."""
        return LeanStream(await self.inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        """'is_readable' from the kept socket (httpcore's own test); the rest as wrapped."""
        if info == "is_readable" and self.socket is not None and self.poller is not None:
            if self.socket.fileno() < 0:
                return True  # closed: as good as readable (the next read ends it)
            return bool(self.poller.poll(0))  # data, or the server closed it
        return self.inner.get_extra_info(info)


def _poller(sock: socket.socket | None) -> Any:
    """A poll object watching the socket for reading (None where poll is missing, or no
    socket): httpcore's own test, set up once per connection."""
    if sock is None or not hasattr(select, "poll") or sock.fileno() < 0:
        return None
    poller = select.poll()
    poller.register(sock.fileno(), select.POLLIN)
    return poller


class LeanBackend(AsyncNetworkBackend):
    """httpcore's network backend for asyncio, its streams wrapped in `LeanStream`."""

    def __init__(self) -> None:
        """Connect through httpcore's own asyncio (anyio) backend."""
        self.inner = httpcore.AnyIOBackend()

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
        return LeanStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109
        socket_options: Iterable[SocketOption] | None = None,
    ) -> AsyncNetworkStream:
        """Open a Unix socket connection as httpcore does."""
        return LeanStream(await self.inner.connect_unix_socket(path, timeout, socket_options))

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
