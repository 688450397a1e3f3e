"""The thinnest possible bot, to show what the Bot API double sustains on its own.

`python -m bench.api_client PORT` polls the double and answers every text with a sendMessage,
over raw keep-alive connections (no HTTP library, no parsing beyond Content-Length), so that
the double, not this client, limits the rate it reaches.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

CONNECTIONS = 8


class Connection:
    """One keep-alive HTTP/1.1 connection to the double."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Wrap an open stream pair."""
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        """Connect to 127.0.0.1:port."""
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        return cls(reader, writer)

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        """POST one JSON call; return its result."""
        body = json.dumps(params).encode()
        self.writer.write(
            f"POST /botTOKEN/{method} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        return json.loads(await self.reader.readexactly(length))["result"]


async def run(port: int) -> None:
    """Poll and answer until killed."""
    poller = await Connection.open(port)
    pool: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(CONNECTIONS):
        pool.put_nowait(await Connection.open(port))
    offset = 0

    async def answer(chat: int) -> None:
        connection = await pool.get()
        try:
            await connection.call("sendMessage", {"chat_id": chat, "text": "ok"})
        finally:
            pool.put_nowait(connection)

    pending: set[asyncio.Task[None]] = set()
    while True:
        updates = await poller.call("getUpdates", {"offset": offset, "timeout": 5})
        for update in updates:
            offset = max(offset, int(update["update_id"]) + 1)
            task = asyncio.create_task(answer(int(update["message"]["chat"]["id"])))
            pending.add(task)
            task.add_done_callback(pending.discard)


if __name__ == "__main__":
    asyncio.run(run(int(sys.argv[1])))
