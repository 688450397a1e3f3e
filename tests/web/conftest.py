"""The public web on a real tornado server (127.0.0.1, a free port) over a migrated database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

import httpx
import pytest
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.domain.clock import iso
from bot.domain.models import Group
from bot.meetings.models import TUESDAY, Change, Frequency, Meeting, Recurrence
from bot.services.public_web import PublicSchedule
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.meetings import MeetingRepository
from bot.web.public import public_application, public_routes

SECRET = "test-secret-for-group-addresses-0123456789"
PUBLISHED = -1001234567001
HIDDEN = -1001234567002
FACILITATOR = 7_123_456_789
NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


@dataclass
class Site:
    """The served app's address, its database and the moment the test clock shows."""

    client: httpx.AsyncClient
    db: Database
    meetings: MeetingRepository
    now: list[datetime] = field(default_factory=lambda: [NOW])

    async def add(self, meeting: Meeting, at: datetime = NOW) -> Meeting:
        """Store a meeting as written at `at`; return it with its id."""
        async with self.db.transaction() as tx:
            meeting_id = await self.meetings.insert(tx, meeting, FACILITATOR, iso(at))
        stored = await self.meetings.get(meeting_id)
        assert stored is not None
        return stored

    async def change(self, change: Change, at: datetime) -> None:
        """Record a cancel or move as made by the facilitator at `at`."""
        async with self.db.transaction() as tx:
            await self.meetings.set_change(tx, change, FACILITATOR, iso(at))


def weekly(slug: str, group_id: int = PUBLISHED, **fields: object) -> Meeting:
    """A Tuesday 19:00 London meeting of a group from 2 March 2027."""
    base = {
        "id": 0,
        "group_id": group_id,
        "slug": slug,
        "name": slug.replace("-", " ").title(),
        "recurrence": Recurrence(Frequency.WEEKLY, date(2027, 3, 2), weekday=TUESDAY),
        "start_time": time(19),
        "duration_minutes": 90,
        "timezone": "Europe/London",
        "location": "St Mary's Hall",
        "address": "12 High St, Leeds",
        "notes": "Ring the bell.",
    }
    base.update(fields)
    return Meeting(**base)  # type: ignore[arg-type]


def group(chat_id: int, title: str) -> Group:
    """A group the bot is in."""
    return Group(
        chat_id,
        title,
        "supergroup",
        f"code{abs(chat_id)}",
        "Europe/London",
        "en",
        None,
        "member",
        iso(NOW),
    )


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    """The public web of one published and one hidden group, served on a free local port."""
    db = Database(tmp_path / "web.sqlite3")
    await db.open()
    groups = GroupRepository(db)
    await groups.upsert(group(PUBLISHED, "Leeds Peers"))
    await groups.upsert(group(HIDDEN, "Quiet Circle"))
    meetings = MeetingRepository(db)
    clock: list[datetime] = [NOW]
    schedule = PublicSchedule(
        db=db,
        meetings=meetings,
        groups=groups,
        clock=lambda: clock[0],
        secret=SECRET,
        group_ids=(PUBLISHED,),
    )
    sockets = bind_sockets(0, "127.0.0.1")
    server = HTTPServer(public_application(public_routes(schedule)))
    server.add_sockets(sockets)
    port = int(sockets[0].getsockname()[1])
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
        yield Site(client, db, meetings, clock)
    server.stop()
    await server.close_all_connections()
    await db.close()
