"""The bot's HTTP client (`bot.delivery.http`): PTB's own, with a cheaper idle-connection check."""

from __future__ import annotations

import asyncio
import select
import threading
from collections.abc import Iterator
from typing import Any

import anyio.abc
import pytest
from telegram import Bot
from telegram.request import BaseRequest, HTTPXRequest

from bot.delivery.http import bot_request
from bot.devtools.emulator import Emulator

TOKEN = "123456:HTTP-CLIENT-TEST"
CHAT = 424_242


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """A running HTTP emulator with one person who started the bot (its thread stopped after:
    only this emulator's, whatever other tests of the same process left running)."""
    before = set(threading.enumerate())
    with Emulator(TOKEN) as emulator:
        emulator.add_user("Ana", CHAT)
        yield emulator
    ours = [t for t in set(threading.enumerate()) - before if t.name == "telegram-emulator"]
    assert ours == []


def _bot(emu: Emulator, request: BaseRequest) -> Bot:
    """A PTB Bot sending through `request` to the emulator over HTTP."""
    return Bot(
        TOKEN,
        base_url=emu.base_url,
        base_file_url=emu.base_file_url,
        request=request,
        get_updates_request=HTTPXRequest(),
    )


async def _peer_lookups(
    emu: Emulator, request: BaseRequest, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, int]:
    """Send 8 messages at once (8 connections), then one more with the 8 idle; return how
    many times a socket's attributes (its peer's address among them) were built for that one
    send, and how many messages arrived."""
    lookups = 0
    attributes = anyio.abc.SocketStream.extra_attributes

    def counted(stream: Any) -> Any:
        nonlocal lookups
        lookups += 1
        return attributes.fget(stream)  # type: ignore[attr-defined]

    async with _bot(emu, request) as bot:
        await asyncio.gather(*(bot.send_message(CHAT, f"at once {n}") for n in range(8)))
        with monkeypatch.context() as patch:
            patch.setattr(anyio.abc.SocketStream, "extra_attributes", property(counted))
            await bot.send_message(CHAT, "after")
    return lookups, len(emu.bot_messages(CHAT))


async def test_idle_connections_are_checked_without_building_socket_attributes(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PTB's stock request builds every idle connection's socket attributes (a peer-address
    system call) before each send; the bot's request asks the kept socket directly."""
    stock, sent = await _peer_lookups(emu, HTTPXRequest(connection_pool_size=256), monkeypatch)
    assert sent == 9
    assert stock >= 8, "the stock client looks up each idle connection"
    lean, sent = await _peer_lookups(emu, bot_request(), monkeypatch)
    assert sent == 18
    assert lean == 0


async def test_a_connection_the_server_closed_is_not_reused(emu: Emulator) -> None:
    """An idle connection the server closed reads as readable (its end of stream), so the
    next send opens a new one instead of failing."""
    async with _bot(emu, bot_request()) as bot:
        await bot.send_message(CHAT, "first")
        emu.stop()
        emu.start()
        await bot.send_message(CHAT, "after the server came back")
    texts = [message.plain_text for message in emu.bot_messages(CHAT)]
    assert texts == ["first", "after the server came back"]


class _CountedPoll:
    """A select.poll object that counts its poll calls in a shared list."""

    def __init__(self, calls: list[int]) -> None:
        """Wrap a real poll object; each poll call appends to `calls`."""
        self.inner = _REAL_POLL()
        self.calls = calls

    def register(self, fd: int, mask: int = select.POLLIN) -> None:
        """Register as the real poll object does."""
        self.inner.register(fd, mask)

    def unregister(self, fd: int) -> None:
        """Unregister as the real poll object does."""
        self.inner.unregister(fd)

    def poll(self, timeout: float | None = None) -> list[tuple[int, int]]:
        """Poll as the real poll object does, counted."""
        self.calls.append(1)
        return self.inner.poll(timeout)


_REAL_POLL = select.poll


async def test_idle_connections_are_polled_once_per_pool_pass(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With 8 idle connections, one send asks the kernel about them once per pass of the pool
    (one poll for all), not once per connection: each poll hands the GIL to SQLite's threads."""
    calls: list[int] = []
    monkeypatch.setattr(select, "poll", lambda: _CountedPoll(calls))
    async with _bot(emu, bot_request()) as bot:
        await asyncio.gather(*(bot.send_message(CHAT, f"at once {n}") for n in range(8)))
        calls.clear()
        await bot.send_message(CHAT, "after")
    assert len(emu.bot_messages(CHAT)) == 9
    assert 1 <= len(calls) <= 3, "one poll of all idle connections per pass (at most 3 passes)"
