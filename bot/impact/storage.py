"""What the programme report is computed from (read-only SQL): every group's records at once."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from bot.domain.clock import parse_iso
from bot.feedback.model import iso_week
from bot.impact.records import FlagSeen, GroupData, Joined, Occurrence
from bot.stats.models import Period
from bot.storage.db import Database

# An occurrence that was not cancelled.
_HELD = (
    "NOT EXISTS (SELECT 1 FROM meeting_changes c WHERE c.meeting_id = r.meeting_id"
    " AND c.original_date = r.original_date AND c.kind = 'cancelled')"
)
# The kinds of flag event by which a person took a flag (acknowledged it, or closed it).
HUMAN_EVENTS = ("acknowledged", "resolved", "false_alarm")


def _bounds(period: Period) -> tuple[str, str]:
    """The period as timestamps: its first moment and the first moment after it."""
    after = period.end + timedelta(days=1)
    return f"{period.start.isoformat()}T00:00:00Z", f"{after.isoformat()}T00:00:00Z"


class ImpactRepository:
    """Reads the records of every group for one period, in a few queries."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def groups(self) -> list[tuple[int, str]]:
        """Every registered group: (chat id, title), by title."""
        rows = await self.db.fetch_all(
            "SELECT chat_id, title FROM groups ORDER BY title COLLATE NOCASE, chat_id"
        )
        return [(int(row[0]), str(row[1])) for row in rows]

    async def data(self, groups: list[tuple[int, str]], period: Period) -> list[GroupData]:
        """Each group's records over the period, in the order given."""
        members = await self.members(period)
        attendance, occurrences = await self.attendance(period)
        feedback = await self.feedback(period)
        wellbeing = await self.wellbeing(period)
        flags = await self.flags(period)
        facilitators = await self.facilitators()
        alerts = await self.alerts(period)
        return [
            GroupData(
                chat_id=chat_id,
                title=title,
                members=tuple(members.get(chat_id, ())),
                attendance=attendance.get(chat_id, {}),
                occurrences=occurrences.get(chat_id, 0),
                feedback=tuple(feedback.get(chat_id, ())),
                wellbeing=tuple(wellbeing.get(chat_id, ())),
                flags=tuple(flags.get(chat_id, ())),
                facilitators=frozenset(facilitators.get(chat_id, ())),
                alerts=frozenset(alerts.get(chat_id, ())),
            )
            for chat_id, title in groups
        ]

    async def members(self, period: Period) -> dict[int, list[Joined]]:
        """Members who joined a group by the period's end, with their last active day up to it."""
        _, after = _bounds(period)
        rows = await self.db.fetch_all(
            "SELECT gm.chat_id, gm.user_id, gm.joined_at, (SELECT MAX(a.day) FROM member_activity"
            " a WHERE a.user_id = gm.user_id AND a.day <= ?) FROM group_members gm"
            " WHERE gm.joined_at < ?",
            (period.end.isoformat(), after),
        )
        found: dict[int, list[Joined]] = defaultdict(list)
        for chat_id, user_id, joined_at, last in rows:
            active = date.fromisoformat(last) if last else None
            # Stored as iso() writes it ("2026-03-05T09:00:00Z"): its UTC day is its first part.
            found[chat_id].append(Joined(user_id, date.fromisoformat(joined_at[:10]), active))
        return found

    async def attendance(self, period: Period) -> tuple[dict[int, dict[int, int]], dict[int, int]]:
        """Per group: each member's "yes" answers to occurrences in the period, and how many
        occurrences had one."""
        first, last = period.start.isoformat(), period.end.isoformat()
        rows = await self.db.fetch_all(
            "SELECT m.group_id, r.user_id, COUNT(*) FROM meeting_rsvps r"
            " JOIN meetings m ON m.id = r.meeting_id WHERE r.answer = 'yes'"
            f" AND r.original_date BETWEEN ? AND ? AND {_HELD} GROUP BY m.group_id, r.user_id",
            (first, last),
        )
        yes: dict[int, dict[int, int]] = defaultdict(dict)
        for group_id, user_id, count in rows:
            yes[group_id][user_id] = count
        held = await self.db.fetch_all(
            "SELECT m.group_id, COUNT(DISTINCT r.meeting_id || '/' || r.original_date)"
            " FROM meeting_rsvps r JOIN meetings m ON m.id = r.meeting_id"
            f" WHERE r.answer = 'yes' AND r.original_date BETWEEN ? AND ? AND {_HELD}"
            " GROUP BY m.group_id",
            (first, last),
        )
        return yes, {int(row[0]): int(row[1]) for row in held}

    async def feedback(self, period: Period) -> dict[int, list[Occurrence]]:
        """Per group: the answers of each occurrence (meeting, week) in the period's weeks."""
        rows = await self.db.fetch_all(
            "SELECT m.group_id, a.meeting_id, a.week, COUNT(*), SUM(a.felt_safe),"
            " SUM(a.felt_heard) FROM feedback_answers a JOIN meetings m ON m.id = a.meeting_id"
            " WHERE a.week BETWEEN ? AND ? GROUP BY a.meeting_id, a.week",
            (iso_week(period.start), iso_week(period.end)),
        )
        found: dict[int, list[Occurrence]] = defaultdict(list)
        for group_id, meeting_id, week, count, safe, heard in rows:
            found[group_id].append(Occurrence(meeting_id, week, count, safe, heard))
        return found

    async def wellbeing(self, period: Period) -> dict[int, list[tuple[int, int, int, int]]]:
        """Per group: (member, wave, first total, wave total) for later waves answered in the
        period."""
        start, after = _bounds(period)
        rows = await self.db.fetch_all(
            "SELECT g.chat_id, g.user_id, l.wave,"
            " f.interest + f.down + f.nervous + f.worrying,"
            " l.interest + l.down + l.nervous + l.worrying"
            " FROM wellbeing_answers l JOIN wellbeing_answers f ON f.user_id = l.user_id"
            " AND f.wave = 0 JOIN group_members g ON g.user_id = l.user_id"
            " WHERE l.wave > 0 AND l.answered_at >= ? AND l.answered_at < ?",
            (start, after),
        )
        found: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
        for chat_id, user_id, wave, first, later in rows:
            found[chat_id].append((user_id, wave, first, later))
        return found

    async def flags(self, period: Period) -> dict[int, list[FlagSeen]]:
        """Per group: the flags raised in the period, whose, and when a person first took them."""
        start, after = _bounds(period)
        marks = ", ".join("?" for _ in HUMAN_EVENTS)
        rows = await self.db.fetch_all(
            "SELECT fg.group_id, f.id, f.member_id, f.raised_at, coalesce((SELECT MIN(e.at)"
            f" FROM flag_events e WHERE e.flag_id = f.id AND e.kind IN ({marks})"
            " AND e.actor_id IS NOT NULL), f.acknowledged_at) FROM flags f"
            " JOIN flag_groups fg ON fg.flag_id = f.id WHERE f.raised_at >= ? AND f.raised_at < ?",
            (*HUMAN_EVENTS, start, after),
        )
        found: dict[int, list[FlagSeen]] = defaultdict(list)
        for group_id, flag_id, member_id, raised, taken in rows:
            first = parse_iso(taken) if taken else None
            found[group_id].append(FlagSeen(flag_id, member_id, parse_iso(raised), first))
        return found

    async def facilitators(self) -> dict[int, set[int]]:
        """Per group: its facilitators now."""
        rows = await self.db.fetch_all("SELECT chat_id, user_id FROM facilitators")
        found: dict[int, set[int]] = defaultdict(set)
        for chat_id, user_id in rows:
            found[chat_id].add(user_id)
        return found

    async def alerts(self, period: Period) -> dict[int, set[tuple[int, int]]]:
        """Per group: (facilitator, flag) for each flag raised in the period that one of the
        group's facilitators was alerted to."""
        start, after = _bounds(period)
        rows = await self.db.fetch_all(
            "SELECT DISTINCT fg.group_id, a.recipient_id, a.flag_id FROM flag_alerts a"
            " JOIN flags f ON f.id = a.flag_id JOIN flag_groups fg ON fg.flag_id = a.flag_id"
            " JOIN facilitators fc ON fc.chat_id = fg.group_id AND fc.user_id = a.recipient_id"
            " WHERE f.raised_at >= ? AND f.raised_at < ?",
            (start, after),
        )
        found: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for group_id, recipient, flag_id in rows:
            found[group_id].add((recipient, flag_id))
        return found
