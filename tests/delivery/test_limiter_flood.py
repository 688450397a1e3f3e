"""DeliveryLimiter over real HTTP against the emulator with Telegram-like flood limits on."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.delivery import DeliveryLimiter, Priority
from bot.devtools.emulator import Emulator

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

TOKEN = "4343:FLOOD"


def http_bot(emu: Emulator, limiter: DeliveryLimiter) -> ExtBot[dict[str, Any]]:
    """An ExtBot talking HTTP to the emulator through `limiter`."""
    return ExtBot(
        TOKEN,
        base_url=emu.base_url,
        base_file_url=emu.base_file_url,
        request=HTTPXRequest(connection_pool_size=32),
        rate_limiter=limiter,
    )


async def test_burst_to_200_chats_at_matching_rate() -> None:
    """200 sends to 200 chats at rate=200 with flood limits of 200/s: all land, few 429s."""
    with Emulator(TOKEN) as emu:
        emu.enable_flood_limits(overall_per_s=200)
        users = [emu.add_user(f"U{n}").id for n in range(200)]
        limiter = DeliveryLimiter(rate=200)
        async with http_bot(emu, limiter) as bot:
            await asyncio.gather(
                *(
                    bot.send_message(u, "news", rate_limit_args={"priority": Priority.BROADCAST})
                    for u in users
                )
            )
            stats = limiter.stats()
        assert emu.count_responses(429) <= 3
        assert all(len(emu.bot_messages(u)) == 1 for u in users)
    assert (stats["sent"], stats["got_429"]) == (200, emu.count_responses(429))


async def test_group_and_private_chat_pacing_matches_flood_limits() -> None:
    """At rate=300 (10/s per chat, 200/min per group) a chat backlog causes no 429s."""
    with Emulator(TOKEN) as emu:
        emu.enable_flood_limits(overall_per_s=300, per_chat_per_s=10, per_group_per_min=200)
        user = emu.add_user("Ann").id
        group = emu.add_group("Circle").id
        limiter = DeliveryLimiter(rate=300)
        async with http_bot(emu, limiter) as bot:
            sends = [bot.send_message(chat, f"m{n}") for n in range(6) for chat in (user, group)]
            await asyncio.gather(*sends)
        # As in the burst test: on a loaded shared machine sends can bunch up on the wire; a
        # handful of 429s (each waited out for that chat only) is what the pacing allows.
        assert emu.count_responses(429) <= 3
        # Concurrent sends (gather) may finish in any order over HTTP; what matters is that
        # every one arrived without a 429 (handlers await each send, so their order holds).
        assert sorted(m.text or "" for m in emu.bot_messages(group)) == [f"m{n}" for n in range(6)]
        assert len(emu.bot_messages(user)) == 6
