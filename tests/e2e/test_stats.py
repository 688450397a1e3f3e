"""/stats end to end: a group built through the real bot, figures that match, a real PNG."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PIL import Image

from bot.devtools.emulator import StoredMessage
from bot.meetings.models import Frequency, Meeting, Recurrence
from bot.services.services import Services
from tests.e2e.conftest import group_with_bot, invite_code, onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.seeding import with_services
from tests.e2e.test_crisis import add_facilitator

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MOODS = (3, 4, 4, 4, 5)
MEMBER_ZONE = "Europe/Madrid"  # onboard() answers "Madrid"


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
    """Yesterday, through the bot's services: each member turned check-ins on, was asked at
    08:00 and answered (MOODS), and said whether they would come to the group's weekly
    meeting: 4 'yes' and 1 'no'."""
    zone = ZoneInfo(MEMBER_ZONE)
    yesterday = (bot_now(bot).astimezone(zone) - timedelta(days=1)).date()
    moment = [datetime.combine(yesterday, time(7, 0), zone)]

    async def history(services: Services) -> None:
        """Opt in at 07:00, the prompts at 08:01, the answers and RSVPs at 08:05."""
        for member in members:
            await services.checkins.opt_in(member.id, time(8, 0), frozenset(range(7)), False)
        moment[0] = datetime.combine(yesterday, time(8, 1), zone)
        assert await services.checkin_prompts.run_due() >= len(members)
        moment[0] = datetime.combine(yesterday, time(8, 5), zone)
        meeting = await services.meetings.add(weekly_circle(group_id, yesterday), by=None)
        for index, (member, mood) in enumerate(zip(members, MOODS, strict=True)):
            assert (await services.checkins.answer(member.id, yesterday, mood)).saved
            answer = "no" if index == 0 else "yes"
            await services.meeting_choices.answer(meeting.id, yesterday, member.id, answer)

    with_services(bot, history, clock=lambda: moment[0])


def weekly_circle(group_id: int, first: date) -> Meeting:
    """A weekly evening meeting of the group whose first date is `first` (0 = Sunday)."""
    return Meeting(
        id=0,
        group_id=group_id,
        slug=f"stats-{group_id}",
        name="Circle",
        recurrence=Recurrence(Frequency.WEEKLY, first, weekday=first.isoweekday() % 7),
        start_time=time(19, 0),
        duration_minutes=60,
        timezone=MEMBER_ZONE,
        location="Community hall",
    )


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
