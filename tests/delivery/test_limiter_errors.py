"""DeliveryLimiter error handling against the in-process emulator: 5xx, 403, 400, migration."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError

from bot.delivery import Priority
from bot.devtools.emulator import EmulatorCore, FaultKind
from tests.delivery.conftest import BotFactory, LimitedBot

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


async def send(bot: LimitedBot, chat_id: int, priority: Priority = Priority.INTERACTIVE) -> int:
    """Send a message at `priority` and return the chat it landed in."""
    message = await bot.send_message(chat_id, "hello", rate_limit_args={"priority": priority})
    return message.chat_id


def requests_to(core: EmulatorCore, chat_id: int) -> int:
    """How many sendMessage requests reached the emulator for a chat."""
    return sum(c.params.get("chat_id") == chat_id for c in core.get_calls("sendMessage"))


async def test_5xx_timeouts_and_resets_are_retried_until_delivered(
    core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """A run of 500s, 502s, timeouts and resets: every message still arrives exactly once."""
    users = [core.add_user(f"U{n}").id for n in range(5)]
    kinds: list[FaultKind] = ["500", "502", "timeout", "reset", "500", "timeout"]
    for kind in kinds:
        core.fail_next(2, kind, method="sendMessage")
    async with limited_bot(max_retries=12) as (bot, limiter):
        await asyncio.gather(*(send(bot, u) for u in users))
        stats = limiter.stats()
    assert [len(core.bot_messages(u)) for u in users] == [1] * 5
    assert (stats["retried"], stats["sent"], stats["failed"]) == (12, 5, 0)


async def test_network_errors_give_up_after_max_retries(
    core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """Persistent 5xx: max_retries retries, then the NetworkError reaches the caller."""
    user = core.add_user("Ann").id
    core.fail_next(10, "500", chat_id=user)
    async with limited_bot(max_retries=2) as (bot, limiter):
        with pytest.raises(NetworkError):
            await send(bot, user)
        assert limiter.stats()["failed"] == 1
    assert requests_to(core, user) == 3


async def test_forbidden_marks_chat_unreachable(
    core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """403: hook once, no retry; later bulk sends fail without a request; others unaffected."""
    ann, bob = core.add_user("Ann").id, core.add_user("Bob").id
    core.block_bot(ann, notify=False)
    calls: list[tuple[int, str]] = []

    async def on_forbidden(chat_id: int, description: str) -> None:
        """Record the hook call."""
        calls.append((chat_id, description))

    async with limited_bot() as (bot, limiter):
        limiter.on_forbidden = on_forbidden
        with pytest.raises(Forbidden):
            await send(bot, ann)
        with pytest.raises(Forbidden, match="not sent"):
            await send(bot, ann, Priority.SCHEDULED)
        assert await send(bot, bob, Priority.SCHEDULED) == bob
        stats = limiter.stats()
    assert calls == [(ann, "Forbidden: bot was blocked by the user")]
    assert requests_to(core, ann) == 1
    assert (stats["forbidden"], stats["skipped_unreachable"], stats["unreachable_chats"]) == (
        1,
        1,
        1,
    )


async def test_alert_still_tries_an_unreachable_chat(
    core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """An ALERT is attempted even to a chat marked unreachable; success clears the mark."""
    ann = core.add_user("Ann").id
    core.block_bot(ann, notify=False)
    async with limited_bot() as (bot, limiter):
        with pytest.raises(Forbidden):
            await send(bot, ann, Priority.BROADCAST)
        core.unblock_bot(ann, notify=False)
        assert await send(bot, ann, Priority.ALERT) == ann
        assert not limiter.is_unreachable(ann)
        assert await send(bot, ann, Priority.BROADCAST) == ann


async def test_failing_hook_does_not_hide_the_error(
    core: EmulatorCore, limited_bot: BotFactory, caplog: pytest.LogCaptureFixture
) -> None:
    """An exception inside on_forbidden is logged; the caller still gets Forbidden."""
    ann = core.add_user("Ann").id
    core.block_bot(ann, notify=False)

    async def broken(chat_id: int, description: str) -> None:
        """A hook with a bug."""
        raise RuntimeError("hook bug")

    async with limited_bot() as (bot, limiter):
        limiter.on_forbidden = broken
        with pytest.raises(Forbidden):
            await send(bot, ann)
    assert "delivery hook on_forbidden failed" in caplog.text


async def test_logs_name_method_chat_and_error_but_never_text_or_token(
    core: EmulatorCore, limited_bot: BotFactory, caplog: pytest.LogCaptureFixture
) -> None:
    """Failure logs carry method, chat id, priority and error class only."""
    ann = core.add_user("Ann").id
    core.fail_next(1, "500", chat_id=ann)
    async with limited_bot() as (bot, _limiter):
        await bot.send_message(ann, "my very private words")
    assert f"sendMessage chat={ann} priority=INTERACTIVE failed: NetworkError" in caplog.text
    assert "private words" not in caplog.text
    assert "DELIVERY" not in caplog.text


async def test_bad_request_is_never_retried(core: EmulatorCore, limited_bot: BotFactory) -> None:
    """400: exactly one request, the BadRequest reaches the caller."""
    ann = core.add_user("Ann").id
    core.fail_next(1, "400", chat_id=ann)
    async with limited_bot() as (bot, limiter):
        with pytest.raises(BadRequest):
            await send(bot, ann)
        assert limiter.stats()["retried"] == 0
    assert requests_to(core, ann) == 1


async def test_chat_migrated_resends_to_the_supergroup(
    core: EmulatorCore, limited_bot: BotFactory
) -> None:
    """ChatMigrated: on_migrated(old, new), resent to the new id; later sends go there direct."""
    group = core.add_group("Circle")
    new_id = core.migrate_group(group.id, notify=False)
    moves: list[tuple[int, int]] = []

    async def on_migrated(old: int, new: int) -> None:
        """Record the hook call."""
        moves.append((old, new))

    async with limited_bot() as (bot, limiter):
        limiter.on_migrated = on_migrated
        assert await send(bot, group.id) == new_id
        assert await send(bot, group.id, Priority.SCHEDULED) == new_id
        assert limiter.stats()["migrated"] == 1
    assert moves == [(group.id, new_id)]
    assert requests_to(core, group.id) == 1
    assert len(core.bot_messages(new_id)) == 2
