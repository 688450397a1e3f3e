"""Check-in answers under load: 10,000 mood taps from 1,000 members, as fast as they come.

Run: ``.venv/bin/python -m bench checkin_answers`` (``ANSWERS_MEMBERS``, ``ANSWERS_EACH``).

The real bot process (`python -m bot run`, pacing off: `SEND_RATE_LIMIT=0`) against its own
emulator on 127.0.0.1 (no flood limits). 1,000 consented members, each with a check-in plan due
at the start, are written into a migrated database; the bot sends their prompts, then:

1. **baseline**: each member sends `/help` ANSWERS_EACH times, all injected at once (10,000
   updates); latency is injection -> the bot's reply to that member (a member's updates are
   handled in order, so their k-th reply answers their k-th message);
2. **answers**: each member taps a mood on their prompt ANSWERS_EACH times (1, 2, 3, 4, 5,
   1, ... so the last tap is known), all injected at once; latency is injection -> the
   bot's answerCallbackQuery for that tap (matched by query id).

Reported: answers (or replies) per second from the first injection to the last answer, p50
and p99 latency, "database is locked" lines in the bot's log (must be 0) and the check-ins
stored (must be exactly one per member, holding the member's last tap).
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.checkins.models import MOODS  # noqa: E402
from bot.devtools.emulator import Emulator, StoredMessage  # noqa: E402
from bot.devtools.process import BotProcess  # noqa: E402
from bot.domain.clock import iso  # noqa: E402
from bot.storage.db import create_database  # noqa: E402

MEMBERS = int(os.environ.get("ANSWERS_MEMBERS", "1000"))
EACH = int(os.environ.get("ANSWERS_EACH", "10"))
FIRST_MEMBER = 8_100_000_000
TOKEN = "123456:BENCH-answers-token-000000000000000"
WAIT = 600.0
POLL = 0.05
# How long the harness took to inject each phase (it must be far below the bot's time).
INJECTED: dict[str, float] = {}
BOT_ENV = {"SEND_RATE_LIMIT": "0", "LOG_LEVEL": "WARNING", "CHECKIN_CHECK_SECONDS": "0.5"}


def seed(emulator: Emulator, database: Path) -> list[int]:
    """Members in the emulator and in a migrated database, each with a plan due now."""
    members = [FIRST_MEMBER + n for n in range(MEMBERS)]
    for user_id in members:
        emulator.add_user(f"M{user_id % 10_000}", user_id)
    asyncio.run(create_database(database))
    now = iso(datetime.now(UTC))
    with sqlite3.connect(database) as conn:
        conn.executemany(
            "INSERT INTO members (user_id, first_name, username, language, timezone,"
            " consented_at, consent_version, created_at, updated_at)"
            " VALUES (?, 'M', NULL, 'en', 'UTC', ?, 1, ?, ?)",
            [(user_id, now, now, now) for user_id in members],
        )
        conn.executemany(
            "INSERT INTO checkin_plans (user_id, at, days, next_due_at, created_at, updated_at)"
            " VALUES (?, '00:00', '0123456', ?, ?, ?)",
            [(user_id, now, now, now) for user_id in members],
        )
    conn.close()
    return members


def prompts(emulator: Emulator, members: list[int]) -> dict[int, StoredMessage]:
    """Wait for every member's check-in prompt (the message with the mood buttons)."""
    found: dict[int, StoredMessage] = {}

    def every_prompt(_core: object) -> bool:
        for user_id in members:
            if user_id not in found:
                for message in emulator.bot_messages(user_id):
                    if any(_mood_data(message)):
                        found[user_id] = message
        return len(found) == len(members)

    _poll(lambda: every_prompt(None))
    return found


def _poll(done: Callable[[], bool]) -> None:
    """Check `done` every POLL seconds until it holds (the figures come from the emulator's
    own timestamps, so the polling adds nothing to them; it keeps the harness cheap)."""
    deadline = time.monotonic() + WAIT
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the bot did not finish in time")
        threading.Event().wait(POLL)


def _mood_data(message: StoredMessage) -> list[str]:
    """The callback data of a prompt's mood buttons."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    data = [str(button.get("callback_data", "")) for row in rows for button in row]
    return [d for d in data if d.startswith("ci:m:")]


def run_help(emulator: Emulator, members: list[int]) -> list[float]:
    """Inject every /help at once; return each one's reply latency (seconds)."""
    sent: dict[int, list[float]] = defaultdict(list)
    mark = emulator.mark()
    began = time.monotonic()
    for _round in range(EACH):
        for user_id in members:
            sent[user_id].append(time.monotonic())
            emulator.inject_message(user_id, "/help")
    INJECTED["baseline /help replies"] = time.monotonic() - began
    total = MEMBERS * EACH

    def all_replied(_core: object) -> bool:
        return len(_replies(emulator, mark.call_index)) >= total

    _poll(lambda: all_replied(None))
    replies: dict[int, list[float]] = defaultdict(list)
    for chat, at in _replies(emulator, mark.call_index):
        replies[chat].append(at)
    return [
        reply - injected
        for user_id in members
        for injected, reply in zip(sent[user_id], sorted(replies[user_id]), strict=False)
    ]


