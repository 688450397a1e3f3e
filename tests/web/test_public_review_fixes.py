"""The public web after review: syncs with older times, odd names, evenings west of UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot.meetings.models import Frequency, Recurrence
from tests.web.conftest import NOW, Site, weekly


async def test_a_sync_that_keeps_an_older_time_still_refreshes_the_feed(site: Site) -> None:
    """A feed sync writes the source's `updated`, older than what is cached: the feed and its
    Last-Modified follow anyway (the schedule's revision moved)."""
    meeting = await site.add(weekly("tuesday-circle"), at=NOW - timedelta(days=2))
    await site.add(weekly("wednesday-walk"), at=NOW - timedelta(days=1))  # the newest write
    first = await site.client.get("/meetings.json")
    assert first.json()[0]["name"] == "Tuesday Circle"
    renamed = meeting.__class__(**{**meeting.__dict__, "name": "Tuesday Peers"})
    async with site.db.transaction() as tx:
        await site.meetings.update(tx, renamed, "2027-03-01T09:00:00Z")
        await site.meetings.keep_updated(tx, meeting.id, NOW - timedelta(days=300))
    again = await site.client.get(
        "/meetings.json", headers={"If-Modified-Since": first.headers["Last-Modified"]}
    )
    assert again.status_code == 200
    assert again.json()[0]["name"] == "Tuesday Peers"
    assert again.headers["ETag"] != first.headers["ETag"]


async def test_a_calendar_name_outside_ascii_is_not_found(site: Site) -> None:
    """/calendar/café.ics is a plain 404, not a server error."""
    await site.add(weekly("tuesday-circle"))
    response = await site.client.get("/calendar/caf%C3%A9.ics")
    assert response.status_code == 404
    again = await site.client.get("/calendar/group-%E2%9C%93.ics")
    assert again.status_code == 404


async def test_tonights_meeting_in_los_angeles_is_listed_after_utc_midnight(site: Site) -> None:
    """A one-off at 19:00 in Los Angeles on 7 March is still in the feed at 01:00 UTC on the
    8th (17:00 there), two hours before it starts."""
    once = Recurrence(Frequency.ONCE, date(2027, 3, 7))
    await site.add(
        weekly("la-evening", recurrence=once, timezone="America/Los_Angeles", start_time=time(19))
    )
    site.now[0] = datetime(2027, 3, 8, 1, 0, tzinfo=UTC)
    slugs = [entry["slug"] for entry in (await site.client.get("/meetings.json")).json()]
    assert slugs == ["la-evening-2027-03-07"]
