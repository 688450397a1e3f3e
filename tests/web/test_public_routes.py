"""The public web's routes on a real tornado server: feed, calendars, caching, 404s, privacy."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.meetings import ics
from bot.meetings.models import Change, ChangeKind, Frequency, Recurrence
from bot.services.public_web import PublicSchedule, group_token
from bot.storage.groups import GroupRepository
from tests.web.conftest import FACILITATOR, HIDDEN, NOW, PUBLISHED, SECRET, Site, group, weekly

LONDON = ZoneInfo("Europe/London")


async def test_the_feed_lists_published_current_meetings_for_any_website(site: Site) -> None:
    """/meetings.json: JSON with CORS, the published group's meetings only, ended ones left out."""
    await site.add(weekly("tuesday-circle"))
    await site.add(weekly("quiet-tuesdays", group_id=HIDDEN))
    ended = Recurrence(Frequency.WEEKLY, date(2026, 1, 6), weekday=2, until=date(2027, 2, 1))
    await site.add(weekly("old-circle", recurrence=ended))
    response = await site.client.get("/meetings.json")
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    entries = response.json()
    assert [entry["slug"] for entry in entries] == ["tuesday-circle"]
    assert entries[0]["group"] == "Leeds Peers"
    assert (entries[0]["day"], entries[0]["time"]) == (2, "19:00")


async def test_a_group_calendar_by_its_token(site: Site) -> None:
    """/calendar/group-….ics: every meeting of the group, its title as the calendar's name."""
    await site.add(weekly("tuesday-circle"))
    await site.add(
        weekly(
            "thursday-circle", recurrence=Recurrence(Frequency.WEEKLY, date(2027, 3, 4), weekday=4)
        )
    )
    response = await site.client.get(f"/calendar/{group_token(SECRET, PUBLISHED)}.ics")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "Leeds Peers"
    uids = sorted(str(event["UID"]) for event in calendar.walk("VEVENT"))
    assert uids == ["thursday-circle@peerbot", "tuesday-circle@peerbot"]
    assert "REFRESH-INTERVAL" in calendar


async def test_a_meeting_calendar_follows_a_cancel_and_a_move(site: Site) -> None:
    """/calendar/<slug>.ics: EXDATE for the cancelled date, an override for the moved one."""
    meeting = await site.add(weekly("tuesday-circle"))
    moved_to = datetime(2027, 3, 10, 18, tzinfo=LONDON)
    await site.change(
        Change(meeting.id, date(2027, 3, 9), ChangeKind.MOVED, moved_to, "Sam is in hospital"),
        NOW + timedelta(hours=1),
    )
    await site.change(
        Change(meeting.id, date(2027, 3, 16), ChangeKind.CANCELLED, reason="Hall closed"),
        NOW + timedelta(hours=2),
    )
    response = await site.client.get("/calendar/tuesday-circle.ics")
    calendar = Calendar.from_ical(response.content)
    series, override = calendar.walk("VEVENT")
    exdates = [item.dt for item in series.get("EXDATE").dts]
    assert exdates == [datetime(2027, 3, 16, 19, tzinfo=LONDON)]
    assert override.decoded("RECURRENCE-ID") == datetime(2027, 3, 9, 19, tzinfo=LONDON)
    assert override.decoded("DTSTART") == moved_to
    assert b"hospital" not in response.content, "a change's reason stays in Telegram"
    assert b"Hall closed" not in response.content


@pytest.mark.parametrize(
    "path",
    [
        "/calendar/quiet-tuesdays.ics",  # a meeting of a group that is not published
        f"/calendar/{group_token(SECRET, HIDDEN)}.ics",
        f"/calendar/{PUBLISHED}.ics",
        f"/calendar/group-{PUBLISHED}.ics",
        "/calendar/nothing-here.ics",
        "/calendar/tuesday-circle.json",
        "/meetings.json/",
        "/",
        "/healthz",
        "/calendar/a%2Fb.ics",
    ],
)
async def test_what_is_not_published_is_not_found(site: Site, path: str) -> None:
    """Unpublished groups and meetings, chat ids and every other path answer a plain 404."""
    await site.add(weekly("tuesday-circle"))
    await site.add(weekly("quiet-tuesdays", group_id=HIDDEN))
    response = await site.client.get(path)
    assert response.status_code == 404
    assert b"quiet" not in response.content.lower()
    assert b"Traceback" not in response.content


