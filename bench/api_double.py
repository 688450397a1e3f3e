"""A lean Bot API double for throughput runs, serving from a process of its own.

`python -m bench.api_double` binds 127.0.0.1, prints `{"port": N}` on stdout, then reads one
JSON command per line on stdin and answers each with one JSON line (see `Double.command`). It
answers only what a polling bot needs (getMe, getUpdates, sendMessage, and `true` for any other
method), keeps no chats, and times everything with its own monotonic clock, so neither the
benchmark's process nor a heavy emulator stands between the bot and the measurement.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from collections import deque
from typing import Any
from urllib.parse import parse_qsl

JSON = dict[str, Any]
BOT_ID = 5151515151
PROFILE_LINK = "tg://user?id="
_HEAD_END = b"\r\n\r\n"


class Double:
    """The state: updates waiting for the bot, and every send it made (time, chat, text)."""

    def __init__(self) -> None:
        """Start empty; update ids count from 1."""
        self.updates: deque[JSON] = deque()
        self.next_update_id = 1
        self.next_message_id = 1
        self.arrived = asyncio.Event()
        self.sends: list[tuple[float, int, str]] = []
        self.polls = 0
        self.changed = asyncio.Event()

    # -- the Bot API side -------------------------------------------------------------------

    async def api(self, method: str, params: JSON) -> Any:
        """Answer one Bot API call."""
        if method == "getUpdates":
            return await self._get_updates(params)
        if method == "sendMessage":
            chat = int(params.get("chat_id", 0))
            text = str(params.get("text", ""))
            self.sends.append((time.monotonic(), chat, text))
            self._pulse()
            self.next_message_id += 1
            return {
                "message_id": self.next_message_id,
                "date": int(time.time()),
                "chat": {"id": chat, "type": "private" if chat > 0 else "group"},
                "from": _bot_user(),
                "text": text,
            }
        if method == "getMe":
            return _bot_user()
        return True

    async def _get_updates(self, params: JSON) -> list[JSON]:
        """Confirm everything before `offset`; return what is waiting (long poll if nothing)."""
        offset = int(params.get("offset", 0) or 0)
        limit = int(params.get("limit", 100) or 100)
        timeout = float(params.get("timeout", 0) or 0)
        while self.updates and self.updates[0]["update_id"] < offset:
            self.updates.popleft()
        self.polls += 1
        self._pulse()
        if not self.updates and timeout > 0:
            self.arrived.clear()
            try:
                await asyncio.wait_for(self.arrived.wait(), min(timeout, 30.0))
            except TimeoutError:
                return []
        return [update for _, update in zip(range(limit), self.updates, strict=False)]

    def inject(self, user_id: int, text: str) -> float:
        """Queue a private text from `user_id`; return when (monotonic)."""
        person = {"id": user_id, "is_bot": False, "first_name": "M", "language_code": "en"}
        self.updates.append(
            {
                "update_id": self.next_update_id,
                "message": {
                    "message_id": self.next_update_id,
                    "date": int(time.time()),
                    "chat": {"id": user_id, "type": "private", "first_name": "M"},
                    "from": person,
                    "text": text,
                },
            }
        )
        self.next_update_id += 1
        self.arrived.set()
        return time.monotonic()

    def _pulse(self) -> None:
        """Wake whoever waits for a change."""
        self.changed.set()

    async def _until(self, check: Any, within: float) -> bool:
        """Wait until `check()` is true (re-checked on every change); False after `within` s."""
        deadline = time.monotonic() + within
        while not check():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), min(left, 0.1))
        return True

    # -- the control side -------------------------------------------------------------------

    async def command(self, order: JSON) -> JSON:
        """Run one control command: polled, burst or paced."""
        name = order["cmd"]
        if name == "polled":
            seen = self.polls
            ok = await self._until(lambda: self.polls > seen, float(order.get("timeout", 60)))
            return {"ok": ok}
        if name == "burst":
            return await self._burst(order)
        if name == "paced":
            return await self._paced(order)
        return {"error": f"unknown command {name}"}

    async def _burst(self, order: JSON) -> JSON:
        """Queue n texts at once from `members` (round robin); time them until n replies."""
        members: list[int] = order["members"]
        n = int(order["n"])
        wanted = set(members)
        start_index = len(self.sends)
        replies = 0
        last = 0.0

        def done() -> bool:
            nonlocal start_index, replies, last
            new = self.sends[start_index:]
            start_index += len(new)
            for at, chat, _ in new:
                if chat in wanted:
                    replies += 1
                    last = at
            return replies >= n

        started = time.monotonic()
        for index in range(n):
            self.inject(members[index % len(members)], f"{order.get('text', 'burst')} {index}")
        ok = await self._until(done, float(order.get("timeout", 300)))
        seconds = max(last - started, 1e-9)
        return {"ok": ok, "replies": replies, "seconds": seconds, "rate": replies / seconds}

    async def _paced(self, order: JSON) -> JSON:
        """Texts at `rate` for `seconds`; every `crisis_every`-th from a crisis member instead.

        Answers reply latencies (each member's replies matched to their texts in order), alert
        latencies (injection to the first send to an alert chat naming the member), and the
        backlog (texts not yet answered) sampled every 50 ms.
        """
        members: list[int] = order["members"]
        rate, seconds = float(order["rate"]), float(order["seconds"])
        crisis_members: list[int] = order.get("crisis_members", [])
        crisis_every = int(order.get("crisis_every", 0))
        alert_chats = set(order.get("alert_chats", []))
        total = int(rate * seconds)
        sent: dict[int, deque[float]] = {member: deque() for member in members}
        crisis_sent: dict[int, float] = {}
        latencies: list[float] = []
        alerts: dict[int, float] = {}
        backlog: list[int] = []
        scan = len(self.sends)
        waiting = 0

        def take_new() -> None:
            nonlocal scan, waiting
            new = self.sends[scan:]
            scan += len(new)
            for at, chat, text in new:
                queue = sent.get(chat)
                if queue:
                    latencies.append(at - queue.popleft())
                    waiting -= 1
                elif chat in alert_chats and PROFILE_LINK in text:
                    member = _named(text)
                    if member in crisis_sent and member not in alerts:
                        alerts[member] = at - crisis_sent[member]

        loop = asyncio.get_running_loop()
        start = loop.time()
        crisis_index = 0
        for index in range(total):
            delay = start + index / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            take_new()
            if index % 5 == 0:
                backlog.append(waiting)
            if crisis_every and index % crisis_every == crisis_every // 2 and crisis_members:
                member = crisis_members[crisis_index % len(crisis_members)]
                crisis_index += 1
                crisis_sent[member] = self.inject(member, order["crisis_text"])
            else:
                member = members[index % len(members)]
                sent[member].append(self.inject(member, f"paced {index}"))
                waiting += 1
        injected_in = loop.time() - start
        end_backlog = waiting

        def drained() -> bool:
            take_new()
            return waiting == 0 and len(alerts) >= len(crisis_sent)

        finished = await self._until(drained, float(order.get("timeout", 60)))
        return {
            "ok": finished,
            "texts": total - len(crisis_sent),
            "injected_in": injected_in,
            "latencies": latencies,
            "alerts": list(alerts.values()),
            "crisis": len(crisis_sent),
            "backlog_max": max(backlog, default=0),
            "backlog_end": end_backlog,
            "drained_after": loop.time() - start - injected_in,
        }


def _named(text: str) -> int:
    """The user id in the first profile link of a text (0 when none)."""
    tail = text.split(PROFILE_LINK, 1)[1]
    digits = "".join(_takewhile_digits(tail))
    return int(digits) if digits else 0


def _takewhile_digits(text: str) -> list[str]:
    """The leading digits of a text."""
    out: list[str] = []
    for char in text:
        if not char.isdigit():
            break
        out.append(char)
    return out


def _bot_user() -> JSON:
    """The bot's own User object."""
    return {"id": BOT_ID, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}


class HttpConnection(asyncio.Protocol):
    """HTTP/1.1 keep-alive, one request at a time (as httpx sends them), Bot API paths only."""

    def __init__(self, double: Double) -> None:
        """Serve `double`."""
        self.double = double
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.busy = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Keep the transport."""
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        """Collect bytes; answer each complete request."""
        self.buffer += data
        self._next()

    def _next(self) -> None:
        """Parse one complete request from the buffer, if any, and answer it."""
        if self.busy:
            return
        end = self.buffer.find(_HEAD_END)
        if end < 0:
            return
        head = self.buffer[:end].decode("latin-1")
        length, form = 0, True
        lines = head.split("\r\n")
        for line in lines[1:]:
            key, _, value = line.partition(":")
            key = key.strip().lower()
            if key == "content-length":
                length = int(value.strip())
            elif key == "content-type":
                form = "json" not in value
        if len(self.buffer) < end + 4 + length:
            return
        body = self.buffer[end + 4 : end + 4 + length]
        self.buffer = self.buffer[end + 4 + length :]
        path = lines[0].split(" ")[1]
        method = path.rsplit("/", 1)[-1].split("?", 1)[0]
        params = _params(body, form)
        self.busy = True
        result = self.double.api(method, params)
        task = asyncio.ensure_future(result)
        task.add_done_callback(self._answer)

    def _answer(self, task: asyncio.Future[Any]) -> None:
        """Write the answer of a finished call, then look at the next request."""
        self.busy = False
        if self.transport is None or self.transport.is_closing():
            return
        payload = json.dumps({"ok": True, "result": task.result()}).encode()
        self.transport.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(payload)).encode()
            + b"\r\n\r\n"
            + payload
        )
        self._next()

    def connection_lost(self, exc: Exception | None) -> None:
        """Forget the transport."""
        self.transport = None


def _params(body: bytes, form: bool) -> JSON:
    """Decode a request body: JSON, or form fields whose values PTB JSON-encodes."""
    if not body:
        return {}
    if not form:
        data = json.loads(body)
        return data if isinstance(data, dict) else {}
    params: JSON = {}
    for key, value in parse_qsl(body.decode()):
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


async def serve(port: int = 0) -> None:
    """Serve the Bot API and the stdin control channel until stdin closes."""
    double = Double()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: HttpConnection(double), "127.0.0.1", port)
    bound = server.sockets[0].getsockname()[1]
    print(json.dumps({"port": bound}), flush=True)
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        answer = await double.command(json.loads(line))
        print(json.dumps(answer), flush=True)
    server.close()


if __name__ == "__main__":
    asyncio.run(serve())
