"""/stats through real handlers: summary and chart, periods, refusals, forged buttons, picker."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

from PIL import Image

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.stats import StatsReport
from bot.domain.clock import iso
from bot.domain.models import Person
from bot.i18n import load_texts
from bot.stats.figures import compute
from bot.stats.models import FlagRecord, Hidden, Period, StatsData
from handlers.stats_texts import StatsWriter
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_crisis_flow import FACILITATOR, MEMBER, OUTSIDER, _setup_group

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Five more members of the first group; two of the small group.
OTHERS = tuple(range(620_000_001, 620_000_006))
SMALL = (620_000_011, 620_000_012)
FEWER = "hidden (fewer than 5 people)*"


async def add_members(harness: HandlerHarness, group_id: int, user_ids: tuple[int, ...]) -> None:
    """Consent and join each person to the group; each then writes to the bot once."""
    services = services_of(harness.app)
    now = iso(datetime.now(UTC))
    for user_id in user_ids:
        harness.core.add_user(f"P{user_id % 100}", user_id)
        await services.members.consent(Person(user_id, "P", None, "en"), "en", "UTC")
        await services.members.members.join_group(user_id, group_id, now)
        await harness.send(user_id, "/help")


async def circle(harness: HandlerHarness) -> int:
    """Tuesday circle: Fran facilitates; Robin and five more members, all active today."""
    group_id = await _setup_group(harness)
    await harness.send(MEMBER, "/help")
    await add_members(harness, group_id, OTHERS)
    return group_id


async def small_group(harness: HandlerHarness) -> int:
    """A second group with two active members and no facilitator."""
    group = harness.core.add_group("Small circle", bot_is_member=False)
    harness.core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    await add_members(harness, group.id, SMALL)
    return group.id


def text(message: StoredMessage) -> str:
    """A message's plain text."""
    return message.plain_text or ""


def assert_chart(message: StoredMessage) -> None:
    """The message is a PNG photo 1080 px wide that PIL can read."""
    assert message.kind == "photo"
    assert message.file is not None
    assert message.file.data.startswith(PNG_SIGNATURE)
    assert Image.open(io.BytesIO(message.file.data)).size == (1080, 1350)


async def test_facilitator_gets_summary_and_chart(harness: HandlerHarness) -> None:
    """/stats: the group, the period, 6 active and new members, the footnote, and a PNG."""
    await circle(harness)
    summary, chart = await harness.send(FACILITATOR, "/stats")
    body = text(summary)
    assert "Statistics for Tuesday circle" in body
    assert "Last 30 days" in body
    assert "Active members: 6" in body
    assert "New members: 6" in body
    assert "Check-ins turned on: 0" in body
    assert "Crisis flags: no flags" in body
    assert FEWER not in body, "nothing hidden"
    assert 'shown as "hidden (fewer than 5 people)"' in body, "the footnote explains it anyway"
    assert "joined in the year before the last 4 (or 12) weeks" in body
    assert_chart(chart)
    ninety, chart = await harness.send(FACILITATOR, "/stats 90")
    assert "Last 90 days" in text(ninety)
    assert_chart(chart)


async def test_activity_is_recorded_in_groups_and_for_members_only(
    harness: HandlerHarness,
) -> None:
    """A member speaking only in the group counts as active; a stranger leaves no row."""
    group_id = await _setup_group(harness)
    harness.core.inject_message(MEMBER, "hello all", group_id)
    harness.core.inject_message(OUTSIDER, "hi", group_id)
    await harness.deliver()
    rows = await services_of(harness.app).db.fetch_all("SELECT user_id FROM member_activity")
    assert [row[0] for row in rows] == [MEMBER]


async def test_only_the_fixed_periods_are_offered(harness: HandlerHarness) -> None:
    """/stats 8, /stats 14 and other periods list the four choices; nothing else is sent."""
    await circle(harness)
    for command in (
        "/stats abc",
        "/stats 1000",
        "/stats 6",
        "/stats 8",
        "/stats 14",
        "/stats 30 days",
    ):
        [answer] = await harness.send(FACILITATOR, command)
        assert "/stats 7, /stats 30, /stats 90 or /stats 365" in text(answer), command
    for days in (7, 365):
        summary, chart = await harness.send(FACILITATOR, f"/stats {days}")
        assert f"Last {days} days" in text(summary)
        assert_chart(chart)


