"""Breaks' logic: who may take one, refusing one that leaves a group with nobody, handing over
held flags, telling who covers (in the break's own transaction), ending breaks on time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.breaks.model import Break, BreakChoice, break_end, cover_problem
from bot.breaks.storage import BreakRepository, away_in, end_break, start_break
from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso, parse_iso
from bot.domain.messages import OutgoingText
from bot.domain.sends import SendKind
from bot.formats.formatting import date_text, reader_for, stamp_text
from bot.services.alerts import AlertWriter
from bot.services.flag_records import FlagRecords
from bot.services.groups import GroupService
from bot.services.members import MemberService
from bot.services.oncall import OnCallService
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.db import Database, Transaction
from bot.storage.outbox import enqueue_message

if TYPE_CHECKING:
    from bot.services.container import Services

BREAK_KEY = "break"
# Groups the bot was removed from: nobody there to cover.
GONE = ("left", "kicked")


@dataclass(frozen=True)
class Started:
    """The answer to a break asked for: the text id of a problem (with the groups it names),
    or the break itself and how many flags were handed over."""

    problem: str | None = None
    groups: tuple[str, ...] = ()
    taken: Break | None = None
    handed_over: int = 0


class BreakService:
    """Starts, ends and reports facilitators' breaks."""

    def __init__(
        self,
        *,
        db: Database,
        repo: BreakRepository,
        roles: RoleService,
        groups: GroupService,
        oncall: OnCallService,
        records: FlagRecords,
        writer: AlertWriter,
        clock: Clock,
        outbox: OutboxLink,
        members: MemberService,
    ) -> None:
        """Use the storage, roles, groups, on call, flag records, the alert writer, a clock,
        the outbox and the members (who can be reached)."""
        self.db = db
        self.repo = repo
        self.roles = roles
        self.groups = groups
        self.oncall = oncall
        self.records = records
        self.writer = writer
        self.clock = clock
        self.outbox = outbox
        self.members = members

    async def current(self, user_id: int) -> Break | None:
        """The person's running break, if any."""
        return await self.repo.current(user_id, iso(self.clock()))

    async def may_take(self, user_id: int) -> bool:
        """Whether the person facilitates a group (a break is a facilitator's)."""
        return bool(await self.roles.facilitated_groups(user_id))

    async def start(self, user_id: int, choice: BreakChoice) -> Started:
        """Start a break now, unless it would leave a group with nobody to alert."""
        group_ids = await self.roles.facilitated_groups(user_id)
        if not group_ids:
            return Started("breaks-not-facilitator")
        now = self.clock()
        reader = await self.writer.reader(user_id)
        end = break_end(choice, now, reader.timezone)
        if end is None:
            return Started("breaks-bad-date")
        stamp = iso(now)
        async with self.db.transaction(durable=True) as tx:
            # Who is away is read in the transaction (one writer at a time), so two breaks
            # asked at once cannot both count on each other as cover.
            away = await away_in(tx, stamp) | {user_id}
            cover, admins = await self._cover(user_id, group_ids, away)
            missing = cover_problem(cover, admins)
            if missing:
                titles = [await self._title(group_id) for group_id in missing]
                # An admin asking can add a facilitator themselves.
                admin = await self.roles.is_admin(user_id)
                problem = "breaks-nobody-left-admin" if admin else "breaks-nobody-left"
                return Started(problem, tuple(titles))
            break_id = await start_break(tx, user_id, iso(end), stamp)
            handed = await self.records.hand_over(tx, user_id, now)
            for group_id in group_ids:
                people = [*cover[group_id], *admins]
                await self._tell(tx, user_id, group_id, people, "started", end, away)
        self.outbox.ready()
        return Started(taken=Break(break_id, user_id, stamp, iso(end)), handed_over=handed)

    async def end(self, user_id: int, break_id: int) -> bool:
        """ "I'm back": end the person's own break now; False when it is not running."""
        running = await self.current(user_id)
        if running is None or running.id != break_id:
            return False
        return await self._finish(running, user_id, tell_self=False)

    async def end_due(self) -> int:
        """End the breaks whose end has come, telling the person and the others; how many."""
        ended = 0
        for due in await self.repo.due(iso(self.clock())):
            ended += await self._finish(due, None, tell_self=True)
        if ended:
            self.outbox.ready()
        return ended

    async def _finish(self, running: Break, actor: int | None, tell_self: bool) -> bool:
        """End one break: the group's other facilitators and the admins hear the person is
        back (and the person, when it ended by itself)."""
        now = self.clock()
        user_id = running.user_id
        away = await self.oncall.away()
        async with self.db.transaction(durable=True) as tx:
            if not await end_break(tx, running.id, actor, iso(now)):
                return False
            admins = [a for a in await self.roles.all_admin_ids() if a not in away]
            for group_id in await self.roles.facilitated_groups(user_id):
                others = [p for p in await self.roles.facilitators_of(group_id) if p not in away]
                await self._tell(tx, user_id, group_id, [*others, *admins], "ended", now, away)
            if tell_self:
                reader = await self.writer.reader(user_id)
                text = self.writer.texts.get(reader.language, "breaks-ended-self")
                key = f"{BREAK_KEY}:{running.id}:ended:{user_id}"
                await _queue(tx, OutgoingText(text), key, user_id, user_id, iso(now))
        self.outbox.ready()
        return True

    async def _tell(
        self,
        tx: Transaction,
        user_id: int,
        group_id: int,
        people: list[int],
        what: str,
        until: datetime,
        away: frozenset[int],
    ) -> None:
        """Tell each of `people` (never the person on a break) that the break started or
        ended, and who covers the group now: the one on call, or all facilitators."""
        duty = await self.oncall.duty(group_id, away if what == "started" else None)
        on_call = duty.duty.user_id if duty is not None else None
        # With no facilitator left in the group, the admins get its alerts.
        cover_key = "breaks-cover-all"
        if duty is not None and not [p for p in duty.available if p != user_id]:
            cover_key = "breaks-cover-admins"
        title = await self._title(group_id)
        for person in dict.fromkeys(people):
            if person == user_id:
                continue
            reader = await self.writer.reader(person)
            texts, language = self.writer.texts, reader.language
            name = await self.writer.name_of(user_id, language)
            if on_call is not None:
                covering = await self.writer.name_of(on_call, language)
                cover = texts.get(language, "breaks-cover-oncall", name=covering)
            else:
                cover = texts.get(language, cover_key)
            text = texts.get(
                language,
                f"breaks-{what}-staff",
                name=name,
                group=title,
                until=until_text(language, reader.timezone, until),
                cover=cover,
            )
            key = f"{BREAK_KEY}:{user_id}:{what}:{group_id}:{person}:{iso(self.clock())}"
            await _queue(tx, OutgoingText(text), key, person, user_id, iso(self.clock()))

    async def _cover(
        self, user_id: int, group_ids: list[int], away: frozenset[int]
    ) -> tuple[dict[int, list[int]], list[int]]:
        """Who would cover each group (its facilitators, or for an admin every group) and the
        admins, leaving out people away and people the bot knows it cannot reach."""
        covered = list(group_ids)
        if await self.roles.is_admin(user_id):
            # An admin covers every group: one that relies on them must keep someone too.
            covered += [g.chat_id for g in await self.groups.all() if g.bot_status not in GONE]
        # Cover the bot knows it cannot write to (a send failed: blocked it) is no cover.
        cover = {
            group_id: [
                p
                for p in await self.roles.facilitators_of(group_id)
                if p not in away and await self._reachable(p)
            ]
            for group_id in dict.fromkeys(covered)
        }
        admins = [
            admin
            for admin in await self.roles.all_admin_ids()
            if admin not in away and await self._reachable(admin)
        ]
        return cover, admins

    async def _reachable(self, user_id: int) -> bool:
        """Whether the bot may write to the person: no send to them failed since they last
        wrote (someone it has no record of is not known to be out of reach)."""
        member = await self.members.get(user_id)
        return member is None or member.unreachable_at is None

    async def _title(self, group_id: int) -> str:
        """A group's title (its id when the bot no longer knows it)."""
        group = await self.groups.get(group_id)
        return group.title if group is not None else str(group_id)

    async def until(self, user_id: int, taken: Break) -> str:
        """When a break ends, as its person reads it."""
        reader = await self.writer.reader(user_id)
        return until_text(reader.language, reader.timezone, parse_iso(taken.ends_at))

    async def export(self, user_id: int) -> list[dict[str, Any]] | None:
        """/mydata: the person's breaks."""
        found = await self.repo.of(user_id)
        rows = [{"from": b.starts_at, "until": b.ends_at, "ended_at": b.ended_at} for b in found]
        return rows or None


def until_text(language: str, timezone: str, until: datetime) -> str:
    """When a break ends, in the reader's zone: a date when it ends at midnight (the whole
    day before), else a date and time."""
    local = until.astimezone(ZoneInfo(timezone))
    reader = reader_for(language, timezone)
    if local.hour == 0 and local.minute == 0:
        return date_text(reader, local - timedelta(minutes=1))
    return stamp_text(reader, local)


async def _queue(
    tx: Transaction, message: OutgoingText, key: str, chat_id: int, about: int, now: str
) -> None:
    """Queue a notifying message about a break (it names the person on it)."""
    await enqueue_message(
        tx,
        message,
        kind=SendKind.BREAK_NOTICE,
        dedup_key=key,
        chat_id=chat_id,
        priority=Priority.INTERACTIVE,
        now=now,
        user_id=about,
    )


def break_service(services: Services) -> BreakService:
    """The feature's service over the shared storage and services."""
    return BreakService(
        db=services.db,
        repo=BreakRepository(services.db),
        roles=services.roles,
        groups=services.groups,
        oncall=services.oncall,
        records=services.flag_records,
        writer=services.alert_writer,
        clock=services.clock,
        outbox=services.outbox_link,
        members=services.members,
    )
