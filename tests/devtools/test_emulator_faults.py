"""Each injected fault kind reaches a real PTB Bot as the right exception, over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from bot.devtools.emulator import Emulator, FaultKind

TOKEN = "777:FAULTS"


pytestmark = pytest.mark.filterwarnings(
    "ignore::telegram.warnings.PTBDeprecationWarning"  # RetryAfter builds its message with it
)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """A running emulator with one user."""
    with Emulator(TOKEN) as emulator:
        emulator.add_user("Ann", user_id=1001)
        yield emulator


@pytest.fixture
async def bot(emu: Emulator) -> AsyncIterator[Bot]:
    """A PTB Bot with a short read timeout so injected timeouts are quick."""
    request = HTTPXRequest(read_timeout=0.3)
    async with Bot(TOKEN, base_url=emu.base_url, request=request) as client:
        yield client


@pytest.mark.parametrize(
    ("kind", "exception", "match"),
    [
        ("429", RetryAfter, "Flood control exceeded. Retry in 3 seconds"),
        ("500", NetworkError, "Internal Server Error"),
        ("502", NetworkError, "Bad Gateway"),
        ("403", Forbidden, "blocked by the user"),
        ("400", BadRequest, r"(?i)injected failure"),
        ("timeout", TimedOut, None),
        ("reset", NetworkError, r"(?i)disconnected|reset|closed"),
    ],
)
async def test_fault_kind_maps_to_ptb_exception_without_effect(
    bot: Bot, emu: Emulator, kind: FaultKind, exception: type[TelegramError], match: str | None
) -> None:
    """A queued fault raises the matching PTB exception and stores nothing; the next call works."""
    emu.fail_next(1, kind, method="sendMessage", retry_after=3, delay=1.0)
    with pytest.raises(exception, match=match):
        await bot.send_message(1001, "lost")
    assert emu.count_responses(429) == (1 if kind == "429" else 0)
    assert emu.bot_messages(1001) == []
    await bot.send_message(1001, "works")
    assert [m.plain_text for m in emu.bot_messages(1001)] == ["works"]


async def test_timeout_after_effect_stores_message(bot: Bot, emu: Emulator) -> None:
    """timeout_after_effect: the client times out but the message was delivered."""
    emu.fail_next(1, "timeout_after_effect", method="sendMessage", delay=1.0)
    with pytest.raises(TimedOut):
        await bot.send_message(1001, "delivered anyway")
    assert [m.plain_text for m in emu.bot_messages(1001)] == ["delivered anyway"]


async def test_persistent_states(bot: Bot, emu: Emulator) -> None:
    """block_bot -> Forbidden, kick_bot -> Forbidden, migrate_group -> ChatMigrated."""
    group = emu.add_group("G")
    other = emu.add_group("H")
    emu.block_bot(1001)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(1001, "x")
    emu.kick_bot(group.id)
    with pytest.raises(Forbidden, match="bot was kicked from the group chat"):
        await bot.send_message(group.id, "x")
    new_id = emu.migrate_group(other.id)
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(other.id, "x")
    assert caught.value.new_chat_id == new_id
    await bot.send_message(new_id, "in the supergroup")
    emu.unblock_bot(1001)
    await bot.send_message(1001, "back")


async def test_a_user_who_never_wrote_cannot_be_written_to(bot: Bot, emu: Emulator) -> None:
    """never_started -> Forbidden (the bot may not start a conversation) until they write."""
    emu.never_started(1001)
    with pytest.raises(Forbidden, match="can't initiate conversation with a user"):
        await bot.send_message(1001, "x")
    emu.inject_message(1001, "/start")
    await bot.send_message(1001, "now I may")
    assert [m.plain_text for m in emu.bot_messages(1001)] == ["now I may"]


async def test_flood_limits_over_http(bot: Bot, emu: Emulator) -> None:
    """With flood limits on, a burst beyond the per-chat bucket raises RetryAfter."""
    emu.enable_flood_limits(per_chat_burst=2, clock=lambda: 50.0)
    await bot.send_message(1001, "1")
    await bot.send_message(1001, "2")
    with pytest.raises(RetryAfter, match="Retry in 1 seconds"):
        await bot.send_message(1001, "3")
    assert len(emu.bot_messages(1001)) == 2
