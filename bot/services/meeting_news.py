"""News of meeting changes: who hears it, what it says, and the fresh calendar file with it.

Each change (a new meeting, a new day, time, length, zone, place or link, a cancelled or moved
date, the end of a series) is queued in the outbox in the transaction that makes it: to every
reachable member who follows the meeting (a reminder for it or for its whole group), in their
language, zone and clock, held for their quiet hours; and to the group chat when the group
wants meeting news there (`groups.meeting_news`, set by its facilitators). Each copy carries
the meeting's calendar file as it stands after the change, so a calendar that has the meeting
is updated by opening it (same UID). In a private chat the news is the file's caption; in the
group chat (which may forbid files) the news is a text of its own, the file a second message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from bot.delivery.pacing import Priority
from bot.domain.clock import iso
from bot.domain.messages import CAPTION_LIMIT, OutgoingFile, OutgoingText, shown_length
from bot.domain.models import Group
from bot.domain.sends import SendKind
from bot.formats.formatting import reader_for
from bot.meetings.ics import ics_filename
from bot.meetings.models import Change, ChangeKind, Meeting, Occurrence
from bot.meetings.recurrence import next_occurrences, occurrence_on
from bot.meetings.timing import quiet_end_after
from bot.services.meeting_texts import MeetingWriter
from bot.storage.db import Transaction
from bot.storage.groups import GroupRepository
from bot.storage.outbox import enqueue_message
from bot.storage.reminders import Recipient, SubscriptionRepository

NEWS_PREFIX = "mnews"
# The text of one copy: (language, zone, clock) -> HTML.
TextOf = Callable[[str, str, str | None], str]


@dataclass(frozen=True)
class Readers:
    """Who hears of a change: the meeting's reachable followers, and the group chat or None."""

    subscribers: list[Recipient]
    group: Group | None


def timing_changed(before: Meeting, after: Meeting) -> bool:
    """Tell whether members' calendars would show another day, time or length."""
    return (before.recurrence, before.start_time, before.duration_minutes, before.timezone) != (
        after.recurrence,
        after.start_time,
        after.duration_minutes,
        after.timezone,
    )


def place_changed(before: Meeting, after: Meeting) -> bool:
    """Tell whether the place (its name or address) changed."""
    return (before.location, before.address) != (after.location, after.address)


def is_news(before: Meeting, after: Meeting) -> bool:
    """Tell whether an edit is one members are told of: day, time, length, zone, place, link."""
    link = before.conference_url != after.conference_url
    return timing_changed(before, after) or place_changed(before, after) or link