def _replies(emulator: Emulator, since: int) -> list[tuple[int, float]]:
    """(chat, monotonic time) of each sendMessage since a call index."""
    return [
        (int(call.params["chat_id"]), call.monotonic)
        for call in emulator.get_calls("sendMessage")
        if call.index >= since and call.status == 200
    ]


def run_answers(emulator: Emulator, found: dict[int, StoredMessage]) -> list[float]:
    """Tap a mood EACH times per member, all at once; return each tap's answer latency."""
    sent: dict[str, float] = {}
    began = time.monotonic()
    for tap in range(EACH):
        for user_id, prompt in found.items():
            code = _mood_data(prompt)[0].split(":")[2]
            query_id = f"bench-{user_id}-{tap}"
            query = {
                "id": query_id,
                "from": emulator.users[user_id].to_api(),
                "message": prompt.api,
                "chat_instance": f"ci{user_id}",
                "data": f"ci:m:{code}:{MOODS[tap % len(MOODS)]}",
            }
            emulator.callback_queries[query_id] = query
            sent[query_id] = time.monotonic()
            emulator.inject_update({"callback_query": query})
    INJECTED["check-in answers"] = time.monotonic() - began

    def all_answered(_core: object) -> bool:
        return all(emulator.callback_answer(query_id) is not None for query_id in sent)

    _poll(lambda: all_answered(None))
    answered = {
        str(call.params["callback_query_id"]): call.monotonic
        for call in emulator.get_calls("answerCallbackQuery")
    }
    return [answered[query_id] - at for query_id, at in sent.items() if query_id in answered]


def stored(database: Path) -> tuple[int, int]:
    """(check-ins answered, of them holding the member's last tap)."""
    last = MOODS[(EACH - 1) % len(MOODS)]
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT mood FROM checkins WHERE mood IS NOT NULL").fetchall()
    conn.close()
    return len(rows), sum(1 for (mood,) in rows if mood == last)


def _figures(name: str, latencies: list[float], wall: float) -> str:
    """One line: rate, p50, p99, max."""
    ordered = sorted(latencies)
    p99 = ordered[max(0, int(0.99 * len(ordered)) - 1)]
    return (
        f"{name}: n={len(ordered)} in {wall:.1f} s = {len(ordered) / wall:,.0f}/s;"
        f" latency p50 {statistics.median(ordered) * 1000:,.0f} ms,"
        f" p99 {p99 * 1000:,.0f} ms, max {ordered[-1] * 1000:,.0f} ms"
        f" (all injected in {INJECTED.get(name, 0.0):.1f} s)"
    )


def main(argv: list[str]) -> int:
    """Run both phases on one bot; print the figures; 1 when a row is wrong or locked."""
    del argv
    with tempfile.TemporaryDirectory() as tmp, Emulator(token=TOKEN) as emulator:
        bot = BotProcess(emulator, Path(tmp) / "bot", extra_env=dict(BOT_ENV))
        members = seed(emulator, bot.database)
        bot.start(timeout=60)
        try:
            found = prompts(emulator, members)
            began = time.monotonic()
            helps = run_help(emulator, members)
            help_wall = time.monotonic() - began
            began = time.monotonic()
            answers = run_answers(emulator, found)
            answer_wall = time.monotonic() - began
        finally:
            bot.stop()
        locked = bot.logs().count("database is locked")
        rows, last = stored(bot.database)
    print(f"{MEMBERS:,} members x {EACH} each; SEND_RATE_LIMIT=0, no flood limits")
    print(_figures("baseline /help replies", helps, help_wall))
    print(_figures("check-in answers", answers, answer_wall))
    ratio = (len(answers) / answer_wall) / (len(helps) / help_wall)
    print(f"answers per second / /help replies per second: {ratio:.2f}")
    print(f'"database is locked" in the log: {locked}')
    print(f"check-ins answered: {rows} (want {MEMBERS}); holding the last tap: {last}")
    ok = locked == 0 and rows == MEMBERS and last == MEMBERS
    print("target (no lock error, exact rows):", "MET" if ok else "NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
