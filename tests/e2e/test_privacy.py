"""Privacy commands end to end: /privacy, /mydata, /forget (with a byte scan), /stop."""

from __future__ import annotations

import json
import sqlite3
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bot.devtools.emulator import Emulator
from tests.e2e.conftest import group_with_bot, invite_code, new_person, onboard, query_db
from tests.e2e.harness import BotProcess, Person


def test_privacy_explains_storage(bot: BotProcess, person: Callable[..., Person]) -> None:
    """/privacy works before /start and names what is kept, why and for how long."""
    text = person("Pat").ask("/privacy").plain_text or ""
    for phrase in ("What I keep", "Why", "How long", "/mydata", "/forget", "facilitators"):
        assert phrase in text


def test_mydata_sends_everything_as_json(
    bot: BotProcess, emulator: Emulator, person: Callable[..., Person]
) -> None:
    """/mydata sends a JSON file with the member's profile and groups; nothing for strangers."""
    stranger = person("Quinn")
    assert "don't keep anything" in (stranger.ask("/mydata").plain_text or "")
    member = person("Rosa", username="rosa_r")
    onboard(member)
    _group, welcome = group_with_bot(emulator, member, "Thursday circle")
    code = invite_code(welcome)
    member.ask(f"/start {code}")
    [document] = member.send("/mydata")
    assert document.file is not None
    assert document.file.filename == "my-data.json"
    data = json.loads(document.file.data)
    assert data["user_id"] == member.id
    profile = data["profile"]
    assert (profile["first_name"], profile["username"]) == ("Rosa", "rosa_r")
    assert (profile["language"], profile["timezone"]) == ("en", "Europe/Madrid")
    assert profile["groups"][0]["group"] == "Thursday circle"
    assert "message" not in json.dumps(data).lower()


def _byte_patterns(user_id: int, name: str, username: str) -> list[bytes]:
    """How the member could still sit in the file: as text, and as the integer SQLite stores."""
    return [
        str(user_id).encode(),
        name.encode(),
        username.encode(),
        struct.pack(">q", user_id)[2:],  # a 6-byte big-endian integer in a SQLite record
    ]


def test_forget_erases_every_byte(fresh_bot: BotProcess) -> None:
    """After /forget, neither the database nor its WAL holds the member's id, names or flag."""
    fresh_bot.start()
    emulator = fresh_bot.emulator
    name, username = "Zephyrine", "zephy_unique_handle"
    member = new_person(emulator, name, username=username)
    onboard(member)
    _group, welcome = group_with_bot(emulator, member, "Forget test group")
    code = invite_code(welcome)
    member.ask(f"/start {code}")
    assert query_db(fresh_bot.database, "SELECT COUNT(*) FROM group_members") == [(1,)]
    marker = "quixoticallyzz"
    member.ask(f"I want to kill myself {marker} tonight")
    assert query_db(fresh_bot.database, "SELECT COUNT(*) FROM flags") == [(1,)]

    confirm = member.ask("/forget")
    assert "can't be undone" in (confirm.plain_text or "")
    done = member.press_for_edit(confirm, "Yes, forget me")
    assert "erased everything" in (done.plain_text or "")
    assert fresh_bot.stop() == 0

    files = [fresh_bot.database, fresh_bot.database.with_name("bot.sqlite3-wal")]
    for path in files:
        if not path.exists():
            continue
        content = path.read_bytes()
        for pattern in [*_byte_patterns(member.id, name, username), marker.encode()]:
            assert pattern not in content, f"{path.name} still holds {pattern!r}"
    assert query_db(fresh_bot.database, "SELECT COUNT(*) FROM members") == [(0,)]
    assert query_db(fresh_bot.database, "SELECT COUNT(*) FROM groups") == [(1,)]
    assert query_db(fresh_bot.database, "SELECT tier, excerpt FROM flags") == [("imminent", None)]


def _still_held(files: list[Path], patterns: list[bytes]) -> list[str]:
    """Which of these byte patterns some file still holds (as "file: pattern")."""
    found = []
    for path in files:
        content = path.read_bytes() if path.exists() else b""
        found += [f"{path.name}: {p!r}" for p in patterns if p in content]
    return found


