"""What a feed sync changes, and its report for a volunteer (pure: no database, no network).

A feed's meetings are found again by the feed's `id` (when it gives one), else by slug. A
meeting that is in the bot but gone from the feed is only reported by default: ending it tells
its members, so it is done only when asked (`--end-missing`), and nothing is ever deleted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from bot.meetings.feed import ONLINE_TYPE, FeedRead, Rejected
from bot.meetings.models import Frequency, Meeting, Recurrence

EXAMPLES = 3  # entries named under each kind of problem
LISTED = 20  # meetings named as added, changed or gone
_EPOCH = date(2000, 1, 2)  # a Sunday: every-N-weeks phases are counted from it


@dataclass
class SyncPlan:
    """Incoming meetings sorted against stored ones; changed ones carry the stored id."""

    added: list[Meeting] = field(default_factory=list)
    changed: list[Meeting] = field(default_factory=list)
    unchanged: list[Meeting] = field(default_factory=list)
    gone: list[Meeting] = field(default_factory=list)  # stored from this source, not in it now
    conflicts: list[Rejected] = field(default_factory=list)


def plan_sync(
    stored: Iterable[Meeting],
    incoming: Iterable[Meeting],
    source: str,
    today: date,
    made_in_bot: Set[int] = frozenset(),
) -> SyncPlan:
    """Sort incoming meetings (from `source`) into added, changed, unchanged; find the gone.

    A stored meeting without a source is taken over by slug (an import of an older version)
    unless its id is in `made_in_bot`, the meetings no feed may take over (see
    `MeetingRepository.kept_from_feeds`): a facilitator's meeting is never overwritten.
    """
    everything = list(stored)
    by_slug = {meeting.slug: meeting for meeting in everything}
    mine = [meeting for meeting in everything if meeting.source == source]
    by_id = {meeting.source_id: meeting for meeting in mine if meeting.source_id}
    plan, seen = SyncPlan(), set()
    for index, meeting in enumerate(incoming):
        known = by_id.get(meeting.source_id or "") or by_slug.get(meeting.slug)
        holder = by_slug.get(meeting.slug)
        if _taken(holder, known, source, made_in_bot):
            plan.conflicts.append(_conflict(index, meeting, holder or known))
        elif known is None:
            plan.added.append(meeting)
        else:
            seen.add(known.id)
            target = plan.unchanged if same_meeting(known, meeting) else plan.changed
            target.append(_kept_start(known, replace(meeting, id=known.id)))
    plan.gone = [m for m in mine if m.id not in seen and not _ended(m, today)]
    return plan


def compare(
    existing: Mapping[str, Meeting], incoming: Iterable[Meeting]
) -> tuple[list[Meeting], list[Meeting], list[Meeting]]:
    """Sort incoming meetings by slug into (added, changed, unchanged) against existing ones.

    Ids, `updated` and where it came from do not count, nor does the start date of a rule
    except where it tells the dates: a one-off event's date, and an every-N-weeks phase.
    """
    added: list[Meeting] = []
    changed: list[Meeting] = []
    unchanged: list[Meeting] = []
    for meeting in incoming:
        known = existing.get(meeting.slug)
        if known is None:
            added.append(meeting)
        elif same_meeting(known, meeting):
            unchanged.append(meeting)
        else:
            changed.append(meeting)
    return added, changed, unchanged


def same_meeting(one: Meeting, other: Meeting) -> bool:
    """Whether two meetings are the same for a member (see `compare`)."""
    return _comparable(one) == _comparable(other)


def _kept_start(known: Meeting, meeting: Meeting) -> Meeting:
    """A weekly meeting keeps the start date it has, so its past dates (and answers) stay."""
    rule, before = meeting.recurrence, known.recurrence.start_date
    if rule.frequency is not Frequency.WEEKLY or rule.interval != 1 or before >= rule.start_date:
        return meeting
    return replace(meeting, recurrence=replace(rule, start_date=before))


def _taken(
    holder: Meeting | None, known: Meeting | None, source: str, made_in_bot: Set[int]
) -> bool:
    """Whether the slug or the match belongs to another meeting, feed, or a facilitator."""
    if holder is not None and holder is not known:
        return True  # found by id, but its new slug is another meeting's
    if known is None:
        return False
    return known.source not in (None, source) or (known.source is None and known.id in made_in_bot)


def _conflict(index: int, meeting: Meeting, holder: Meeting | None) -> Rejected:
    """The problem of a slug held by a meeting made in the bot or from another feed."""
    where = (
        "from another feed"
        if holder is not None and holder.source
        else "made in the bot (or imported before feeds were remembered: --adopt takes it over)"
    )
    summary = f"its slug is already used by a meeting {where}"
    return Rejected(index, meeting.name, f"slug {meeting.slug!r}: {summary}", summary)


def _ended(meeting: Meeting, today: date) -> bool:
    """Whether the meeting's series ended before today."""
    until = meeting.recurrence.until
    return until is not None and until < today


