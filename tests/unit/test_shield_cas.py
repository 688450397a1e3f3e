"""The CAS lookup against a tiny local HTTP server on 127.0.0.1: listed, not listed, too slow,
broken; never longer than its timeout."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from bot.shield.cas import CasClient

LISTED, CLEAN, SLOW, BROKEN = 111, 222, 333, 444


class FakeCas(BaseHTTPRequestHandler):
    """Answers like api.cas.chat/check; one id answers slowly, one with no JSON."""

    asked: list[int] = []  # noqa: RUF012 - shared by the server's handler instances
    release = threading.Event()

    def do_GET(self) -> None:
        """One lookup."""
        user_id = int(parse_qs(urlparse(self.path).query)["user_id"][0])
        FakeCas.asked.append(user_id)
        if user_id == SLOW:
            FakeCas.release.wait(10)
        body = (
            b"not json"
            if user_id == BROKEN
            else json.dumps(
                {"ok": True, "result": {"offenses": 3}}
                if user_id == LISTED
                else {"ok": False, "description": "Record not found."}
            ).encode()
        )
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def cas_url() -> Iterator[str]:
    """A fake CAS on a free port of 127.0.0.1."""
    FakeCas.asked = []
    FakeCas.release.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeCas)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/check"
    FakeCas.release.set()
    server.shutdown()
    server.server_close()


async def test_listed_and_not_listed(cas_url: str) -> None:
    """ok: true is listed, ok: false is not; the id goes as user_id."""
    client = CasClient(cas_url, timeout=2.0)
    assert await client.listed(LISTED) is True
    assert await client.listed(CLEAN) is False
    assert FakeCas.asked == [LISTED, CLEAN]


async def test_a_slow_list_is_given_up_on_time(cas_url: str) -> None:
    """No answer within the timeout: None (nothing decided), after about the timeout."""
    client = CasClient(cas_url, timeout=0.3)
    started = time.monotonic()
    assert await client.listed(SLOW) is None
    assert time.monotonic() - started < 1.5


async def test_a_broken_or_absent_list_decides_nothing(cas_url: str) -> None:
    """Not JSON, or nobody listening: None."""
    assert await CasClient(cas_url, timeout=2.0).listed(BROKEN) is None
    closed = cas_url.rsplit(":", 1)[0] + ":1/check"
    assert await CasClient(closed, timeout=2.0).listed(CLEAN) is None