class MeetingNews:
    """Queues the news of meeting changes and writes it, for each reader."""

    def __init__(
        self, groups: GroupRepository, subscriptions: SubscriptionRepository, writer: MeetingWriter
    ) -> None:
        """Use the groups (their chat and its choice), the followers and the wording."""
        self.groups = groups
        self.subscriptions = subscriptions
        self.writer = writer

    async def readers(self, meeting: Meeting) -> Readers:
        """Who would hear of a change to this meeting now."""
        subscribers = await self.subscriptions.subscribers(meeting.id, meeting.group_id)
        group = await self.groups.get(meeting.group_id)
        posted = group is not None and group.bot_status != "unreachable" and group.meeting_news
        return Readers(subscribers, group if posted else None)

    async def announce(
        self,
        tx: Transaction,
        meeting: Meeting,
        tag: str,
        now: datetime,
        text_of: TextOf,
        calendar: bytes,
        new: bool = False,
    ) -> int:
        """Queue one copy per reader (with the calendar file); return how many readers."""
        readers = await self.readers(meeting)
        copies: list[tuple[int, str, str, Recipient | None]] = [
            (item.user_id, item.language, item.timezone, item) for item in readers.subscribers
        ]
        if readers.group is not None:
            group = readers.group
            copies.append((group.chat_id, group.language, group.timezone, None))
        content = calendar.decode("utf-8")
        filename = ics_filename(meeting.name)
        for chat_id, language, zone, recipient in copies:
            held = (
                quiet_end_after(recipient.quiet_start, recipient.quiet_end, recipient.timezone, now)
                if recipient
                else None
            )
            text = text_of(language, zone, recipient.clock if recipient else None)
            note = self.writer.texts.get(
                language, "meeting-news-calendar-new" if new else "meeting-news-calendar"
            )
            # One change, one key per reader: two changes in one second keep distinct keys.
            key = f"{NEWS_PREFIX}:{tag}:{now:%Y%m%dT%H%M%S%f}:{chat_id}"
            caption = f"{text}\n\n{note}"
            messages: list[tuple[str, OutgoingText | OutgoingFile]]
            # A group chat may not let the bot send files: its news never rides on one. A
            # private chat gets one message, unless the news is too long for a caption.
            if recipient is not None and shown_length(caption) <= CAPTION_LIMIT:
                messages = [(key, OutgoingFile(filename, content, caption))]
            else:  # the news, then the file
                messages = [
                    (key, OutgoingText(text)),
                    (f"{key}:ics", OutgoingFile(filename, content, note)),
                ]
            for dedup_key, message in messages:
                await enqueue_message(
                    tx,
                    message,
                    kind=SendKind.MEETING_NEWS,
                    dedup_key=dedup_key,
                    chat_id=chat_id,
                    user_id=chat_id if recipient else None,
                    priority=Priority.SCHEDULED,
                    now=iso(now),
                    not_before=iso(held) if held else None,
                )
        return len(copies)

    # -- what the news says --------------------------------------------------------------

    def new_text(
        self,
        meeting: Meeting,
        group: str,
        language: str,
        zone: str,
        now: datetime,
        clock: str | None,
    ) -> str:
        """A new meeting: a heading naming the group, then its card with how often it meets."""
        texts, writer = self.writer.texts, self.writer
        heading = texts.get(language, "meeting-news-new", group=group)
        rule = writer.rule_text(language, meeting)
        found = next_occurrences(meeting, [], now, 1)
        if not found:
            name = texts.get(language, "meeting-name", name=meeting.name)
            where = writer.where_lines(meeting, language)
            return "\n".join([heading, f"<b>{name}</b>", rule, *where])
        card = writer.describe(found[0], language, zone, now, clock=clock)
        head, _, rest = card.partition("\n")
        return f"{heading}\n{head}\n{rule}\n{rest}"

    def edit_text(
        self,
        before: Meeting,
        after: Meeting,
        changes: list[Change],
        language: str,
        zone: str,
        now: datetime,
        clock: str | None = None,
    ) -> str:
        """What changed that members need: new day or time (next date, and the one it
        replaces), new place, new link; empty when nothing of that changed."""
        get, writer = self.writer.texts.get, self.writer
        reader = reader_for(language, zone, clock)
        lines: list[str] = []
        if timing_changed(before, after):
            lines.append(get(language, "meeting-news-retimed", name=after.name))
            lines.append(writer.rule_text(language, after))
            coming = next_occurrences(after, changes, now, 1)
            if coming:
                when = writer.when_text(language, coming[0].start, zone, reader)
                length = writer.span_text(language, after.duration_minutes)
                lines.append(get(language, "meeting-news-next", when=when, length=length))
            was = next_occurrences(before, changes, now, 1)
            if was and (not coming or was[0].start != coming[0].start):
                when = writer.when_text(language, was[0].start, zone, reader)
                lines.append(get(language, "meeting-news-was", was=when))
        if place_changed(before, after):
            place = ", ".join(part for part in (after.location, after.address) if part)
            if place:
                lines.append(get(language, "meeting-news-new-place", name=after.name, place=place))
            else:
                lines.append(get(language, "meeting-news-online-only", name=after.name))
        if before.conference_url != after.conference_url:
            url = after.conference_url
            if url:
                lines.append(get(language, "meeting-news-new-link", name=after.name, url=url))
            else:
                lines.append(get(language, "meeting-news-no-link", name=after.name))
        return "\n".join(lines)

    def change_text(
        self,
        meeting: Meeting,
        kind: str,
        language: str,
        zone: str,
        now: datetime,
        occurrence: Occurrence | None,
        last: date | None,
        was: datetime | None = None,
    ) -> str:
        """The news of a cancelled or moved occurrence, or of a series that ends.

        `was` is when the occurrence was to start before this change (default: its rule time).
        """
        texts, writer = self.writer.texts, self.writer
        if occurrence is None:
            when = writer.date_text(language, last, meeting.timezone) if last else ""
            return texts.get(language, "meeting-news-ended", name=meeting.name, last=when)
        change = occurrence.change
        assert change is not None
        if was is None:
            original = occurrence_on(meeting, [], change.original_date)
            was = original.start if original else now
        was_text = writer.when_text(language, was, zone)
        if kind == ChangeKind.CANCELLED.value:
            lines = [
                texts.get(language, "meeting-news-cancelled", name=meeting.name, when=was_text)
            ]
        else:
            now_when = writer.when_text(language, occurrence.start, zone)
            lines = [
                texts.get(
                    language, "meeting-news-moved", name=meeting.name, was=was_text, when=now_when
                )
            ]
        if change.reason:
            lines.append(texts.get(language, "meeting-change-reason", reason=change.reason))
        return "\n".join(lines)
