"""The alert benchmark's world: seeded groups, facilitators and members, and the call log read.

Members are written straight into the bot's database (consented, as after /start) before the
bot starts, which is much faster than onboarding hundreds of people through the emulator; the
emulator gets the same people, so the bot's sends to them are answered as Telegram would.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.delivery.pacing import Priority
from bot.devtools.emulator import CallRecord, Emulator, EmulatorTimeout
from bot.devtools.emulator.waiting import WaitMixin
from bot.storage.db import create_database

ALERT_TEXT = "Crisis alert"
BROADCAST_TEXT = "Announcement"
CONSENT_VERSION = 1
ZONE = "Europe/Madrid"
FACILITATOR_BASE = 7_700_000_000
GROUP_BASE = -700_000
_PROFILE_LINK = re.compile(r"tg://user\?id=(\d+)")


def now_iso() -> str:
    """Return the current UTC time in the bot's storage format (to the second)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@dataclass(frozen=True)
class World:
    """Groups with one facilitator each; every member belongs to one group (round robin)."""

    groups: list[int]
    facilitators: list[int]
    members: list[int]

    def group_of(self, index: int) -> int:
        """Return the group of the member at `index` in `members`."""
        return self.groups[index % len(self.groups)]


def seed(
    emulator: Emulator,
    database: Path,
    members: Sequence[int],
    groups: int,
    broadcast: Sequence[int] = (),
) -> World:
    """Create the people in the emulator and the bot's (migrated) database; queue a broadcast.

    `broadcast` chats each get one sendMessage row in the outbox at BROADCAST priority.
    """
    world = World(
        groups=[GROUP_BASE - g for g in range(groups)],
        facilitators=[FACILITATOR_BASE + g for g in range(groups)],
        members=list(members),
    )
    for index, group_id in enumerate(world.groups):
        emulator.add_group(f"Bench circle {index}", chat_id=group_id)
    for index, user_id in enumerate(world.facilitators):
        emulator.add_user(f"Fac{index}", user_id)
    for user_id in world.members:
        emulator.add_user(f"M{user_id % 100_000}", user_id)
    seed_database(database, world, broadcast)
    return world


def seed_database(
    database: Path, world: World, broadcast: Sequence[int] = (), *, create: bool = True
) -> None:
    """Create and migrate the bot's database (unless `create` is False: another checkout's
    code made it, with its own migrations) and write the world's people (and broadcast)."""
    if create:
        asyncio.run(create_database(database))
    now = now_iso()
    conn = sqlite3.connect(database, timeout=30)
    try:
        with conn:
            _insert_people(conn, world, now)
            _insert_broadcast(conn, broadcast, now)
    finally:
        conn.close()


def _insert_people(conn: sqlite3.Connection, world: World, now: str) -> None:
    """Insert groups, facilitators (also members) and members with their group."""
    conn.executemany(
        "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
        " added_by, bot_status, created_at) VALUES (?, ?, 'group', ?, ?, 'en', NULL, 'member', ?)",
        [(g, f"Bench circle {i}", f"bench{i}", ZONE, now) for i, g in enumerate(world.groups)],
    )
    people = [(f"Fac{i}", user_id) for i, user_id in enumerate(world.facilitators)]
    people += [(f"M{user_id % 100_000}", user_id) for user_id in world.members]
    conn.executemany(
        "INSERT INTO members (user_id, first_name, username, language, timezone, consented_at,"
        " consent_version, created_at, updated_at) VALUES (?, ?, NULL, 'en', ?, ?, ?, ?, ?)",
        [(user_id, name, ZONE, now, CONSENT_VERSION, now, now) for name, user_id in people],
    )
    conn.executemany(
        "INSERT INTO facilitators (chat_id, user_id, added_by, added_at) VALUES (?, ?, NULL, ?)",
        [(g, f, now) for g, f in zip(world.groups, world.facilitators, strict=True)],
    )
    conn.executemany(
        "INSERT INTO group_members (chat_id, user_id, joined_at) VALUES (?, ?, ?)",
        [(world.group_of(i), user_id, now) for i, user_id in enumerate(world.members)],
    )