def test_forget_with_a_reader_open_leaves_no_byte_soon_after_it_closes(
    fresh_bot: BotProcess,
) -> None:
    """A backup or shell reading the database during /forget only delays the truncation: a
    second after the reader closes, with the bot still running, no byte of the member is
    left (issue 18: they stayed until a clean shutdown, or went by luck)."""
    fresh_bot.extra_env.update(CHECKPOINT_SECONDS="3600")  # only the owed retry can do it
    fresh_bot.start()
    name, username = "Philomena", "philo_unique_handle"
    member = new_person(fresh_bot.emulator, name, username=username)
    onboard(member)
    marker = "zanzibarically"
    member.ask(f"I want to kill myself {marker} tonight")
    reader = sqlite3.connect(fresh_bot.database, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM members").fetchone()
    confirm = member.ask("/forget")
    done = member.press_for_edit(confirm, "Yes, forget me")
    assert "erased everything" in (done.plain_text or "")
    files = [fresh_bot.database, fresh_bot.database.with_name("bot.sqlite3-wal")]
    patterns = [*_byte_patterns(member.id, name, username), marker.encode()]
    assert _still_held(files, patterns), "the open reader kept the WAL from being cut"
    reader.execute("COMMIT")
    reader.close()
    deadline = time.monotonic() + 10
    while _still_held(files, patterns) and time.monotonic() < deadline:
        threading.Event().wait(0.1)  # the file is not an event; polled for up to 10 s
    assert _still_held(files, patterns) == []
    assert fresh_bot.stop() == 0


def test_a_strangers_group_message_leaves_no_byte_without_a_restart(
    fresh_bot: BotProcess,
) -> None:
    """Someone who never used the bot writes in a group: within one checkpoint interval,
    with the bot still running, neither the database nor its WAL holds their words or names
    (issue 18: they stayed in old WAL frames until a clean shutdown)."""
    fresh_bot.extra_env.update(CHECKPOINT_SECONDS="1")
    fresh_bot.start()
    organiser = new_person(fresh_bot.emulator, "Orla")
    onboard(organiser)
    group, _welcome = group_with_bot(fresh_bot.emulator, organiser, "Chatter group")
    name, username = "Ottoline", "otto_unique_handle"
    stranger = new_person(fresh_bot.emulator, name, username=username)
    marker = "pomegranately"
    fresh_bot.emulator.inject_message(stranger.id, f"see you all at {marker} thursday", group.id)
    fresh_bot.emulator.inject_message(organiser.id, "/help")  # processed after the stranger's
    fresh_bot.emulator.wait_for_messages(organiser.id)
    files = [fresh_bot.database, fresh_bot.database.with_name("bot.sqlite3-wal")]
    patterns = [marker.encode(), name.encode(), username.encode()]
    deadline = time.monotonic() + 10
    while _still_held(files, patterns) and time.monotonic() < deadline:
        threading.Event().wait(0.1)  # the file is not an event; polled for up to 10 s
    assert _still_held(files, patterns) == []
    assert fresh_bot.stop() == 0


def test_forget_can_be_cancelled(bot: BotProcess, person: Callable[..., Person]) -> None:
    """Saying no to /forget keeps everything; /forget for a stranger has nothing to erase."""
    assert "nothing to erase" in (person("Uma").ask("/forget").plain_text or "")
    member = person("Vic")
    onboard(member)
    confirm = member.ask("/forget")
    kept = member.press_for_edit(confirm, "No, keep it")
    assert "nothing was erased" in (kept.plain_text or "")
    assert query_db(bot.database, "SELECT 1 FROM members WHERE user_id = ?", (member.id,)) == [(1,)]


def test_stop_turns_scheduled_messages_off(bot: BotProcess, person: Callable[..., Person]) -> None:
    """/stop marks the member as wanting no scheduled messages; strangers are asked to /start."""
    assert "haven't met" in (person("Wes").ask("/stop").plain_text or "")
    member = person("Xia")
    onboard(member)
    stopped = member.ask("/stop").plain_text or ""
    assert "won't send you anything" in stopped
    assert "facilitators still hear of it" in stopped  # crisis alerts do not stop
    assert "/reminders" in stopped  # how to undo it
    assert "/checkin" in stopped
    rows = query_db(
        bot.database, "SELECT scheduled_stopped FROM members WHERE user_id = ?", (member.id,)
    )
    assert rows == [(1,)]


def test_forget_for_someone_who_only_added_the_bot(
    bot: BotProcess, emulator: Emulator, person: Callable[..., Person]
) -> None:
    """A person who added the bot to a group but never started it can see and erase that."""
    organiser = person("Gail")
    group, _welcome = group_with_bot(emulator, organiser, "Added by Gail")
    [document] = organiser.send("/mydata")
    assert document.file is not None
    assert json.loads(document.file.data)["groups_you_added"] == ["Added by Gail"]
    confirm = organiser.ask("/forget")
    organiser.press_for_edit(confirm, "Yes, forget me")
    rows = query_db(bot.database, "SELECT added_by FROM groups WHERE chat_id = ?", (group.id,))
    assert rows == [(None,)]
