"""Delivery end to end: kills and restarts lose nothing, webhook mode, fatal conditions."""

from __future__ import annotations

import json
import random
import socket
import threading
from pathlib import Path

import httpx

from bot.devtools.emulator import CallRecord, Emulator
from tests.e2e.conftest import new_person, onboard, query_db
from tests.e2e.harness import BotProcess, Person, bot_process
from tests.e2e.test_refusals import forge_press

STREAM = [
    "hello, is anyone there?",
    "when is the next meeting",
    "I want to die tonight",
    "i have the pills ready",
    "this traffic is killing me",
    "ok thanks",
]


def _replied(emulator: Emulator, people: list[Person]) -> int:
    """How many of these people have had at least one answer."""
    return sum(1 for member in people if emulator.bot_messages(member.id))


def test_kill_9_at_random_moments_loses_no_update(fresh_bot: BotProcess) -> None:
    """Killing the bot repeatedly while messages stream in still answers every one of them."""
    emulator = fresh_bot.emulator
    chooser = random.Random(20261122)
    people = [new_person(emulator, f"Member{i}") for i in range(150)]
    fresh_bot.start()
    sent = threading.Event()

    def stream() -> None:
        """Each person sends one message, a few milliseconds apart."""
        for index, member in enumerate(people):
            emulator.inject_message(member.id, STREAM[index % len(STREAM)])
            if index % 10 == 0:
                threading.Event().wait(0.02)
        sent.set()

    sender = threading.Thread(target=stream)
    sender.start()
    for _kill in range(6):
        target = min(len(people), _replied(emulator, people) + chooser.randint(1, 25))
        emulator.wait_until(lambda core, n=target: _replied(core, people) >= n, timeout=60)  # type: ignore[misc]
        fresh_bot.kill()
        fresh_bot.start()
    sender.join()
    assert sent.is_set()
    emulator.wait_until(lambda core: _replied(core, people) == len(people), timeout=60)  # type: ignore[arg-type]
    assert fresh_bot.stop() == 0
    assert "update(s) in the inbox" in fresh_bot.logs()
    pending = query_db(fresh_bot.database, "SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL")
    assert pending == [(0,)]
    leftovers = query_db(fresh_bot.database, "SELECT COUNT(*) FROM inbox WHERE payload IS NOT NULL")
    assert leftovers == [(0,)]


def _free_port() -> int:
    """Ask the OS for a free port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


SECRET = "webhook-secret-for-tests-0123456789abcdef"


def _webhook_bot(fresh_bot: BotProcess) -> str:
    """Configure the bot for webhook mode on a free port; return the webhook URL."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram-updates"
    fresh_bot.extra_env.update(WEBHOOK_URL=url, WEBHOOK_PORT=str(port), WEBHOOK_SECRET=SECRET)
    return url


def test_webhook_mode_answers_and_guards_the_secret(fresh_bot: BotProcess) -> None:
    """Updates arrive by webhook; a wrong or missing secret gets 403 and changes nothing."""
    url = _webhook_bot(fresh_bot)
    fresh_bot.start(30.0, "--webhook", ready="setWebhook")
    emulator = fresh_bot.emulator
    member = new_person(emulator, "Wendy")
    assert "Hi Wendy" in (member.ask("/start").plain_text or "")

    forged = {
        "update_id": 999_999,
        "message": {
            "message_id": 1,
            "date": 0,
            "text": "/start",
            "chat": {"id": 1, "type": "private"},
            "from": {"id": 1, "is_bot": False, "first_name": "X"},
        },
    }
    before = query_db(fresh_bot.database, "SELECT COUNT(*) FROM inbox")
    for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
        response = httpx.post(url, json=forged, headers=headers, timeout=10)
        assert response.status_code == 403
    assert query_db(fresh_bot.database, "SELECT COUNT(*) FROM inbox") == before

    health = httpx.get(url.rsplit("/", 1)[0] + "/healthz", timeout=10).json()
    assert health["status"] == "ok"
    # Scanners: a GET, a junk body, a HEAD on the webhook path are refused, below ERROR.
    assert httpx.get(url, timeout=10).status_code == 405
    assert httpx.head(url, timeout=10).status_code == 405
    secret = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    assert httpx.post(url, content=b"junk", headers=secret, timeout=10).status_code == 400
    assert fresh_bot.stop() == 0
    assert " ERROR " not in fresh_bot.logs(), "4xx requests are not errors of the bot"