async def test_member_and_outsider_are_refused(harness: HandlerHarness) -> None:
    """A member and a stranger get the staff-only reply and no figures."""
    await circle(harness)
    for user_id in (MEMBER, OUTSIDER):
        [refused] = await harness.send(user_id, "/stats")
        assert text(refused) == "This is for facilitators and admins."


async def test_admin_picks_a_group_and_small_groups_hide_figures(harness: HandlerHarness) -> None:
    """Several groups: one button each; the small group's figures say "fewer than 5"."""
    await circle(harness)
    small = await small_group(harness)
    [picker] = await harness.send(ADMIN_ID, "/stats 90")
    assert "last 90 days" in text(picker)
    assert sorted(picker.button_texts()) == ["📊 Small circle", "📊 Tuesday circle"]
    mark = harness.core.mark()
    await harness.press(ADMIN_ID, picker, StatsReport(small, 90).pack())
    summary, chart = harness.new_messages(ADMIN_ID, mark.message_seq)
    body = text(summary)
    assert "Statistics for Small circle" in body
    assert f"Active members: {FEWER}" in body
    assert f"New members: {FEWER}" in body
    assert "Last 90 days" in body
    assert "2" not in body.split("Active members")[1].split("\n")[0]
    assert_chart(chart)


async def test_forged_buttons_are_refused(harness: HandlerHarness) -> None:
    """Another group's id, a bad period or a member pressing: refused, no figures sent."""
    own = await circle(harness)
    small = await small_group(harness)
    summary, _ = await harness.send(FACILITATOR, "/stats")
    for data, expected in (
        (StatsReport(small, 30).pack(), "only see the statistics of the groups you facilitate"),
        (StatsReport(-999, 30).pack(), "only see the statistics of the groups you facilitate"),
        (f"st:{own}:1000", "This button has expired"),
        (f"st:{own}:8", "This button has expired"),
        (f"st:{own}:14", "This button has expired"),
        ("st:abc", "This button has expired"),
    ):
        mark = harness.core.mark()
        await harness.press(FACILITATOR, summary, data)
        [answer] = harness.new_messages(FACILITATOR, mark.message_seq)
        assert expected in text(answer), data
    mark = harness.core.mark()
    await harness.press(MEMBER, harness.core.bot_messages(MEMBER)[-1], StatsReport(own, 30).pack())
    [refused] = harness.new_messages(MEMBER, mark.message_seq)
    assert text(refused) == "This is for facilitators and admins."


async def test_forget_erases_active_days(harness: HandlerHarness) -> None:
    """/mydata lists the member's active days; /forget's erasers delete them."""
    await circle(harness)
    services = services_of(harness.app)
    exported = await services.privacy.export(MEMBER)
    assert exported["activity"] == [datetime.now(UTC).date().isoformat()]
    await services.privacy.erase(MEMBER)
    rows = await services.db.fetch_all(
        "SELECT day FROM member_activity WHERE user_id = ?", (MEMBER,)
    )
    assert rows == []


def test_writer_words_hidden_figures_and_the_answered_bar_about_people() -> None:
    """Hidden figures say "fewer than 5 people" (en/es); the answered bar names members."""
    texts = load_texts(Path(__file__).resolve().parents[2] / "content")
    answers = (
        *((1, 1) for _ in range(30)),
        *((n, 4) for n in range(1, 7)),
        *((n, 3) for n in range(1, 6)),
    )
    flags = tuple(FlagRecord(n % 3, datetime.now(UTC), None) for n in range(12))
    stats = compute(StatsData(answers=answers, flags=flags), Period.last_days(30, date.today()))
    english, spanish = StatsWriter(texts, "en"), StatsWriter(texts, "es")
    body = english.summary("Fees $5", stats)
    assert "Crisis flags: hidden (fewer than 5 people)*" in body, "12 flags of 3 people"
    assert "Very low hidden (fewer than 5 people)* · Low 0%" in body
    assert "Good 14.6%" in body
    assert "Alertas de crisis: oculto (menos de 5 personas)*" in spanish.summary("G", stats)
    bars, moods, _, labels = english.chart_parts("G", stats)
    assert ("Members who answered", 6) in bars
    assert labels.hidden == "hidden (fewer than 5 people)"
    assert isinstance(moods, tuple)
    assert moods[0] == Hidden.FEWER_THAN_5
    bars, _, _, labels = spanish.chart_parts("G", stats)
    assert ("Miembros que respondieron", 6) in bars
    assert labels.hidden == "oculto (menos de 5 personas)"