async def test_other_methods_are_refused(site: Site) -> None:
    """POST, PUT and DELETE change nothing and are refused."""
    for method in ("POST", "PUT", "DELETE"):
        response = await site.client.request(method, "/meetings.json")
        assert response.status_code == 405, method


async def test_nothing_personal_in_any_answer(site: Site) -> None:
    """No chat id, no facilitator id, no invite code in the feed or the calendars."""
    meeting = await site.add(weekly("tuesday-circle"))
    await site.change(Change(meeting.id, date(2027, 3, 9), ChangeKind.CANCELLED), NOW)
    bodies = [
        (await site.client.get(path)).content
        for path in (
            "/meetings.json",
            "/calendar/tuesday-circle.ics",
            f"/calendar/{group_token(SECRET, PUBLISHED)}.ics",
        )
    ]
    for body in bodies:
        for secret in (str(PUBLISHED), str(abs(PUBLISHED)), str(FACILITATOR), "code1001234567"):
            assert secret.encode() not in body


async def test_etag_and_last_modified_give_304_until_a_change(site: Site) -> None:
    """Same bytes, same strong ETag: 304 on If-None-Match or If-Modified-Since; a cancel ends it."""
    meeting = await site.add(weekly("tuesday-circle"), at=NOW - timedelta(days=3))
    path = "/calendar/tuesday-circle.ics"
    first = await site.client.get(path)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert etag.startswith('"'), "a strong ETag"
    assert modified == "Fri, 26 Feb 2027 09:00:00 GMT"
    assert (await site.client.get(path)).content == first.content, "the same bytes every time"
    cached = await site.client.get(path, headers={"If-None-Match": etag})
    assert (cached.status_code, cached.content) == (304, b"")
    assert cached.headers["ETag"] == etag
    since = await site.client.get(path, headers={"If-Modified-Since": modified})
    assert since.status_code == 304
    await site.change(Change(meeting.id, date(2027, 3, 9), ChangeKind.CANCELLED), NOW)
    again = await site.client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 200
    assert again.headers["ETag"] != etag
    assert again.headers["Last-Modified"] == "Mon, 01 Mar 2027 09:00:00 GMT"
    newer = await site.client.get(path, headers={"If-Modified-Since": modified})
    assert newer.status_code == 200


