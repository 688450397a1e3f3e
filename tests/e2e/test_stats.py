"""/stats end to end: a group built through the real bot, figures that match, a real PNG."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PIL import Image

from bot.devtools.emulator import StoredMessage
from tests.e2e.conftest import group_with_bot, invite_code, onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import add_facilitator

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MOODS = (3, 4, 4, 4, 5)


def bot_now(bot: BotProcess) -> datetime:
    """The time the bot reads: now, shifted by its DEV_CLOCK_FILE when a test moved it."""
    clock = bot.workdir / "clock"
    shift = float(clock.read_text(encoding="utf-8")) if clock.exists() else 0.0
    return datetime.now(UTC) + timedelta(seconds=shift)


def group_of(
    bot: BotProcess, admin: Person, make: Callable[..., Person], title: str, size: int
) -> tuple[int, Person, list[Person]]:
    """A group with an onboarded facilitator and `size` members who joined by its invite link."""
    group, welcome = group_with_bot(bot.emulator, admin, title)
    facilitator = make("Fran")
    onboard(facilitator)
    add_facilitator(admin, group.id, facilitator)
    members = []
    for number in range(size):
        member = make(f"Member{number}")
        onboard(member)
        member.ask(f"/start {invite_code(welcome)}")
        members.append(member)
    return group.id, facilitator, members


def seed_answers(bot: BotProcess, group_id: int, members: list[Person]) -> None:
    """Check-ins on and answered (MOODS), and one meeting's answers: 4 'yes' and 1 'no'."""
    now = bot_now(bot) - timedelta(hours=1)
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    yesterday = (now - timedelta(days=1)).date().isoformat()
    with sqlite3.connect(bot.database, timeout=10) as conn:
        meeting = conn.execute(
            "INSERT INTO meetings (group_id, slug, name, frequency, start_date, start_time,"
            " duration_minutes, timezone, updated_at) VALUES (?, ?, 'Circle', 'weekly', ?,"
            " '19:00', 60, 'UTC', ?)",
            (group_id, f"stats-{group_id}", yesterday, stamp),
        ).lastrowid
        for index, (member, mood) in enumerate(zip(members, MOODS, strict=True)):
            conn.execute(
                "INSERT INTO checkin_plans (user_id, at, days, created_at, updated_at)"
                " VALUES (?, '09:00', '0123456', ?, ?)",
                (member.id, stamp, stamp),
            )
            conn.execute(
                "INSERT INTO checkins (user_id, local_date, mood, answered_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (member.id, yesterday, mood, stamp, stamp),
            )
            conn.execute(
                "INSERT INTO meeting_rsvps VALUES (?, ?, ?, ?, ?)",
                (meeting, yesterday, member.id, "no" if index == 0 else "yes", stamp),
            )
    conn.close()


def ask_stats(person: Person, command: str = "/stats") -> tuple[str, StoredMessage]:
    """Send /stats; return the summary's text and the chart."""
    summary, chart = person.send(command, count=2)
    return summary.plain_text or "", chart


def assert_png(chart: StoredMessage) -> None:
    """A real PNG, 1080 px wide, that PIL reads back."""
    assert chart.kind == "photo"
    assert chart.file is not None
    assert chart.file.data.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(chart.file.data))
    image.load()
    assert image.size[0] == 1080


def test_stats_of_a_group_of_five(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """Five members who joined: the figures match what the test did; the chart is a PNG."""
    group_id, facilitator, members = group_of(bot, admin, person, "Stats circle", 5)
    seed_answers(bot, group_id, members)
    body, chart = ask_stats(facilitator)
    assert "Statistics for Stats circle" in body
    assert "Last 30 days" in body
    assert "Active members: 5" in body
    assert "New members: 5" in body
    assert "Check-ins turned on: 5 · answered at least once: 5" in body
    # Okay, Good and Very good each came from fewer than 5 people: hidden one by one.
    hidden = "hidden (fewer than 5 people)*"
    assert f"Very low 0% · Low 0% · Okay {hidden} · Good {hidden} · Very good {hidden}" in body
    assert '"I\'ll be there" 4 · "Can\'t make it" 1' in body
    assert "Crisis flags: no flags" in body
    assert_png(chart)
    days = query_db(
        bot.database,
        "SELECT COUNT(DISTINCT user_id) FROM member_activity WHERE user_id IN (?, ?, ?, ?, ?)",
        tuple(member.id for member in members),
    )
    assert days == [(5,)]


def test_a_small_group_shows_fewer_than_five(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """Two members: counts are hidden; /stats 8 lists the periods; a member is refused."""
    _, facilitator, members = group_of(bot, admin, person, "Tiny circle", 2)
    body, chart = ask_stats(facilitator, "/stats 90")
    assert "Statistics for Tiny circle" in body
    assert "Last 90 days" in body
    assert "Active members: hidden (fewer than 5 people)*" in body
    assert "New members: hidden (fewer than 5 people)*" in body
    assert 'shown as "hidden (fewer than 5 people)"' in body
    assert_png(chart)
    choices = facilitator.ask("/stats 8")
    assert "/stats 7, /stats 30, /stats 90 or /stats 365" in (choices.plain_text or "")
    refused = members[0].ask("/stats")
    assert refused.plain_text == "This is for facilitators and admins."