def _insert_broadcast(conn: sqlite3.Connection, chats: Sequence[int], now: str) -> None:
    """Queue one BROADCAST-priority sendMessage per chat, all due now."""
    conn.executemany(
        "INSERT INTO outbox (dedup_key, chat_id, user_id, method, payload, priority,"
        " created_at, next_attempt_at) VALUES (?, ?, ?, 'sendMessage', ?, ?, ?, ?)",
        [
            (
                f"bench-broadcast:{n}",
                chat,
                chat,
                json.dumps({"text": f"{BROADCAST_TEXT} {n}: the summer meetings start next week."}),
                int(Priority.BROADCAST),
                now,
                now,
            )
            for n, chat in enumerate(chats)
        ],
    )


@dataclass
class CallLog:
    """Reads the emulator's calls once, incrementally: alerts, 429s and every other send."""

    facilitators: set[int]
    index: int = 0
    alerts: dict[int, CallRecord] = field(default_factory=dict)
    alert_429s: int = 0
    sends: list[tuple[float, int, str]] = field(default_factory=list)
    replies: dict[int, list[float]] = field(default_factory=dict)
    other_429s: list[tuple[int, str]] = field(default_factory=list)

    def scan(self, core: WaitMixin) -> int:
        """Look at the calls made since the last scan; return how many members were alerted."""
        new = core.calls[self.index :]
        self.index += len(new)
        for call in new:
            if call.method != "sendMessage":
                continue
            chat = int(call.params.get("chat_id", 0))
            if chat in self.facilitators:
                self._facilitator_call(call)
            elif call.status == 429:
                self.other_429s.append((chat, call.error or ""))
            elif call.status == 200:
                text = str(call.params.get("text", ""))
                kind = "broadcast" if text.startswith(BROADCAST_TEXT) else "reply"
                self.sends.append((call.monotonic, chat, kind))
                if kind == "reply":
                    self.replies.setdefault(chat, []).append(call.monotonic)
        return len(self.alerts)

    def _facilitator_call(self, call: CallRecord) -> None:
        """Count a 429 to a facilitator; keep the first alert about each member."""
        if call.status == 429:
            self.alert_429s += 1
            return
        text = str(call.params.get("text", ""))
        found = _PROFILE_LINK.search(text)
        if call.status == 200 and ALERT_TEXT in text and found is not None:
            self.alerts.setdefault(int(found.group(1)), call)

    def refresh(self, emulator: Emulator) -> None:
        """Scan under the emulator's lock (the server thread appends calls concurrently)."""
        emulator.wait_until(lambda core: self.scan(core) >= 0, timeout=10)

    def wait_for(self, emulator: Emulator, members: int, timeout: float) -> bool:
        """Wait until `members` distinct members were alerted; False on timeout."""
        if timeout <= 0:
            self.refresh(emulator)
            return len(self.alerts) >= members
        try:
            emulator.wait_until(lambda core: self.scan(core) >= members, timeout=timeout)
        except EmulatorTimeout:
            return False
        return True

    def wait_for_replies(self, emulator: Emulator, sent: dict[int, float], timeout: float) -> bool:
        """Wait until every chat in `sent` got a reply after its time; False on timeout."""

        def replied(core: WaitMixin) -> bool:
            self.scan(core)
            return all(self.first_reply(chat, at) is not None for chat, at in sent.items())

        if timeout <= 0:
            return False
        try:
            emulator.wait_until(replied, timeout=timeout)
        except EmulatorTimeout:
            return False
        return True

    def first_reply(self, chat: int, after: float) -> float | None:
        """Return when the first successful non-broadcast send to `chat` after `after` came."""
        return next((at for at in self.replies.get(chat, []) if at >= after), None)


def read_db(database: Path, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
    """Read the bot's database while it runs (WAL allows a reader)."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    try:
        return list(conn.execute(sql, tuple(params)).fetchall())
    finally:
        conn.close()
