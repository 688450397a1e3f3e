"""End-to-end fixtures: one emulator and one bot process per session, fresh people per test."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.devtools.emulator import Chat, Emulator, StoredMessage
from tests.e2e.harness import ADMIN_ID, TOKEN, BotProcess, Person, bot_process, next_user_id

pytestmark = pytest.mark.e2e


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder as end-to-end."""
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    """A Bot API emulator on 127.0.0.1 for the whole session."""
    with Emulator(token=TOKEN) as emu:
        yield emu


@pytest.fixture(scope="session")
def bot(emulator: Emulator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """The real bot process, shared by the tests that do not restart it."""
    process = bot_process(emulator, tmp_path_factory.mktemp("bot")).start()
    yield process
    code = process.stop()
    assert code == 0, process.logs()


@pytest.fixture
def fresh_bot(tmp_path: Path) -> Iterator[BotProcess]:
    """A bot process of the test's own, with its own emulator and database (not yet started)."""
    with Emulator(token=TOKEN) as own_emulator:
        process = bot_process(own_emulator, tmp_path / "bot")
        yield process
        if process.process is not None:
            process.stop()


def new_person(
    emulator: Emulator, first_name: str = "Sam", language_code: str | None = "en", **kwargs: Any
) -> Person:
    """Create a person with a unique id in the given emulator."""
    user = emulator.add_user(first_name, next_user_id(), language_code=language_code, **kwargs)
    return Person(emulator, user)


@pytest.fixture
def person(emulator: Emulator) -> Callable[..., Person]:
    """Make a new person in the session's emulator (language_code 'en' unless told)."""

    def make(first_name: str = "Sam", language_code: str | None = "en", **kwargs: Any) -> Person:
        return new_person(emulator, first_name, language_code, **kwargs)

    return make


@pytest.fixture
def admin(emulator: Emulator) -> Person:
    """The admin named in ADMIN_IDS."""
    user = emulator.users.get(ADMIN_ID) or emulator.add_user("Alex", ADMIN_ID)
    return Person(emulator, user)


def query_db(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Read the bot's database (WAL allows it while the bot runs)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = conn.execute(sql, params).fetchall()
    conn.close()
    return rows


def onboard(member: Person, language: str = "English", zone: str = "Madrid") -> None:
    """Take a person through /start: language, consent, time zone (if not a member already)."""
    # Staff who missed alerts get them first (they have buttons too; at most one a second),
    # and the session's admin may have been onboarded by an earlier test: wait for the
    # greeting with the language buttons, or for the welcome back.
    mark = member.emulator.mark()
    member.emulator.inject_message(member.id, "/start")
    [greeting] = member.emulator.wait_for_messages(
        member.id,
        predicate=lambda m: _greeting(m, language),
        since=mark,
        timeout=60,
    )
    if WELCOME_BACK in (greeting.plain_text or ""):
        return
    explain = member.press_for_edit(greeting, language)
    member.press(explain, "Yes" if language == "English" else "Sí")
    member.send(zone, count=2)


WELCOME_BACK = "Welcome back"


def _greeting(message: StoredMessage, language: str) -> bool:
    """The answer to /start: the language choice, or the welcome back of a member."""
    if WELCOME_BACK in (message.plain_text or ""):
        return True
    return any(language in text for text in message.button_texts())


# What the bot's own timers write on the shared bot while a test runs (escalations of earlier
# tests' flags, reminder plans, check-in prompts): left out of "nothing changed" snapshots.
TIMER_TABLES = (
    *("inbox", "flags", "flag_alerts", "flag_events", "reminder_slots", "checkin_plans"),
    # The feedback and wellbeing jobs (issue 24): occurrences asked about, people asked.
    *("feedback_rounds", "feedback_asks", "wellbeing_consents"),
)
# Sends the timers queue (escalation rounds and notices, the member told after the first
# round, the group asked for staff, digests, reminders, check-ins, contact reminders).
TIMER_OUTBOX_KEYS = (
    *("alert", "mr:", "ci:", "cs:", "sr:", "crisis-wait:", "staff-wanted:", "digest:"),
    *("feedback:", "wellbeing:", "debrief-checkin:"),
)
# A row's identity: not what the outbox worker clears once it is sent (payload, user_id,
# context), so a send that was waiting (a 429's retry, quiet hours) and goes out between two
# snapshots is not a person's doing.
OUTBOX_IDENTITY = "id, dedup_key, chat_id, method, priority, created_at"


# Sends that are due now: the shared bot may still be delivering an earlier test's messages,
# whose observers then write (a held message's review cards once its delete went through).
_DUE_SENDS = (
    "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
    " AND next_attempt_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+5 seconds')"
)
SETTLE_SECONDS = 15.0


def settle_outbox(path: Path, seconds: float = SETTLE_SECONDS) -> None:
    """Wait (bounded) until the bot has sent what is due: polling its database, the only view
    a test has of another process's sends."""
    deadline = time.monotonic() + seconds
    while query_db(path, _DUE_SENDS) != [(0,)] and time.monotonic() < deadline:
        time.sleep(0.05)


def db_snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row a person's action could change (not the timers' work), to prove no change;
    taken once what the bot was still sending has gone out."""
    settle_outbox(path)
    listing = "SELECT name FROM sqlite_master WHERE type = 'table'"
    tables = [str(row[0]) for row in query_db(path, listing) if row[0] not in TIMER_TABLES]
    snapshot = {
        table: sorted(query_db(path, f"SELECT * FROM {table}"), key=repr)
        for table in tables
        if table != "outbox"
    }
    snapshot["outbox"] = sorted(query_db(path, f"SELECT {OUTBOX_IDENTITY} FROM outbox"), key=repr)
    snapshot["outbox"] = [
        row for row in snapshot.get("outbox", []) if not str(row[1]).startswith(TIMER_OUTBOX_KEYS)
    ]
    return snapshot


def button_url(message: StoredMessage) -> str:
    """Return the URL of the first inline button of a bot message."""
    assert message.reply_markup is not None, "the message has no buttons"
    return str(message.reply_markup["inline_keyboard"][0][0]["url"])


def invite_code(message: StoredMessage) -> str:
    """Return the /start payload of the deep link on a message's first button."""
    return button_url(message).split("start=", 1)[1]


def group_with_bot(emulator: Emulator, organiser: Person, title: str) -> tuple[Chat, StoredMessage]:
    """Create a group, have `organiser` add the bot, and return it with the bot's welcome."""
    group = emulator.add_group(title)
    emulator.add_bot_to_group(group.id, organiser.id)
    [welcome] = emulator.wait_for_messages(group.id)
    return group, welcome
