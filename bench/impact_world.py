"""A seeded year of a programme for the report (`bench impact`, the docs' page, tests).

Written straight into a migrated database file with `executemany`, in one transaction: groups
(the last one new and small, to show what is hidden), members who joined over two years, their
active days, check-ins, weekly meetings with RSVPs, anonymous feedback, the wellbeing check,
crisis flags with their alerts and the facilitators who took them. Deterministic for a seed.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from bot.feedback.model import iso_week
from bot.storage.db import Database

TITLES = (
    "Riverside Circle",
    "Harbour Peers",
    "Northside Group",
    "Evening Circle",
    "New Moon (started in December)",
)
FIRST_GROUP = -1_001_000_000_001
FACILITATOR_IDS = 9_000_000_000
SMALL_GROUP = 3  # members of the last, new group: every one of its figures is hidden


Rows = dict[str, list[tuple[object, ...]]]


def _put(rows: Rows, table: str, *row: object) -> None:
    """Queue one row of a table."""
    rows.setdefault(table, []).append(row)


@dataclass(frozen=True)
class Seeded:
    """What was written: the year's last day and how many rows of each kind."""

    end: date
    groups: int
    members: int
    rows: int


def _stamp(moment: datetime) -> str:
    """An ISO UTC timestamp with a Z, as the bot stores it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A moment on a day (UTC)."""
    return datetime.combine(day, time(hour, minute), UTC)


def migrate(path: Path) -> None:
    """Create the database with every migration applied."""

    async def run() -> None:
        """Open (and so migrate) and close."""
        db = Database(path)
        await db.open()
        await db.close()

    asyncio.run(run())


def seed(path: Path, members: int, end: date, groups: int = 5, seed: int = 24) -> Seeded:
    """Write a year up to `end` for `members` members over `groups` groups into a new file."""
    migrate(path)
    rng = random.Random(seed)
    start = end - timedelta(days=364)
    rows: Rows = {}

    def add(table: str, *row: object) -> None:
        """Queue one row of a table."""
        _put(rows, table, *row)

    chats = [FIRST_GROUP - n for n in range(groups)]
    for n, chat in enumerate(chats):
        title = TITLES[n] if n < len(TITLES) else f"Group {n + 1}"
        add("groups", chat, title, "supergroup", f"code{n}", "UTC", "en", "m", _stamp(_at(start)))
        for f in range(6 if n < groups - 1 else 2):
            add("facilitators", chat, FACILITATOR_IDS + 10 * n + f, _stamp(_at(start)))
        weekly = 1000 + n
        add(
            "meetings", weekly, chat, f"m{n}", f"Weekly {n}", "weekly", start.isoformat(),
            "18:00", 90, "UTC", _stamp(_at(start)),
        )  # fmt: skip
    big = chats[:-1] if groups > 1 else chats
    small_left = SMALL_GROUP if groups > 1 else 0
    per_group: dict[int, list[tuple[int, date]]] = {chat: [] for chat in chats}
    for user_id in range(1, members + 1):
        joined = end - timedelta(days=int(rng.triangular(0, 730, 200)))
        if small_left and user_id > members - small_left:
            chat, joined = chats[-1], end - timedelta(days=rng.randint(5, 25))
        else:
            chat = big[user_id % len(big)]
        stamp = _stamp(_at(joined, 9))
        add("members", user_id, "M", "en", "UTC", stamp, 1, stamp, stamp)
        add("group_members", chat, user_id, stamp)
        per_group[chat].append((user_id, joined))
        _activity(rng, rows, user_id, joined, end)
    for n, chat in enumerate(chats):
        _meetings(rng, rows, 1000 + n, per_group[chat], max(start, end - timedelta(days=364)), end)
    _wellbeing(rng, rows, per_group, end)
    _flags(rng, rows, chats, per_group, start, end)
    with sqlite3.connect(path) as connection:
        for table, values in rows.items():
            marks = ", ".join("?" for _ in values[0])
            connection.executemany(f"INSERT INTO {table} {COLUMNS[table]} VALUES ({marks})", values)
    connection.close()
    return Seeded(end, groups, members, sum(len(v) for v in rows.values()))


COLUMNS = {
    "groups": "(chat_id, title, chat_type, invite_code, timezone, language, bot_status,"
    " created_at)",
    "facilitators": "(chat_id, user_id, added_at)",
    "meetings": "(id, group_id, slug, name, frequency, start_date, start_time,"
    " duration_minutes, timezone, updated_at)",
    "members": "(user_id, first_name, language, timezone, consented_at, consent_version,"
    " created_at, updated_at)",
    "group_members": "(chat_id, user_id, joined_at)",
    "member_activity": "(user_id, day)",
    "checkins": "(user_id, local_date, mood, asked_at, answered_at, expires_at)",
    "meeting_rsvps": "(meeting_id, original_date, user_id, answer, answered_at)",
    "feedback_answers": "(meeting_id, week, felt_safe, felt_heard)",
    "wellbeing_consents": "(user_id, status, changed_at, asked_wave)",
    "wellbeing_answers": "(user_id, wave, answered_at, interest, down, nervous, worrying)",
    "flags": "(id, member_id, group_id, tier, category, rules, state, raised_at, last_seen_at,"
    " acknowledged_at, acknowledged_by)",
    "flag_groups": "(flag_id, group_id)",
    "flag_events": "(flag_id, at, kind, actor_id)",
    "flag_alerts": "(flag_id, recipient_id, step, outbox_key, state, rendered_version, created_at)",
}


