"""DeliveryLimiter against the in-process emulator: 429 pauses, priorities, lifecycle."""

from __future__ import annotations

import asyncio
import time

import pytest
from telegram.error import RetryAfter

from bot.delivery import DeliveryClosedError, Priority
from bot.devtools.emulator import CallRecord, EmulatorCore
from tests.delivery.conftest import BotFactory, LimitedBot, Until

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def sends_to(core: EmulatorCore, chat_id: int) -> list[CallRecord]:
    """The sendMessage calls the emulator received for one chat."""
    return [c for c in core.get_calls("sendMessage") if c.params.get("chat_id") == chat_id]


async def send(bot: LimitedBot, chat_id: int, priority: Priority = Priority.INTERACTIVE) -> int:
    """Send a message at `priority` and return its message id."""
    message = await bot.send_message(chat_id, "hello", rate_limit_args={"priority": priority})
    return message.message_id


async def test_429_holds_the_chat_until_retry_after(
    core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """After a 429 (retry_after=1) nothing goes to that chat for 1 s; then the message lands."""
    user = core.add_user("Ann")
    core.fail_next(1, "429", method="sendMessage", chat_id=user.id, retry_after=1)
    async with limited_bot() as (bot, limiter):
        await send(bot, user.id)
        stats = limiter.stats()
    first, second = sends_to(core, user.id)
    assert (first.status, second.status) == (429, 200)
    assert second.monotonic - first.monotonic >= 1.0
    assert len(core.bot_messages(user.id)) == 1
    assert (stats["got_429"], stats["retried"], stats["sent"]) == (1, 1, 1)


async def test_alert_flows_while_bulk_lanes_are_paused(
    core: EmulatorCore, limited_bot: BotFactory, until: Until
) -> None:
    """A 429 pauses SCHEDULED/BROADCAST everywhere, but an ALERT to another chat goes at once."""
    ann, bob, cat = (core.add_user(name) for name in ("Ann", "Bob", "Cat"))
    core.fail_next(1, "429", method="sendMessage", chat_id=ann.id, retry_after=1)
    async with limited_bot() as (bot, _limiter):
        bulk_ann = asyncio.create_task(send(bot, ann.id, Priority.BROADCAST))
        await until(lambda: core.count_responses(429) == 1)
        bulk_bob = asyncio.create_task(send(bot, bob.id, Priority.SCHEDULED))
        started = time.monotonic()
        await send(bot, cat.id, Priority.ALERT)
        assert time.monotonic() - started < 0.5
        assert not bulk_bob.done()
        await asyncio.gather(bulk_ann, bulk_bob)
    [refused] = [c for c in sends_to(core, ann.id) if c.status == 429]
    [bob_call] = sends_to(core, bob.id)
    [cat_call] = sends_to(core, cat.id)
    assert cat_call.monotonic < bob_call.monotonic
    assert bob_call.monotonic - refused.monotonic >= 1.0


async def test_alert_jumps_a_broadcast_backlog(
    core: EmulatorCore, limited_bot: BotFactory, until: Until
) -> None:
    """With 100 broadcasts queued at 50/s, a new ALERT goes out next; cancelled sends leave."""
    users = [core.add_user(f"U{n}").id for n in range(100)]
    crisis = core.add_user("Crisis").id
    async with limited_bot(rate=50) as (bot, limiter):
        backlog = [asyncio.create_task(send(bot, u, Priority.BROADCAST)) for u in users]
        await until(lambda: len(core.get_calls("sendMessage")) >= 3)
        started = time.monotonic()
        await send(bot, crisis, Priority.ALERT)
        assert time.monotonic() - started < 0.2
        assert len(core.get_calls("sendMessage")) <= 10
        assert limiter.stats()["queued_broadcast"] > 80
        for task in backlog:
            task.cancel()
        await asyncio.gather(*backlog, return_exceptions=True)
        assert limiter.stats()["queued_broadcast"] == 0


async def test_sends_to_one_chat_keep_their_order(
    core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """Paced sends to one chat arrive in the order they were made, each once."""
    user = core.add_user("Ann")
    async with limited_bot(rate=300) as (bot, _limiter):
        texts = [f"part {n}" for n in range(8)]
        await asyncio.gather(*(bot.send_message(user.id, text) for text in texts))
    assert [m.text for m in core.bot_messages(user.id)] == texts


async def test_huge_retry_after_is_raised_not_waited(
    core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """A retry_after beyond max_retry_after raises RetryAfter to the caller at once."""
    user = core.add_user("Ann")
    core.fail_next(1, "429", chat_id=user.id, retry_after=60)
    async with limited_bot(max_retry_after=30) as (bot, limiter):
        with pytest.raises(RetryAfter):
            await send(bot, user.id, Priority.SCHEDULED)
        assert limiter.pacer.pause_wait(user.id, None, time.monotonic()) > 50


async def test_unpaced_methods_pass_but_are_retried(
    core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """getChat is not queued but a 5xx on it is still retried."""
    user = core.add_user("Ann")
    core.fail_next(2, "502", method="getChat")
    async with limited_bot(rate=1) as (bot, limiter):
        chat = await bot.get_chat(user.id)
        stats = limiter.stats()
    assert chat.id == user.id
    assert (stats["passed"], stats["retried"], stats["sent"]) == (2, 2, 0)  # getMe + getChat


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBUserWarning")
async def test_priority_via_raw_api_request(core: EmulatorCore, limited_bot: BotFactory) -> None:
    """do_api_request with rate_limit_args (as the outbox uses it) is paced and delivered."""
    user = core.add_user("Ann")
    async with limited_bot() as (bot, limiter):
        await bot.do_api_request(
            "sendMessage",
            api_kwargs={"chat_id": user.id, "text": "reminder"},
            rate_limit_args={"priority": int(Priority.SCHEDULED)},
        )
        assert limiter.stats()["sent"] == 1
    assert [m.text for m in core.bot_messages(user.id)] == ["reminder"]


async def test_shutdown_fails_waiters_and_leaves_no_tasks(
    core: EmulatorCore, limited_bot: BotFactory, until: Until
) -> None:
    """shutdown() fails queued sends with DeliveryClosedError and stops the scheduler."""
    users = [core.add_user(f"U{n}").id for n in range(5)]
    async with limited_bot(rate=2) as (bot, limiter):
        tasks = [asyncio.create_task(send(bot, u)) for u in users]
        await until(lambda: len(core.get_calls("sendMessage")) == 1)
        await limiter.shutdown()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert sum(isinstance(r, DeliveryClosedError) for r in results) == 4
        assert asyncio.all_tasks() == {asyncio.current_task()}
        with pytest.raises(DeliveryClosedError):
            await send(bot, users[0])
        await limiter.initialize()
        assert await send(bot, users[1]) > 0
