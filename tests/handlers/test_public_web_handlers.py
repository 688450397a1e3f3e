"""The public web over the real bot's services: chat changes reach its calendars, nothing else.

The schedule is built as the runner builds it (`_public_schedule`) on a running Application; a
facilitator cancels and moves dates through the real handlers and buttons, and a member follows
the meeting. The calendars follow the changes without their reasons; the feed shows no one.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from bot.app import services_of
from bot.config import load_settings
from bot.domain.buttons.meeting_editing import ChangeMode, ChooseDate, ConfirmChange, SkipStep
from bot.runner import _public_schedule
from bot.services.public_web import PublicSchedule, group_token
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_meetings_facilitator import (
    FACILITATOR,
    MEMBER,
    _data,
    _meeting,
    _picked,
    _setup,
    _tap,
    _today,
)

LONDON = ZoneInfo("Europe/London")
SECRET = "public-web-secret-for-handler-tests-0123456789"
TOKEN = "1234567890:PublicWebHandlerTests_abcdefghijkl"


def _schedule(harness: HandlerHarness, published: int) -> PublicSchedule:
    """The public schedule the runner would build with PUBLIC_WEB_GROUPS=<published>."""
    settings = load_settings(
        _env_file=None,
        bot_token=TOKEN,
        public_web_groups=str(published),
        public_web_secret=SECRET,
    )
    schedule = _public_schedule(harness.app, settings)
    assert schedule is not None
    return schedule


async def _cancel(harness: HandlerHarness, meeting_id: int, pick: int, reason: str) -> date:
    """Cancel the `pick`th date with a reason through /cancelmeeting; return that date."""
    meeting = await services_of(harness.app).meetings.get(meeting_id)
    assert meeting is not None
    [dates] = await _picked(harness, "/cancelmeeting", ChangeMode.CANCEL, meeting)
    chosen = ChooseDate.parse(_data(dates)[pick])
    assert chosen is not None
    await _tap(harness, FACILITATOR, dates, _data(dates)[pick])
    [confirm] = await harness.send(FACILITATOR, reason)
    await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    return chosen.on


async def _move(harness: HandlerHarness, meeting_id: int, pick: int, to: datetime) -> date:
    """Move the `pick`th date to `to` through /movemeeting (no reason); return that date."""
    meeting = await services_of(harness.app).meetings.get(meeting_id)
    assert meeting is not None
    [dates] = await _picked(harness, "/movemeeting", ChangeMode.MOVE, meeting)
    chosen = ChooseDate.parse(_data(dates)[pick])
    assert chosen is not None
    await _tap(harness, FACILITATOR, dates, _data(dates)[pick])
    [reason] = await harness.send(FACILITATOR, to.strftime("%Y-%m-%d %H:%M"))
    [confirm] = await _tap(harness, FACILITATOR, reason, SkipStep("reason").pack())
    await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    return chosen.on


async def test_chat_changes_reach_the_public_calendars(harness: HandlerHarness) -> None:
    """A cancel and a move made in the chat: EXDATE and override, new ETag, no reasons."""
    camden, leeds = await _setup(harness)
    services = services_of(harness.app)
    meeting = await _meeting(services, camden)
    await services.meeting_choices.remind(MEMBER, [60], meeting_id=meeting.id)
    schedule = _schedule(harness, camden)
    group_name = group_token(SECRET, camden)
    before = await schedule.calendar(group_name)
    assert before is not None

    cancelled = await _cancel(harness, meeting.id, 0, "Fay is unwell")
    moved_to = datetime.combine(_today() + timedelta(days=20), time(18), LONDON)
    moved = await _move(harness, meeting.id, 1, moved_to)

    after = await schedule.calendar(group_name)
    assert after is not None
    assert after.body != before.body
    assert after.modified is not None
    series, override = Calendar.from_ical(after.body).walk("VEVENT")
    exdates = [item.dt for item in series.get("EXDATE").dts]
    assert exdates == [datetime.combine(cancelled, time(19), LONDON)]
    assert override.decoded("RECURRENCE-ID") == datetime.combine(moved, time(19), LONDON)
    assert override.decoded("DTSTART") == moved_to
    feed = await schedule.feed()
    for body in (after.body, feed.body):
        assert b"unwell" not in body
        for someone in (camden, leeds, FACILITATOR, MEMBER, ADMIN_ID):
            assert str(abs(someone)).encode() not in body
    assert await schedule.calendar(group_token(SECRET, leeds)) is None, "Leeds is not published"
