"""Members' meeting reminders as handlers show them: what is chosen, for what, in words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time

from bot.domain.models import Group, Member
from bot.formats.formatting import Reader, list_text, reader_for, time_text
from bot.i18n import Texts
from bot.services.groups import GroupService
from bot.services.meeting_choices import MeetingChoices
from bot.services.meeting_texts import MeetingWriter
from bot.services.meetings import MeetingService


@dataclass(frozen=True)
class ReminderEntry:
    """A member's reminders for one meeting or for every meeting of one group."""

    meeting_id: int | None
    group_id: int | None
    label: str  # the meeting's name or the group's title
    offsets: tuple[int, ...]  # minutes before, largest first


async def chosen_offsets(
    choices: MeetingChoices,
    user_id: int,
    meeting_id: int | None = None,
    group_id: int | None = None,
) -> set[int]:
    """The minutes-before a member chose for one meeting, or for one group's every meeting."""
    return {
        item.offset_minutes
        for item in await choices.of_member(user_id)
        if item.meeting_id == meeting_id and item.group_id == group_id
    }


async def reminder_entries(
    choices: MeetingChoices, meetings: MeetingService, groups: GroupService, user_id: int
) -> list[ReminderEntry]:
    """Every reminder a member has, by meeting or group, with names (gone ones left out)."""
    found: dict[tuple[int | None, int | None], list[int]] = {}
    for item in await choices.of_member(user_id):
        found.setdefault((item.meeting_id, item.group_id), []).append(item.offset_minutes)
    entries: list[ReminderEntry] = []
    for (meeting_id, group_id), offsets in found.items():
        label = await _label(meetings, groups, meeting_id, group_id)
        if label is not None:
            ordered = tuple(sorted(offsets, reverse=True))
            entries.append(ReminderEntry(meeting_id, group_id, label, ordered))
    return entries


async def _label(
    meetings: MeetingService, groups: GroupService, meeting_id: int | None, group_id: int | None
) -> str | None:
    """The meeting's name or the group's title; None when it no longer exists."""
    if meeting_id is not None:
        meeting = await meetings.get(meeting_id)
        return meeting.name if meeting else None
    group = await groups.get(group_id) if group_id is not None else None
    return group.title if group else None


async def groups_with_meetings(
    meetings: MeetingService, groups: GroupService, group_ids: list[int], limit: int
) -> list[Group]:
    """Up to `limit` of these groups that have meetings, in the order given."""
    having = {meeting.group_id for meeting in await meetings.of_groups(group_ids)}
    found = [await groups.get(group_id) for group_id in group_ids if group_id in having]
    return [group for group in found if group is not None][:limit]


async def followable(
    meetings: MeetingService, groups: GroupService, user_id: int, kind: str, key: int
) -> tuple[str, int] | None:
    """A meeting ("m") or group ("g") the member may follow: its name and its group's id."""
    allowed, _ = await meetings.groups_of_member(user_id)
    if kind == "m":
        meeting = await meetings.get(key)
        if meeting is not None and meeting.group_id in allowed:
            return meeting.name, meeting.group_id
    elif kind == "g" and key in allowed:
        group = await groups.get(key)
        if group is not None:
            return group.title, key
    return None


def offset_text(writer: MeetingWriter, language: str, minutes: int) -> str:
    """'1 day before', '1 hour before', '15 min before': built from the minutes."""
    texts = writer.texts
    if minutes % 1440 == 0:
        return texts.get(language, "offset-days", n=minutes // 1440)
    if minutes % 60 == 0:
        return texts.get(language, "offset-hours", n=minutes // 60)
    return texts.get(language, "offset-span", span=writer.span_text(language, minutes))


def offsets_text(writer: MeetingWriter, language: str, offsets: Iterable[int]) -> str:
    """Several offsets, largest first: '1 day before, 1 hour before'."""
    items = (offset_text(writer, language, item) for item in sorted(offsets, reverse=True))
    return list_text(Reader(language), items)


def entry_line(writer: MeetingWriter, language: str, entry: ReminderEntry) -> str:
    """One line of the reminders overview: a meeting's or a group's offsets."""
    offsets = offsets_text(writer, language, entry.offsets)
    if entry.meeting_id is not None:
        return writer.texts.get(
            language, "reminders-item-meeting", name=entry.label, offsets=offsets
        )
    return writer.texts.get(language, "reminders-item-group", group=entry.label, offsets=offsets)


def quiet_line(texts: Texts, member: Member) -> str:
    """'Quiet hours: 22:00–08:00', or none."""
    if member.quiet_start and member.quiet_end:
        reader = reader_for(member.language, member.timezone, member.clock)
        start, end = (
            time_text(reader, time.fromisoformat(value))
            for value in (member.quiet_start, member.quiet_end)
        )
        return texts.get(member.language, "reminders-quiet", start=start, end=end)
    return texts.get(member.language, "reminders-quiet-none")
