"""Read a Meeting Guide JSON feed (code4recovery spec) into meetings, and compare them.

- `group` is the recovery group holding the meeting ("Tuesday Night Step Group"): it is kept
  as `Meeting.recovery_group`. The Telegram group a meeting is listed in comes from `routes`
  (recovery group name -> chat id) or else `default_group`, never from the name alone.
- Only a missing name, day or time, or an unreadable time zone rejects an entry (and, for the
  bot's own safety, no Telegram group to list it in or a slug another entry holds); a rejected
  entry names every one of these problems it has, not only the first. A bad
  optional field is left out with a warning; the meeting is kept. So is a meeting with no place
  and no online link (intergroups list "email us for the link" in the notes): with a warning.
- `day` may be one day or a list of days; a list gives one meeting per day, each with the slug
  (and the source `id`) suffixed "-<day>", so they stay unique and stable.
- Without our extension a meeting repeats weekly from `today`; `x_peerbot_recurrence` and
  `x_peerbot_duration` (see `feed_export`) carry every-N-weeks, monthly and one-off rules.
  An exported series (`x_peerbot_series`: one entry per date) is read back as one meeting.
- "ONL" is left out of the types of a meeting with a conference link or phone: the link is
  what makes it online. An approximate address is kept, marked `approximate`.
- `conference_phone_notes` has no field of its own: it is added to the notes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from bot.meetings import feed_checks as check
from bot.meetings import feed_rules
from bot.meetings.feed_checks import FeedError
from bot.meetings.models import Frequency, Meeting, Recurrence

ONLINE_TYPE = "ONL"
NO_WAY_IN = "no place to go and no online link: members see only its notes"
EXTENSION_RECURRENCE = feed_rules.EXTENSION_RECURRENCE
EXTENSION_DURATION = "x_peerbot_duration"
EXTENSION_SERIES = "x_peerbot_series"  # the slug of the series an exported date belongs to
EXTENSION_NOTES = "x_peerbot_notes"  # a series' own notes, without the date line
EXTENSION_TYPES = "x_peerbot_types"  # every type code, the spec's and our own
_T = TypeVar("_T")


@dataclass(frozen=True)
class Rejected:
    """A problem with an entry: its position (0-based), name, why, and the kind of problem."""

    index: int
    name: str
    reason: str
    summary: str = ""  # the reason without the entry's own values, to count alike problems


@dataclass(frozen=True)
class FeedRead:
    """What a feed gave: the meetings read (id 0), the entries rejected, the fields left out."""

    meetings: list[Meeting]
    rejected: list[Rejected]
    warnings: list[Rejected] = field(default_factory=list)


def read_feed(
    entries: object,
    routes: Mapping[str, int],
    default_group: int | None,
    default_timezone: str,
    today: date,
) -> FeedRead:
    """Read a parsed feed; `routes` maps recovery group names to chat ids (case aside)."""
    if not isinstance(entries, list):
        reason = "the feed is not a list of meetings"
        return FeedRead([], [Rejected(-1, "", reason, reason)])
    known = {fold(name): chat for name, chat in routes.items()}
    found = FeedRead([], [], [])
    slugs: set[str] = set()
    series: set[str] = set()
    for index, entry in enumerate(entries):
        part_of = entry.get(EXTENSION_SERIES) if isinstance(entry, dict) else None
        if isinstance(part_of, str) and part_of in series:
            continue  # another date of an exported series already read
        try:
            meetings = _read_entry(
                _Entry(index, entry, found.warnings), known, default_group, default_timezone, today
            )
        except FeedError as error:
            found.rejected.append(Rejected(index, _name_of(entry), str(error), error.summary))
            continue
        if isinstance(part_of, str):
            series.add(part_of)
        _add_unique(found, index, meetings, slugs)
    return found


def fold(name: str) -> str:
    """Compare group names trimmed and without case."""
    return name.strip().casefold()


class _Entry:
    """One entry being read: its fields, and the warnings for fields left out."""

    def __init__(self, index: int, raw: object, warnings: list[Rejected]) -> None:
        """Keep the entry and where its warnings go."""
        if not isinstance(raw, dict):
            raise FeedError("entry is not an object")
        self.index, self.fields, self.warnings = index, raw, warnings
        self.problems: list[FeedError] = []
        self.name = self.hard(lambda: check.name(raw), "")
        if check.is_long_name(raw):
            self.warn(f"name is longer than {check.MAX_NAME} characters; it was cut")

    def hard(self, read: Callable[[], _T], fallback: _T) -> _T:
        """Read a field the entry cannot do without; a problem is kept to report them all."""
        try:
            return read()
        except FeedError as error:
            self.problems.append(error)
            return fallback

    def refuse_if_broken(self) -> None:
        """Reject the entry with every problem its fields had, not only the first."""
        if self.problems:
            raise FeedError(
                "; ".join(str(problem) for problem in self.problems),
                "; ".join(problem.summary for problem in self.problems),
            )

    def soft(self, read: Callable[[], _T], fallback: _T) -> _T:
        """Read an optional field; when it is bad, warn and use the fallback (often None)."""
        try:
            return read()
        except FeedError as error:
            self.warn(f"{error}; left out", f"{error.summary}; left out")
            return fallback

    def text(self, key: str) -> str | None:
        """An optional text field, left out with a warning when it is not fit."""
        return self.soft(lambda: check.text(self.fields, key), None)

    def warn(self, reason: str, summary: str | None = None) -> None:
        """Note a field left out or changed."""
        self.warnings.append(Rejected(self.index, self.name, reason, summary or reason))


def _add_unique(found: FeedRead, index: int, meetings: list[Meeting], slugs: set[str]) -> None:
    """Keep the meetings whose slug no earlier entry used; reject the others."""
    for meeting in meetings:
        if meeting.slug in slugs:
            reason = f"slug {check.shown(meeting.slug)} is already used by an earlier entry"
            summary = "the same slug as an earlier entry: each meeting needs its own"
            found.rejected.append(Rejected(index, meeting.name, reason, summary))
            continue
        slugs.add(meeting.slug)
        found.meetings.append(meeting)


def _name_of(entry: object) -> str:
    """The name of an entry for a rejection, or "" when it has none."""
    value = entry.get("name") if isinstance(entry, dict) else None
    return value.strip()[: check.MAX_NAME] if isinstance(value, str) else ""


def _route(recovery_group: str | None, known: Mapping[str, int], default: int | None) -> int:
    """The chat id the meeting is listed in: its recovery group's route, else the default."""
    if recovery_group is not None and fold(recovery_group) in known:
        return known[fold(recovery_group)]
    if default is not None:
        return default
    summary = "no Telegram group to list it in (give --group or --map)"
    if recovery_group is None:
        raise FeedError(summary, summary)
    raise FeedError(
        f"no Telegram group for recovery group {check.shown(recovery_group)}"
        " (give --group or --map)",
        summary,
    )


