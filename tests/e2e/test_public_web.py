"""The public web end to end: the real bot serves the feed and calendars; chat changes follow.

A facilitator adds a weekly meeting in the chat; /meetings.json and the meeting's and group's
calendars are fetched over HTTP and read with `ical` (not the library that wrote them). Then
one date is cancelled and another moved through the bot, and the calendars follow.
"""

from __future__ import annotations

import socket
from datetime import UTC, datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import httpx
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from bot.devtools.emulator import StoredMessage
from bot.services.public_web import group_token
from tests.e2e.conftest import onboard
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import admin_of, circle, make_in
from tests.e2e.test_meetings_facilitator import _add_weekly_meeting

SECRET = "public-web-secret-for-tests-0123456789abcdef"
NAME = "Sunday Circle Web"


def _free_port() -> int:
    """Ask the OS for a free port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _text(message: StoredMessage) -> str:
    """A message's visible text."""
    return message.plain_text or ""


def _starts(ics: bytes, count: int = 4) -> list[datetime]:
    """The first starts of a calendar, expanded by `ical`, in UTC."""
    calendar = IcsCalendarStream.calendar_from_ics(ics.decode())
    starts = [event.dtstart for event in islice(calendar.timeline_tz(UTC), count)]
    return [start.astimezone(UTC) for start in starts if isinstance(start, datetime)]


def _change_date(facilitator: Person, command: str, index: int) -> StoredMessage:
    """Start /cancelmeeting or /movemeeting, pick the meeting and the `index`th date."""
    listing = facilitator.ask(command)
    [dates] = facilitator.press(listing, NAME)
    [next_step] = facilitator.press(dates, dates.button_texts()[index])
    return next_step


def _cancel_first(facilitator: Person) -> None:
    """Call off the next date, without a reason, as a facilitator does in the chat."""
    reason = _change_date(facilitator, "/cancelmeeting", 0)
    [confirm] = facilitator.press(reason, "No reason")
    [done] = facilitator.press(confirm, "Yes, cancel that date")
    assert f"Cancelled: {NAME}" in _text(done)


def _move_second(facilitator: Person, to: datetime) -> None:
    """Move the second date to `to` (local), typed as a facilitator would: the first, cancelled
    already, is no longer offered, so the second date is the first button."""
    ask_time = _change_date(facilitator, "/movemeeting", 0)
    assert "when" in _text(ask_time).lower(), _text(ask_time)
    reason = facilitator.ask(to.strftime("%Y-%m-%d %H:%M"))
    [confirm] = facilitator.press(reason, "No reason")
    [done] = facilitator.press(confirm, "Yes, move it")
    assert f"Moved: {NAME}" in _text(done)


def test_the_feed_and_calendars_follow_changes_made_in_the_chat(fresh_bot: BotProcess) -> None:
    """Feed and calendars over HTTP; a cancel and a move in the chat change them and the ETag."""
    port = _free_port()
    fresh_bot.extra_env.update(
        PUBLIC_WEB_GROUPS="all", PUBLIC_WEB_SECRET=SECRET, PUBLIC_WEB_PORT=str(port)
    )
    fresh_bot.start()
    emulator = fresh_bot.emulator
    admin = admin_of(emulator)
    onboard(admin)
    group, facilitator, member = circle(fresh_bot, admin, make_in(emulator), "Web circle")
    assert f"Saved: {NAME}" in _text(_add_weekly_meeting(facilitator, NAME))
    base = f"http://127.0.0.1:{port}"

    feed = httpx.get(f"{base}/meetings.json", timeout=10)
    assert feed.status_code == 200
    assert feed.headers["Access-Control-Allow-Origin"] == "*"
    [entry] = feed.json()
    assert (entry["name"], entry["group"], entry["day"], entry["time"]) == (
        NAME,
        "Web circle",
        0,
        "18:00",
    )
    zone = ZoneInfo(str(entry["timezone"]))
    path = f"{base}/calendar/{entry['slug']}.ics"
    before = httpx.get(path, timeout=10)
    assert before.status_code == 200
    first, second, third, fourth = _starts(before.content)
    assert [start.astimezone(zone).time() for start in (first, second, third)] == [time(18)] * 3
    etag = before.headers["ETag"]
    assert httpx.get(path, headers={"If-None-Match": etag}, timeout=10).status_code == 304
    token_path = f"{base}/calendar/{group_token(SECRET, group.id)}.ics"
    assert _starts(httpx.get(token_path, timeout=10).content)[:3] == [first, second, third]

    moved_to = datetime.combine(
        second.astimezone(zone).date() + timedelta(days=1), time(19, 30), tzinfo=zone
    )
    _cancel_first(facilitator)
    _move_second(facilitator, moved_to)

    after = httpx.get(path, headers={"If-None-Match": etag}, timeout=10)
    assert after.status_code == 200, "the old copy is stale"
    assert after.headers["ETag"] != etag
    assert _starts(after.content, 3) == [moved_to.astimezone(UTC), third, fourth]
    [series, override] = Calendar.from_ical(after.content).walk("VEVENT")
    exdates: list[datetime] = [item.dt for item in series.get("EXDATE").dts]
    assert [moment.astimezone(UTC) for moment in exdates] == [first]
    original: datetime = override.decoded("RECURRENCE-ID")
    assert original.astimezone(UTC) == second
    assert _starts(httpx.get(token_path, timeout=10).content, 2)[0] == moved_to
    head = httpx.head(path, timeout=10)
    assert (head.status_code, head.content, head.headers["ETag"]) == (
        200,
        b"",
        after.headers["ETag"],
    )

    bodies = feed.content + before.content + after.content
    for someone in (group.id, facilitator.id, member.id, admin.id):
        assert str(abs(someone)).encode() not in bodies
    assert httpx.get(f"{base}/calendar/{abs(group.id)}.ics", timeout=10).status_code == 404
    assert fresh_bot.stop() == 0
    logs = fresh_bot.logs()
    assert f"public web on 127.0.0.1:{port}" in logs
    assert entry["slug"] not in logs, "requests are not logged"


def test_webhook_mode_serves_the_public_web_beside_the_webhook(fresh_bot: BotProcess) -> None:
    """With --webhook the feed comes from the webhook server; other paths there stay 404."""
    port = _free_port()
    fresh_bot.extra_env.update(
        WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram-updates",
        WEBHOOK_PORT=str(port),
        WEBHOOK_SECRET="webhook-secret-for-tests-0123456789abcdef",
        PUBLIC_WEB_GROUPS="all",
        PUBLIC_WEB_SECRET=SECRET,
    )
    fresh_bot.start(30.0, "--webhook", ready="setWebhook")
    feed = httpx.get(f"http://127.0.0.1:{port}/meetings.json", timeout=10)
    assert (feed.status_code, feed.json()) == (200, [])
    assert feed.headers["Access-Control-Allow-Origin"] == "*"
    missing = httpx.get(f"http://127.0.0.1:{port}/calendar/none.ics", timeout=10)
    assert missing.status_code == 404
    assert fresh_bot.stop() == 0
    assert "public web: no group is published yet" in fresh_bot.logs()