def report_lines(source: str, count: int, read: FeedRead, plan: SyncPlan) -> list[str]:
    """The report: totals, then each kind of problem with how many and a few examples."""
    lines = [
        f"Feed {source}: {count} entries, {len(read.meetings)} meetings read.",
        f"  {len(plan.added)} new, {len(plan.changed)} changed, {len(plan.unchanged)} unchanged,"
        f" {len(plan.gone)} no longer in the feed.",
    ]
    lines.extend(_listed("+", plan.added, ""))
    lines.extend(_listed("~", plan.changed, ""))
    lines.extend(_listed("-", plan.gone, " (no longer in the feed)"))
    rejected = [*read.rejected, *plan.conflicts]
    lines.extend(_grouped("Not imported", rejected))
    lines.extend(_grouped("Imported, with a field left out or changed", read.warnings))
    return lines


def _listed(mark: str, meetings: list[Meeting], note: str) -> list[str]:
    """Up to LISTED meetings, one a line, then how many more."""
    lines = [f"  {mark} {m.slug}: {m.name}{note}" for m in meetings[:LISTED]]
    if len(meetings) > LISTED:
        lines.append(f"  {mark} ... and {len(meetings) - LISTED} more")
    return lines


def _grouped(title: str, problems: list[Rejected]) -> list[str]:
    """Problems counted by kind, most common first, each with a few entries named."""
    if not problems:
        return []
    kinds = Counter(problem.summary or problem.reason for problem in problems)
    lines = [f"{title}: {len(problems)}"]
    for summary, number in kinds.most_common():
        lines.append(f"  {number} × {summary}")
        examples = [p for p in problems if (p.summary or p.reason) == summary][:EXAMPLES]
        for problem in examples:
            where = f"entry {problem.index + 1}" if problem.index >= 0 else "the feed"
            name = f" ({problem.name})" if problem.name else ""
            lines.append(f"      {where}{name}: {problem.reason}")
    return lines


def _comparable(meeting: Meeting) -> Meeting:
    """The meeting with what does not count for compare() made equal."""
    online = bool(meeting.conference_url or meeting.conference_phone)
    types = tuple(code for code in meeting.types if not (online and code == ONLINE_TYPE))
    rule = replace(meeting.recurrence, start_date=_anchor(meeting.recurrence))
    return replace(
        meeting, id=0, updated=None, types=types, recurrence=rule, source=None, source_id=None
    )


def _anchor(rule: Recurrence) -> date:
    """The part of the start date that tells the dates: all of it, the week phase, or none."""
    if rule.frequency is Frequency.ONCE:
        return rule.start_date
    if rule.frequency is Frequency.WEEKLY and rule.interval > 1:
        weeks = (rule.start_date - _EPOCH).days // 7  # weeks counted from Sunday
        if (rule.start_date.weekday() + 1) % 7 > (rule.weekday or 0):
            weeks += 1  # the first meeting is in the next week
        return _EPOCH + timedelta(weeks=weeks % rule.interval)
    return _EPOCH
