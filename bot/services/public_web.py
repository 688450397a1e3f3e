"""The public web's documents: the Meeting Guide feed and the calendars of published groups.

Only what a poster on the door would show: meeting names, times, places, online links, notes
and the group's title. Never a member, an RSVP, a subscription, a chat id, an author or a
change's reason (a reason is written for the group, and may name someone).

A group's calendar is known by `group_token`: a keyed hash of its chat id (the id cannot be
read back from it, and it stays the same when the group is renamed); a meeting's by its slug,
which the feed already publishes.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from bot.domain.clock import Clock
from bot.domain.models import Group
from bot.meetings.feed_export import write_feed
from bot.meetings.ics import calendar_of
from bot.meetings.models import Change, Frequency, Meeting
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.meetings import MeetingRepository
from bot.storage.public_web import last_changed, schedule_version

GROUP_PREFIX = "group-"
FEED_TYPE = "application/json; charset=utf-8"
CALENDAR_TYPE = "text/calendar; charset=utf-8"
# How often subscribed calendars are asked to look again (Apple and Outlook honour it).
REFRESH = timedelta(hours=1)
# DTSTAMP of a calendar that has never changed (so the same data gives the same bytes).
_NEVER = datetime(2000, 1, 1, tzinfo=UTC)
# Documents kept while the data they show is unchanged (a big group's calendar takes ~20 ms
# to write: repeated requests must not take the event loop from crisis alerts).
CACHE_SIZE = 64


def group_token(secret: str, chat_id: int) -> str:
    """A group's public calendar name, e.g. "group-k3q…": a keyed hash, never the chat id."""
    digest = hmac.new(secret.encode(), f"group:{chat_id}".encode(), hashlib.sha256).digest()
    return GROUP_PREFIX + base64.b32encode(digest[:10]).decode("ascii").lower()


@dataclass(frozen=True)
class PublicDocument:
    """A document to serve: its bytes, its media type and when its content last changed."""

    body: bytes
    content_type: str
    modified: datetime | None  # aware UTC; None when unknown