def _notes(entry: _Entry) -> str | None:
    """The notes, with conference_phone_notes added when they are not in them already."""
    own = entry.fields.get(EXTENSION_NOTES)
    if entry.fields.get(EXTENSION_SERIES) is not None:
        return own.strip() or None if isinstance(own, str) else None
    notes, phone_notes = entry.text("notes"), entry.text("conference_phone_notes")
    if phone_notes is None or (notes is not None and phone_notes in notes):
        return notes
    return phone_notes if notes is None else f"{notes}\n{phone_notes}"


def _types(entry: _Entry, online: bool) -> tuple[str, ...]:
    """The type codes (ours too, from x_peerbot_types), without "ONL" for online meetings."""
    codes: tuple[str, ...] = entry.soft(lambda: check.types(entry.fields), ())
    ours = entry.fields.get(EXTENSION_TYPES)
    if isinstance(ours, list):
        codes = check.types({"types": ours})
    return tuple(code for code in codes if code != ONLINE_TYPE) if online else codes


def _read_entry(
    entry: _Entry, known: Mapping[str, int], default_group: int | None, zone: str, today: date
) -> list[Meeting]:
    """Read one entry into its meetings (one per day of a day list); a rejection names every
    missing or unreadable field the entry cannot do without."""
    fields = entry.fields
    start_time = entry.hard(lambda: check.time_of_day("time", check.required(fields, "time")), None)
    extension = fields.get(EXTENSION_RECURRENCE)
    rule = entry.soft(lambda: feed_rules.recurrence(extension, 0, today), None)
    if rule is None:
        extension = None  # a bad rule is left out: the meeting is weekly
    once = rule is not None and rule.frequency is Frequency.ONCE
    days = None if once else entry.hard(lambda: check.days(fields.get("day")), None)
    timezone = entry.hard(lambda: check.timezone(fields, zone), "")
    recovery_group = entry.text("group")
    group_id = entry.hard(lambda: _route(recovery_group, known, default_group), 0)
    entry.refuse_if_broken()
    assert start_time is not None  # refuse_if_broken raised otherwise
    url = entry.soft(lambda: check.link(fields, "conference_url"), None)
    phone = _phone(entry)
    online = bool(url or phone)
    location, address = entry.text("location"), entry.soft(lambda: check.address(fields), None)
    approximate = entry.soft(lambda: check.is_approximate(fields, address, online), False)
    if not online and (approximate or not (location or address)):
        entry.warn(NO_WAY_IN)
    template = Meeting(
        id=0,
        group_id=group_id,
        slug=_slug(entry),
        name=entry.name,
        recurrence=rule if once and rule is not None else Recurrence(Frequency.ONCE, today),
        start_time=start_time,
        duration_minutes=entry.soft(
            lambda: feed_rules.duration(fields, start_time), feed_rules.DEFAULT_DURATION
        ),
        timezone=timezone,
        location=location,
        address=address,
        conference_url=url,
        conference_url_notes=entry.text("conference_url_notes"),
        conference_phone=phone,
        notes=_notes(entry),
        types=_types(entry, online),
        updated=entry.soft(lambda: check.updated(fields), None),
        recovery_group=recovery_group,
        approximate=approximate and bool(location or address),
        source_id=entry.text("id"),
    )
    return [template] if days is None else _per_day(template, days, extension, today)