def _activity(rng: random.Random, rows: Rows, user_id: int, joined: date, end: date) -> None:
    """Active days from joining: most people come often at first and less later."""
    span = (end - joined).days
    if span <= 0:
        return
    stays = min(span, int(rng.expovariate(1 / 120)) + 1)
    days = sorted({rng.randint(0, stays) for _ in range(rng.randint(2, 14))})
    for offset in days:
        day = joined + timedelta(days=offset)
        _put(rows, "member_activity", user_id, day.isoformat())
        if offset % 3 == 0:
            mood = rng.choice((2, 3, 3, 4, 4, 4, 5))
            moment = _stamp(_at(day, 8, 5))
            _put(rows, "checkins", user_id, day.isoformat(), mood, moment, moment, moment)


def _meetings(
    rng: random.Random,
    rows: Rows,
    meeting_id: int,
    people: list[tuple[int, date]],
    start: date,
    end: date,
) -> None:
    """A weekly meeting: some members say they will come, some of them give feedback."""
    day = start
    while day <= end:
        joined = [user for user, on in people if on <= day]
        if joined:
            coming = rng.sample(joined, min(len(joined), max(1, len(joined) // 40)))
            answered = _stamp(_at(day, 10))
            for user in coming:
                answer = "yes" if rng.random() < 0.8 else "no"
                _put(rows, "meeting_rsvps", meeting_id, day.isoformat(), user, answer, answered)
                if answer == "yes" and rng.random() < 0.4:
                    safe, heard = rng.choice((3, 4, 4, 5, 5)), rng.choice((3, 4, 4, 5))
                    _put(rows, "feedback_answers", meeting_id, iso_week(day), safe, heard)
        day += timedelta(days=7)


def _wellbeing(
    rng: random.Random, rows: Rows, per_group: dict[int, list[tuple[int, date]]], end: date
) -> None:
    """A third consent to the check: first answers at joining, a little better later."""
    for people in per_group.values():
        for user, joined in people:
            if rng.random() > 0.33:
                continue
            first = [rng.randint(1, 3) for _ in range(4)]
            waves = [w for w in (0, 8, 12) if joined + timedelta(weeks=w) <= end]
            _put(rows, "wellbeing_consents", user, "yes", _stamp(_at(joined)), waves[-1])
            for wave in waves:
                if wave and rng.random() < 0.3:
                    continue
                items = [max(0, v - (rng.random() < wave / 20)) for v in first]
                moment = _stamp(_at(joined + timedelta(weeks=wave), 19))
                _put(rows, "wellbeing_answers", user, wave, moment, *items)


def _flags(
    rng: random.Random,
    rows: Rows,
    chats: list[int],
    per_group: dict[int, list[tuple[int, date]]],
    start: date,
    end: date,
) -> None:
    """About one member in a hundred raises a flag; a facilitator takes it within minutes."""
    flag_id = 0
    for n, chat in enumerate(chats):
        people = per_group[chat]
        helpers = [FACILITATOR_IDS + 10 * n + f for f in range(6 if n < len(chats) - 1 else 2)]
        weights = [6, 3, 2, 1, 1, 1][: len(helpers)]
        for user, joined in rng.sample(people, max(1, len(people) // 100)):
            first = max(start, joined)
            if first > end:
                continue
            flag_id += 1
            raised = _at(first + timedelta(days=rng.randint(0, (end - first).days)),
                         rng.randint(0, 23), rng.randint(0, 59))  # fmt: skip
            taker = rng.choices(helpers, weights)[0]
            taken = raised + timedelta(minutes=rng.lognormvariate(2.0, 0.8))
            _put(
                rows, "flags", flag_id, user, chat, "high", "self_harm", "[]", "resolved",
                _stamp(raised), _stamp(raised), _stamp(taken), taker,
            )  # fmt: skip
            _put(rows, "flag_groups", flag_id, chat)
            _put(rows, "flag_events", flag_id, _stamp(taken), "acknowledged", taker)
            for helper in helpers:
                key = f"alert:{flag_id}:{helper}"
                _put(rows, "flag_alerts", flag_id, helper, 0, key, "sent", 1, _stamp(raised))