def test_same_update_twice_has_one_effect(fresh_bot: BotProcess) -> None:
    """A webhook retry of an update already stored is acknowledged but processed once."""
    url = _webhook_bot(fresh_bot)
    fresh_bot.start(30.0, "--webhook", ready="setWebhook")
    emulator = fresh_bot.emulator
    member = new_person(emulator, "Dora")
    update = {
        "update_id": 777_001,
        "message": {
            "message_id": 5,
            "date": 1795000000,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            "chat": {"id": member.id, "type": "private", "first_name": "Dora"},
            "from": {"id": member.id, "is_bot": False, "first_name": "Dora", "language_code": "en"},
        },
    }
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    for _attempt in range(2):
        assert (
            httpx.post(url, content=json.dumps(update), headers=headers, timeout=10).status_code
            == 200
        )
    emulator.wait_for_messages(member.id, predicate=lambda m: "Hi Dora" in (m.plain_text or ""))
    # A later message is answered only after both copies were handled (updates go in order).
    assert "What I can do for you" in (member.ask("/help").plain_text or "")
    greetings = [m for m in emulator.bot_messages(member.id) if "Hi Dora" in (m.plain_text or "")]
    assert len(greetings) == 1


def test_second_poller_stops_the_first_loudly(fresh_bot: BotProcess, tmp_path: Path) -> None:
    """When another instance polls with the same token, the bot stops with a clear message."""
    fresh_bot.start()
    other = bot_process(fresh_bot.emulator, tmp_path / "other").start()
    try:
        assert fresh_bot.wait_exit(30) == 1
        assert "another bot process is using this token" in fresh_bot.logs()
    finally:
        other.stop()


def test_revoked_token_stops_the_bot(fresh_bot: BotProcess) -> None:
    """A token revoked while running stops the bot with a clear message."""
    fresh_bot.start()
    fresh_bot.emulator.revoke_token()
    assert fresh_bot.wait_exit(60) == 1
    assert "rejected BOT_TOKEN" in fresh_bot.logs()


def test_blocked_member_is_marked_and_not_retried(fresh_bot: BotProcess) -> None:
    """A 403 is not retried and marks the member unreachable; others are still answered."""
    emulator = fresh_bot.emulator
    blocked, other = new_person(emulator, "Bea"), new_person(emulator, "Otto")
    fresh_bot.start()
    onboard(blocked)
    emulator.block_bot(blocked.id, notify=False)
    mark = emulator.mark()
    for text in ("are you there?", "hello?"):
        emulator.inject_message(blocked.id, text)
    assert "simple bot" in (other.ask("hello").plain_text or "")

    def refused(call: CallRecord) -> bool:
        """A send to the blocked member."""
        return call.method == "sendMessage" and call.params.get("chat_id") == blocked.id

    # The member's second message is handled after the first (and after its 403 was recorded).
    emulator.wait_until(lambda core: sum(map(refused, core.calls[mark.call_index :])) >= 2)
    attempts = [c.status for c in emulator.calls[mark.call_index :] if refused(c)]
    assert attempts == [403, 403]
    fresh_bot.stop()
    rows = query_db(
        fresh_bot.database,
        "SELECT unreachable_at IS NOT NULL FROM members WHERE user_id = ?",
        (blocked.id,),
    )
    assert rows == [(1,)]


def test_forged_press_with_a_huge_number_is_answered_without_an_error(
    fresh_bot: BotProcess,
) -> None:
    """A modified client's button data with a 21-digit id: answered as expired, no ERROR
    logged (issue 18: an OverflowError traceback, and the spinner kept spinning)."""
    fresh_bot.start()
    member = new_person(fresh_bot.emulator, "Fergus")
    onboard(member)
    anything = member.ask("/help")
    forge_press(fresh_bot.emulator, member, anything, "flag:ack:123456789012345678901")
    assert fresh_bot.stop() == 0
    assert " ERROR " not in fresh_bot.logs()