async def test_the_feed_changes_its_etag_when_a_meeting_is_added(site: Site) -> None:
    """A new meeting gives the feed new bytes, so the old ETag is no longer current."""
    await site.add(weekly("tuesday-circle"))
    first = await site.client.get("/meetings.json")
    await site.add(weekly("wednesday-circle"))
    again = await site.client.get(
        "/meetings.json", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 200
    assert len(again.json()) == 2


async def test_head_gives_the_headers_without_the_body(site: Site) -> None:
    """HEAD: the same status, ETag and length as GET, and no body."""
    await site.add(weekly("tuesday-circle"))
    for path in ("/meetings.json", "/calendar/tuesday-circle.ics"):
        got = await site.client.get(path)
        head = await site.client.head(path)
        assert head.status_code == 200
        assert head.content == b""
        assert head.headers["ETag"] == got.headers["ETag"]
        assert int(head.headers["Content-Length"]) == len(got.content)
    assert (await site.client.head("/calendar/none.ics")).status_code == 404


async def test_a_failure_answers_500_and_the_server_goes_on(
    site: Site, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A broken read answers 500 without a traceback or the path in the log; then all is well."""
    await site.add(weekly("tuesday-circle"))

    async def broken(self: PublicSchedule, name: str) -> None:
        raise RuntimeError("disk gone")

    with monkeypatch.context() as patch:
        patch.setattr(PublicSchedule, "calendar", broken)
        with caplog.at_level(logging.INFO):
            failed = await site.client.get("/calendar/tuesday-circle.ics")
    assert failed.status_code == 500
    assert b"disk gone" not in failed.content
    assert b"Traceback" not in failed.content
    served = [
        r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))
    ]
    assert served == ["public web request failed: RuntimeError"], "no path, no address"
    assert (await site.client.get("/calendar/tuesday-circle.ics")).status_code == 200


async def test_every_group_when_all_are_published(site: Site) -> None:
    """With group_ids None (PUBLIC_WEB_GROUPS=all) the hidden group's meetings are listed too."""
    await site.add(weekly("quiet-tuesdays", group_id=HIDDEN))
    schedule = PublicSchedule(
        db=site.db,
        meetings=site.meetings,
        groups=GroupRepository(site.db),
        clock=lambda: NOW,
        secret=SECRET,
        group_ids=None,
    )
    feed = json.loads((await schedule.feed()).body)
    assert [entry["slug"] for entry in feed] == ["quiet-tuesdays"]
    assert [chat for chat, _ in await schedule.links()] == sorted([PUBLISHED, HIDDEN])


def test_group_tokens_hide_the_chat_id_and_stay_stable() -> None:
    """A group's token is the same each time, differs by secret and group, and holds no id."""
    token = group_token(SECRET, PUBLISHED)
    assert token == group_token(SECRET, PUBLISHED)
    assert token.startswith("group-")
    assert len(token) == len("group-") + 16
    assert token != group_token(SECRET, HIDDEN)
    assert token != group_token(SECRET + "x", PUBLISHED)
    assert str(abs(PUBLISHED))[-6:] not in token


async def test_a_document_is_written_once_until_its_data_changes(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Repeated requests reuse the written calendar; a change or a group rename writes anew."""
    meeting = await site.add(weekly("tuesday-circle"))
    written: list[str] = []
    real = ics.calendar_of

    def counting(*args: Any, **kwargs: Any) -> bytes:
        written.append(str(args[1]))
        return real(*args, **kwargs)

    monkeypatch.setattr("bot.services.public_web.calendar_of", counting)
    group_path = f"/calendar/{group_token(SECRET, PUBLISHED)}.ics"
    for _ in range(3):
        assert (await site.client.get(group_path)).status_code == 200
    assert written == ["Leeds Peers"]
    await site.change(Change(meeting.id, date(2027, 3, 9), ChangeKind.CANCELLED), NOW)
    assert (await site.client.get(group_path)).status_code == 200
    await GroupRepository(site.db).upsert(group(PUBLISHED, "Leeds Peer Circle"))
    renamed = await site.client.get(group_path)
    assert b"X-WR-CALNAME:Leeds Peer Circle" in renamed.content
    feed = await site.client.get("/meetings.json")
    assert feed.json()[0]["group"] == "Leeds Peer Circle"
    assert written == ["Leeds Peers", "Leeds Peers", "Leeds Peer Circle"]


async def test_last_modified_moves_on_when_a_meeting_leaves_the_feed(site: Site) -> None:
    """An ended series drops off the feed the day after; If-Modified-Since then gets 200."""
    ending = Recurrence(Frequency.WEEKLY, date(2027, 1, 5), weekday=2, until=date(2027, 3, 9))
    await site.add(weekly("last-weeks", recurrence=ending), at=NOW)
    await site.add(weekly("tuesday-circle"), at=NOW - timedelta(days=5))
    first = await site.client.get("/meetings.json")
    assert len(first.json()) == 2
    site.now[0] = datetime(2027, 3, 11, 8, tzinfo=UTC)
    later = await site.client.get(
        "/meetings.json", headers={"If-Modified-Since": first.headers["Last-Modified"]}
    )
    assert later.status_code == 200
    assert [entry["slug"] for entry in later.json()] == ["tuesday-circle"]
    assert later.headers["Last-Modified"] == "Thu, 11 Mar 2027 00:00:00 GMT"


async def test_a_rename_alone_dates_the_feed_anew(site: Site) -> None:
    """A group renamed (no time of its own) still makes If-Modified-Since answer 200."""
    await site.add(weekly("tuesday-circle"), at=NOW - timedelta(days=5))
    first = await site.client.get("/meetings.json")
    site.now[0] = NOW + timedelta(hours=1)
    await GroupRepository(site.db).upsert(group(PUBLISHED, "Leeds Peer Circle"))
    later = await site.client.get(
        "/meetings.json", headers={"If-Modified-Since": first.headers["Last-Modified"]}
    )
    assert later.status_code == 200
    assert later.headers["Last-Modified"] == "Mon, 01 Mar 2027 10:00:00 GMT"
