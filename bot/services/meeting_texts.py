"""Meetings in words: when (in the reader's zone), where, how to join, and what changed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.domain.buttons.meetings import Coming, NotComing
from bot.domain.clock import Clock, system_clock
from bot.domain.messages import Button, Keyboard
from bot.formats.formatting import (
    Reader,
    date_text,
    guide_weekday,
    needs_year,
    reader_for,
    time_text,
    weekday_name,
)
from bot.i18n import Texts
from bot.meetings.models import Frequency, Meeting, Occurrence
from bot.meetings.timing import span, timing_of


def nth_id(nth: int) -> str:
    """The text id suffix of a week of the month: 1..4 or 'last'."""
    return "last" if nth < 0 else str(nth)


def guide_day(moment: date) -> int:
    """Return the Meeting Guide day number (0 = Sunday) of a date."""
    return (moment.weekday() + 1) % 7


class MeetingWriter:
    """Writes meetings for one reader: their language and their time zone."""

    def __init__(self, texts: Texts, clock: Clock = system_clock) -> None:
        """Use the bot's texts; the clock tells which dates are far enough away to need a year."""
        self.texts = texts
        self.clock = clock

    def date_text(self, language: str, moment: datetime | date, zone: str | None = None) -> str:
        """A short date people read at a glance: 'Tue, Nov 25', 'mar, 25 nov' (CLDR).

        The year is shown for a date in another year more than a month away."""
        reader = reader_for(language, zone)
        today = self.clock().astimezone(ZoneInfo(zone) if zone else UTC).date()
        day = moment.date() if isinstance(moment, datetime) else moment
        return date_text(reader, day, with_year=needs_year(day, today))

    def when_text(
        self, language: str, start: datetime, zone: str, reader: Reader | None = None
    ) -> str:
        """The date and time of a start in a zone, with the zone named: 'Tue 25 Nov, 19:00 (…)'."""
        local = start.astimezone(ZoneInfo(zone))
        who = reader or reader_for(language, zone)
        return self.texts.get(
            language,
            "meeting-when",
            date=self.date_text(language, local, zone),
            time=time_text(who, local),
            zone=zone,
        )

    def rule_text(self, language: str, meeting: Meeting) -> str:
        """How often a meeting happens, in words: 'Every 2 weeks on Monday'."""
        get = self.texts.get
        rule = meeting.recurrence
        if rule.frequency is Frequency.ONCE:
            return get(language, "mte-rule-once")
        day = weekday_name(Reader(language), guide_weekday(rule.weekday or 0))
        if rule.frequency is Frequency.MONTHLY:
            nth = get(language, f"mte-nth-word-{nth_id(rule.nth or 1)}")
            return get(language, "mte-rule-monthly", day=day, nth=nth)
        if rule.interval > 1:
            return get(language, "mte-rule-every", day=day, n=rule.interval)
        return get(language, "mte-rule-weekly", day=day)

    def span_text(self, language: str, minutes: int) -> str:
        """'2 h 5 min', '3 days 4 h': the two largest parts that are not zero."""
        days, hours, mins = span(minutes)
        parts = [
            self.texts.get(language, f"meeting-span-{unit}", n=value)
            for unit, value in (("days", days), ("hours", hours), ("minutes", mins))
            if value
        ]
        return " ".join(parts[:2]) or self.texts.get(language, "meeting-span-minutes", n=0)

    def describe(
        self,
        occurrence: Occurrence,
        language: str,
        zone: str,
        now: datetime,
        counts: dict[str, int] | None = None,
        clock: str | None = None,
    ) -> str:
        """The whole card of one occurrence: name, when, status, place, link, changes."""
        meeting = occurrence.meeting
        lines = [f"<b>{self.texts.get(language, 'meeting-name', name=meeting.name)}</b>"]
        reader = reader_for(language, zone, clock)
        lines.append(self._when_line(occurrence, reader, zone, now))
        if zone != meeting.timezone:
            local = occurrence.start.astimezone(ZoneInfo(meeting.timezone))
            lines.append(
                self.texts.get(
                    language,
                    "meeting-group-time",
                    time=time_text(reader, local),
                    zone=meeting.timezone,
                )
            )
        lines.extend(self._change_lines(occurrence, language, zone))
        lines.extend(self.where_lines(meeting, language))
        if counts:
            lines.append(
                self.texts.get(
                    language, "rsvp-counts", yes=counts.get("yes", 0), no=counts.get("no", 0)
                )
            )
        return "\n".join(lines)

    def where_lines(self, meeting: Meeting, language: str) -> list[str]:
        """Where to go and how to join: place (or area), link and notes, phone, notes, group."""
        lines = []
        place = ", ".join(part for part in (meeting.location, meeting.address) if part)
        if place and meeting.approximate:
            lines.append(self.texts.get(language, "meeting-area", area=meeting.address or place))
        elif place:
            lines.append(self.texts.get(language, "meeting-place", place=place))
        if meeting.conference_url:
            lines.append(self.texts.get(language, "meeting-online", url=meeting.conference_url))
        if meeting.conference_url_notes:
            lines.append(
                self.texts.get(language, "meeting-online-notes", notes=meeting.conference_url_notes)
            )
        if meeting.conference_phone:
            lines.append(self.texts.get(language, "meeting-phone", phone=meeting.conference_phone))
        if meeting.notes:
            lines.append(self.texts.get(language, "meeting-notes", notes=meeting.notes))
        if meeting.recovery_group:
            group = meeting.recovery_group
            lines.append(self.texts.get(language, "meeting-recovery-group", group=group))
        return lines

    def _when_line(self, occurrence: Occurrence, reader: Reader, zone: str, now: datetime) -> str:
        """When, in the reader's zone, and how far away (or 'in progress', or 'cancelled')."""
        language = reader.language
        when = self.when_text(language, occurrence.start, zone, reader)
        if occurrence.cancelled:
            return self.texts.get(language, "meeting-when-cancelled", when=when)
        timing = timing_of(occurrence, now)
        if timing.in_progress:
            return self.texts.get(
                language, "meeting-in-progress", when=when, minutes=timing.minutes
            )
        return self.texts.get(
            language, "meeting-starts-in", when=when, span=self.span_text(language, timing.minutes)
        )

    def _change_lines(self, occurrence: Occurrence, language: str, zone: str) -> list[str]:
        """Say why an occurrence was cancelled, or from when it was moved."""
        change = occurrence.change
        if change is None:
            return []
        lines = []
        if occurrence.moved:
            was = self.date_text(language, change.original_date, zone)
            lines.append(self.texts.get(language, "meeting-moved-from", was=was))
        if change.reason:
            lines.append(self.texts.get(language, "meeting-change-reason", reason=change.reason))
        return lines

    def reminder_text(
        self,
        occurrence: Occurrence,
        language: str,
        zone: str,
        now: datetime,
        late: bool,
        clock: str | None = None,
    ) -> str:
        """The reminder: a heading, the meeting's card, and a word when it comes late."""
        lines = [self.texts.get(language, "reminder-heading")]
        lines.append(self.describe(occurrence, language, zone, now, clock=clock))
        if late:
            lines.append(self.texts.get(language, "reminder-late"))
        return "\n".join(lines)

    def rsvp_keyboard(self, occurrence: Occurrence, language: str) -> Keyboard:
        """The "I'll be there" / "Can't make it" buttons for one occurrence."""
        meeting_id, on = occurrence.meeting.id, occurrence.original_date
        row = [
            Button.of_html(self.texts.get(language, "rsvp-yes"), Coming(meeting_id, on).pack()),
            Button.of_html(self.texts.get(language, "rsvp-no"), NotComing(meeting_id, on).pack()),
        ]
        return Keyboard.of([row])
