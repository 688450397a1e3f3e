"""In a group chat: /next and /meetings answer there; personal commands point to private."""

from __future__ import annotations

from datetime import time, timedelta

from bot.app import services_of
from bot.meetings.models import Frequency, Meeting, Recurrence
from tests.handlers.conftest import HandlerHarness
from tests.handlers.test_crisis_flow import MEMBER, OUTSIDER, _setup_group


async def _group_with_a_meeting(harness: HandlerHarness) -> int:
    """The test group, with a weekly meeting from tomorrow at 19:00 in its time zone."""
    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    group = await services.groups.get(group_id)
    assert group is not None
    tomorrow = (services.clock() + timedelta(days=1)).date()
    meeting = Meeting(
        id=0,
        group_id=group_id,
        slug="tuesday-circle",
        name="Tuesday Circle",
        recurrence=Recurrence(Frequency.WEEKLY, tomorrow, weekday=tomorrow.isoweekday() % 7),
        start_time=time(19, 0),
        duration_minutes=60,
        timezone=group.timezone,
        location="Community hall",
    )
    await services.meetings.add(meeting, by=None)
    return group_id


def _private_link(message: object) -> str:
    """The URL of a message's one button."""
    markup = getattr(message, "reply_markup", None) or {}
    return str(markup["inline_keyboard"][-1][0]["url"])


async def test_next_and_meetings_answer_in_the_group(harness: HandlerHarness) -> None:
    """Anyone in the group (even someone who never started the bot) sees the group's next
    meeting there, with a button to the private chat by the group's invite link."""
    group_id = await _group_with_a_meeting(harness)
    group = await services_of(harness.app).groups.get(group_id)
    assert group is not None
    [card] = await harness.send(OUTSIDER, "/next", chat_id=group_id)
    assert "Tuesday Circle" in (card.plain_text or "")
    assert "Community hall" in (card.plain_text or "")
    assert (card.plain_text or "").count("Tuesday Circle") == 1, "one card per meeting"
    assert "Also on" in (card.plain_text or ""), "its next dates after the first"
    assert _private_link(card).endswith(f"?start={group.invite_code}")
    [week] = await harness.send(MEMBER, "/meetings", chat_id=group_id)
    assert "Meetings in the next 7 days" in (week.plain_text or "")
    assert "Tuesday Circle" in (week.plain_text or "")


async def test_personal_commands_in_a_group_point_to_private(harness: HandlerHarness) -> None:
    """/checkin, /mood and /flags in a group: nothing personal there, a private link instead."""
    group_id = await _setup_group(harness)
    for command in ("/checkin", "/mood", "/flags"):
        [answer] = await harness.send(MEMBER, command, chat_id=group_id)
        assert "Let's talk in private" in (answer.plain_text or ""), command
        assert "?start=" in _private_link(answer)


async def test_a_meeting_question_typed_in_the_group_is_answered_there(
    harness: HandlerHarness,
) -> None:
    """'When is the next meeting?' in the group, in any of the five languages, gets the group's
    next meeting there, like /next."""
    group_id = await _group_with_a_meeting(harness)
    for question in (
        "When is the next meeting?",
        "¿cuándo es la próxima reunión?",
        "quand est la prochaine réunion ?",
        "Wann ist das nächste Treffen?",
        "quando é a próxima reunião?",
    ):
        [card] = await harness.send(OUTSIDER, question, chat_id=group_id)
        assert "Tuesday Circle" in (card.plain_text or ""), question
        assert "?start=" in _private_link(card)


async def test_other_group_talk_about_meetings_gets_no_answer(harness: HandlerHarness) -> None:
    """Talk that mentions a meeting, or a question that is not about one, is left alone."""
    group_id = await _group_with_a_meeting(harness)
    for talk in (
        "the meeting was great, thanks everyone",
        "see you at the meeting",
        "did anyone go to the meeting?",
        "what time is it?",
        "when is the next meeting",
    ):
        assert await harness.send(MEMBER, talk, chat_id=group_id) == [], talk


async def test_a_crisis_in_a_meeting_question_is_still_flagged_first(
    harness: HandlerHarness,
) -> None:
    """A meeting question that also says something alarming raises the alert as well."""
    group_id = await _group_with_a_meeting(harness)
    services = services_of(harness.app)
    [card] = await harness.send(
        MEMBER, "when is the meeting? i want to kill myself", chat_id=group_id
    )
    assert "Tuesday Circle" in (card.plain_text or "")
    rows = await services.db.fetch_all("SELECT member_id, state FROM flags")
    assert [tuple(row) for row in rows] == [(MEMBER, "open")]