def _phone(entry: _Entry) -> str | None:
    """The dial-in number; of one with letters (a lettered passcode), the part that dials."""
    try:
        return check.phone(entry.fields, "conference_phone")
    except FeedError as error:
        start = check.dialable_start(entry.fields.get("conference_phone"))
        if start is None:
            entry.warn(f"{error}; left out", f"{error.summary}; left out")
        else:
            entry.warn(
                f"{error}; {check.shown(start)} is kept",
                f"{error.summary}; the part that can be dialled is kept",
            )
        return start


def _slug(entry: _Entry) -> str:
    """The series' slug, the entry's slug, or (when it is not fit) one made from it."""
    series = entry.fields.get(EXTENSION_SERIES)
    if isinstance(series, str) and series.strip():
        return series.strip()
    try:
        return check.slug(entry.fields, entry.name)
    except FeedError as error:
        made = check.slug_of(str(entry.fields.get("slug") or entry.name))
        entry.warn(f"{error}; {check.shown(made)} is used", f"{error.summary}; one was made")
        return made


def _per_day(
    template: Meeting, days: tuple[list[int], bool], extension: object, today: date
) -> list[Meeting]:
    """Give the template its rule: one meeting per day of a day list."""
    weekdays, is_list = days
    if not is_list:
        rule = feed_rules.recurrence(extension, weekdays[0], today)
        return [replace(template, recurrence=rule)]
    source_id = template.source_id
    return [
        replace(
            template,
            slug=f"{template.slug}-{day}",
            source_id=f"{source_id}-{day}" if source_id else None,
            recurrence=feed_rules.recurrence(extension, day, today),
        )
        for day in weekdays
    ]