class PublicSchedule:
    """The published groups' meetings as a feed and as calendars (read only)."""

    def __init__(
        self,
        db: Database,
        meetings: MeetingRepository,
        groups: GroupRepository,
        clock: Clock,
        secret: str,
        group_ids: tuple[int, ...] | None,
    ) -> None:
        """Publish the groups of `group_ids` (None: every group), naming them with `secret`."""
        self.db = db
        self.meetings = meetings
        self.groups = groups
        self.clock = clock
        self.secret = secret
        self.group_ids = group_ids
        self._cache: OrderedDict[str, tuple[tuple[object, ...], PublicDocument | None]] = (
            OrderedDict()
        )
        # One document is written at a time: a burst of requests after a change waits for the
        # first writer instead of each writing the same document again.
        self._writing = asyncio.Lock()

    async def published(self) -> list[Group]:
        """The groups whose meetings are public, by chat id."""
        groups = [group for group in await self.groups.all() if group.bot_status != "unreachable"]
        if self.group_ids is not None:
            wanted = set(self.group_ids)
            groups = [group for group in groups if group.chat_id in wanted]
        return sorted(groups, key=lambda group: group.chat_id)

    async def links(self) -> list[tuple[int, str]]:
        """Each published group's chat id and calendar name (for the admin, in the log)."""
        groups = await self.published()
        return [(group.chat_id, group_token(self.secret, group.chat_id)) for group in groups]

    async def feed(self) -> PublicDocument:
        """The Meeting Guide feed of the published groups' current meetings."""
        document = await self._cached("/feed", self._feed)
        assert document is not None
        return document

    async def calendar(self, name: str) -> PublicDocument | None:
        """The calendar of a published group (by its token) or meeting (by slug); None if none."""
        return await self._cached(name, lambda: self._calendar(name))

    async def _cached(
        self, key: str, build: Callable[[], Awaitable[PublicDocument | None]]
    ) -> PublicDocument | None:
        """The document (or its absence) from the cache while the schedule's revision and the
        day are unchanged; otherwise written anew, one document at a time."""
        version = await self._current_version()
        found = self._cache.get(key)
        if found is not None and found[0] == version:
            self._cache.move_to_end(key)
            return found[1]
        async with self._writing:
            found = self._cache.get(key)
            if found is not None and found[0] == version:
                return found[1]
            document = await build()
            if document is not None:
                before = found[1] if found else None
                document = self._later_than(before, document, version[1])
            self._cache[key] = (version, document)
            self._cache.move_to_end(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return document

    async def _current_version(self) -> tuple[int, datetime, date]:
        """The schedule's revision and newest write (one read of a one-row table), and today's
        UTC date."""
        revision, written = await schedule_version(self.db)
        return revision, written, self.clock().astimezone(UTC).date()

    def _later_than(
        self, before: PublicDocument | None, now: PublicDocument, written: datetime
    ) -> PublicDocument:
        """A document is never older than the newest write to the schedule, so Last-Modified
        cannot go backwards (a sync keeps the source's older times; a restart forgets the
        cache); bytes that changed with no newer time at all (a date that dropped off) are
        dated now."""
        modified = max(written, now.modified) if now.modified is not None else written
        old = before.modified if before is not None and before.body != now.body else None
        if old is not None and modified <= old:
            modified = max(self.clock(), old)
        return replace(now, modified=modified)

    async def _feed(self) -> PublicDocument:
        """Write the feed (in a thread: thousands of meetings take a while); it changes when a
        meeting is written and when one drops off."""
        groups = await self.published()
        names = {group.chat_id: group.title for group in groups}
        meetings = await self.meetings.of_groups(list(names))
        now = self.clock()
        since = now.astimezone(UTC).date() - timedelta(days=1)  # any zone's today
        current = [meeting for meeting in meetings if _goes_on(meeting, since)]
        changes = await self.meetings.changes_of([meeting.id for meeting in current])
        kept = {meeting.id for meeting in current}
        dropped = [_dropped_at(meeting) for meeting in meetings if meeting.id not in kept]
        modified = await self._modified(meetings)
        body = await asyncio.to_thread(_feed_bytes, current, names, now, changes)
        times = [time for time in (modified, *dropped) if time is not None]
        return PublicDocument(body, FEED_TYPE, max(times) if times else None)

    async def _calendar(self, name: str) -> PublicDocument | None:
        """Write a calendar (in a thread: a big one takes a while), None when not published."""
        found = await self._calendar_meetings(name)
        if found is None:
            return None
        title, meetings = found
        changes = await self.meetings.changes_of([meeting.id for meeting in meetings])
        items = [(meeting, _without_reasons(changes[meeting.id])) for meeting in meetings]
        modified = await self._modified(meetings)
        stamp = modified or _NEVER
        body = await asyncio.to_thread(calendar_of, items, title, stamp, REFRESH)
        return PublicDocument(body, CALENDAR_TYPE, modified)

    async def _calendar_meetings(self, name: str) -> tuple[str, list[Meeting]] | None:
        """The calendar's title and meetings, when `name` is a published group or meeting."""
        groups = {group.chat_id: group for group in await self.published()}
        wanted = name.encode("utf-8", "replace")
        for chat_id, group in groups.items():
            if hmac.compare_digest(group_token(self.secret, chat_id).encode(), wanted):
                return group.title, await self.meetings.of_groups([chat_id])
        meeting = await self.meetings.by_slug(name)
        if meeting is None or meeting.group_id not in groups:
            return None
        return meeting.name, [meeting]

    async def _modified(self, meetings: Sequence[Meeting]) -> datetime | None:
        """When these meetings, or a change of one, were last written."""
        times = [meeting.updated for meeting in meetings if meeting.updated is not None]
        changed = await last_changed(self.db, [meeting.id for meeting in meetings])
        if changed is not None:
            times.append(changed)
        return max(times) if times else None


def export_feed(
    meetings: Sequence[Meeting],
    group_names: dict[int, str],
    now: datetime,
    changes: Mapping[int, Sequence[Change]],
) -> list[dict[str, object]]:
    """The feed's entries as of `now`: the export `peerbot meetings export` writes, where a
    meeting made in the bot names the published group holding it as its `group`."""
    named = [
        replace(meeting, recovery_group=meeting.recovery_group or group_names.get(meeting.group_id))
        for meeting in meetings
    ]
    return write_feed(named, now, changes=changes)


def _feed_bytes(
    meetings: Sequence[Meeting],
    group_names: dict[int, str],
    now: datetime,
    changes: Mapping[int, Sequence[Change]],
) -> bytes:
    """The feed as compact JSON bytes."""
    entries = export_feed(meetings, group_names, now, changes)
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode()


def _goes_on(meeting: Meeting, since: date) -> bool:
    """Whether a meeting still meets on or after `since` (ended series and past events do not)."""
    rule = meeting.recurrence
    if rule.frequency is Frequency.ONCE:
        return rule.start_date >= since
    return rule.until is None or rule.until >= since


def _dropped_at(meeting: Meeting) -> datetime:
    """When an ended meeting left the feed: the UTC midnight after `_goes_on` turned false."""
    rule = meeting.recurrence
    last = rule.start_date if rule.frequency is Frequency.ONCE else rule.until
    assert last is not None  # only a meeting with a last date drops off
    return datetime.combine(last + timedelta(days=2), datetime.min.time(), tzinfo=UTC)


def _without_reasons(changes: Sequence[Change]) -> list[Change]:
    """The changes without their reasons: those stay with the group in Telegram."""
    return [replace(change, reason=None) for change in changes]
