"""The public web's own server in polling mode: off by default, a clear error for a busy port."""

from __future__ import annotations

import socket

import httpx
import pytest

from bot.config import Settings, load_settings
from bot.delivery.polling import FatalBotError
from bot.runner import _start_public
from bot.services.public_web import PublicSchedule
from bot.storage.groups import GroupRepository
from tests.web.conftest import SECRET, Site

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"


def _settings(port: int) -> Settings:
    """Settings with the public web on, on a port."""
    return load_settings(
        _env_file=None,
        bot_token=TOKEN,
        public_web_groups="all",
        public_web_secret=SECRET,
        public_web_port=port,
    )


def _schedule(site: Site) -> PublicSchedule:
    """Any schedule: the server's start is what is tested."""
    return PublicSchedule(
        db=site.db,
        meetings=site.meetings,
        groups=GroupRepository(site.db),
        clock=lambda: site.now[0],
        secret=SECRET,
        group_ids=None,
    )


async def test_a_busy_port_is_one_plain_fatal_error(site: Site) -> None:
    """Another program on PUBLIC_WEB_PORT: the bot stops, naming the settings to check."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = int(busy.getsockname()[1])
        with pytest.raises(FatalBotError, match="PUBLIC_WEB_LISTEN and PUBLIC_WEB_PORT"):
            _start_public(_settings(port), False, _schedule(site))


async def test_webhook_mode_starts_no_second_server(site: Site) -> None:
    """With --webhook the routes join the webhook server: no server of its own."""
    assert _start_public(_settings(1), True, _schedule(site)) is None
    assert _start_public(_settings(1), False, None) is None


async def test_the_own_server_refuses_a_large_body(site: Site) -> None:
    """A GET with a 5 MB body is refused by the public server (no body is ever needed), and
    the next request is served."""
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = int(free.getsockname()[1])
    server = _start_public(_settings(port), False, _schedule(site))
    assert server is not None
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            status = await _status_of_a_big_request(client)
            assert status is None or status >= 400, status
            assert (await client.get("/meetings.json")).status_code == 200
    finally:
        server.stop()
        await server.close_all_connections()


async def _status_of_a_big_request(client: httpx.AsyncClient) -> int | None:
    """The status of a GET carrying 5 MB, or None when the server closed the connection."""
    try:
        answer = await client.request("GET", "/meetings.json", content=b"x" * 5_000_000)
    except httpx.TransportError:
        return None
    return answer.status_code
