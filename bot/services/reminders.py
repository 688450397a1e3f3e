"""Meeting reminders: planned per occurrence, sent when due, each at most once.

The plan (`reminder_slots`) holds one row per occurrence, offset and audience for the days
ahead; members who chose that offset are looked up only when the row falls due. So the work
done each minute follows what is due then, never the number of subscriptions. Sends are queued
in the outbox (scheduled priority) in the same transaction that marks the row done, with a key
per meeting, occurrence, offset and recipient, so a crash or a second run sends nothing twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.messages import OutgoingText
from bot.domain.models import Group
from bot.domain.sends import SendKind
from bot.i18n import Texts
from bot.meetings.models import Change, Meeting, Occurrence
from bot.meetings.recurrence import occurrence_on, occurrences
from bot.meetings.timing import quiet_end_after
from bot.services.meeting_texts import MeetingWriter
from bot.services.outbox_link import OutboxLink
from bot.storage.db import Database, Transaction
from bot.storage.groups import GroupRepository
from bot.storage.meetings import MeetingRepository
from bot.storage.outbox import enqueue_message
from bot.storage.reminders import Recipient, Slot, SlotRepository, SubscriptionRepository

log = logging.getLogger(__name__)

MEMBERS, GROUP = "members", "group"
REMINDER_PREFIX = "mr"
# A reminder handled this long after it was due says it is late.
LATE_AFTER = timedelta(minutes=2)
# Slots handled per transaction while catching up.
BATCH = 50


@dataclass(frozen=True)
class ReminderPolicy:
    """Which offsets exist, what the group chat gets by default, and how far ahead to plan."""

    choices: tuple[int, ...]
    group_post_minutes: int
    horizon: timedelta = timedelta(days=8)


@dataclass
class _Tick:
    """What one run over due reminders has loaded, so each meeting is read once."""

    now: datetime
    meetings: dict[int, Meeting | None] = field(default_factory=dict)
    changes: dict[int, list[Change]] = field(default_factory=dict)
    queued: int = 0
    # (occurrence, chat) pairs reminded in this run: after downtime, one reminder, not two.
    reminded: set[tuple[str, int]] = field(default_factory=set)


class ReminderService:
    """Plans reminders, sends the due ones, and keeps members' reminder choices."""

    def __init__(
        self,
        db: Database,
        meetings: MeetingRepository,
        subscriptions: SubscriptionRepository,
        slots: SlotRepository,
        groups: GroupRepository,
        writer: MeetingWriter,
        policy: ReminderPolicy,
        clock: Clock,
        outbox: OutboxLink,
    ) -> None:
        """Wire the repositories, the wording and the policy."""
        self.db = db
        self.meetings = meetings
        self.subscriptions = subscriptions
        self.slots = slots
        self.groups = groups
        self.writer = writer
        self.policy = policy
        self.clock = clock
        self.outbox = outbox

    @property
    def texts(self) -> Texts:
        """The bot's texts."""
        return self.writer.texts

    async def group_post_minutes(self, group_id: int) -> int:
        """Minutes before a meeting the group chat is reminded (0: never)."""
        return self.post_minutes_of(await self.groups.get(group_id))

    def post_minutes_of(self, group: Group | None) -> int:
        """A group's chat reminder in minutes: its own choice, else the setting (0: never)."""
        if group is None or group.bot_status == "unreachable":
            return 0
        chosen = group.meeting_post_minutes
        return self.policy.group_post_minutes if chosen is None else chosen

    async def slots_for(
        self,
        meeting: Meeting,
        changes: list[Change],
        now: datetime,
        member_offsets: set[int],
        post: int | None = None,
    ) -> list[Slot]:
        """Plan the reminders of a meeting's occurrences in the horizon that are still ahead.

        `post` is the group chat's reminder in minutes (default: as the group has it now).
        """
        audiences = [(MEMBERS, offset) for offset in sorted(member_offsets)]
        if post is None:
            post = await self.group_post_minutes(meeting.group_id)
        if post:
            audiences.append((GROUP, post))
        planned = []
        for occurrence in occurrences(meeting, changes, now, now + self.policy.horizon):
            for audience, offset in audiences:
                fire = occurrence.start - timedelta(minutes=offset)
                if fire >= now:
                    planned.append(
                        Slot(
                            meeting.id,
                            occurrence.original_date.isoformat(),
                            offset,
                            audience,
                            iso(occurrence.start),
                            iso(fire),
                        )
                    )
        return planned

    async def member_offsets(self) -> set[int]:
        """Every offset a member may have: the choices and any chosen under older settings."""
        return set(self.policy.choices) | await self.subscriptions.offsets_in_use()

    async def replan(
        self, tx: Transaction, meeting: Meeting, changes: list[Change], post: int | None = None
    ) -> None:
        """Re-plan one meeting's pending reminders after it changed (inside the caller's tx)."""
        now = self.clock()
        slots = await self.slots_for(meeting, changes, now, await self.member_offsets(), post)
        await self.slots.replace_future(tx, meeting.id, slots, iso(now))

    async def extend_plan(self) -> int:
        """Plan reminders of every meeting up to the horizon (at start, then hourly)."""
        now = self.clock()
        offsets = await self.member_offsets()
        changes = await self.meetings.all_changes()
        posts = {group.chat_id: self.post_minutes_of(group) for group in await self.groups.all()}
        planned: list[Slot] = []
        for meeting in await self.meetings.all():
            mine, post = changes.get(meeting.id, []), posts.get(meeting.group_id, 0)
            planned.extend(await self.slots_for(meeting, mine, now, offsets, post))
        async with self.db.transaction() as tx:
            await self.slots.add(tx, planned)
        await self.slots.prune(iso(now - timedelta(days=2)))
        return len(planned)

    async def run_due(self) -> int:
        """Queue every reminder that is due; return how many messages were queued."""
        tick = _Tick(self.clock())
        while True:
            due = await self.slots.due(iso(tick.now), limit=BATCH)
            if not due:
                break
            # Nearest first: after downtime, the reminder closest to the meeting is the one sent.
            due.sort(key=lambda slot: (slot.starts_at, slot.meeting_id, slot.offset_minutes))
            queued, reminded = tick.queued, set(tick.reminded)
            try:
                async with self.db.transaction() as tx:
                    for slot in due:
                        await self._handle(tx, tick, slot)
            except Exception:  # one broken slot must not hold up every reminder: one by one
                tick.queued, tick.reminded = queued, reminded  # the batch was rolled back
                await self._one_by_one(tick, due)
        if tick.queued:
            self.outbox.ready()
        return tick.queued

    async def _one_by_one(self, tick: _Tick, due: list[Slot]) -> None:
        """Handle slots each in its own transaction; a failing one is logged and set aside."""
        for slot in due:
            try:
                async with self.db.transaction() as tx:
                    await self._handle(tx, tick, slot)
            except Exception as error:
                log.error(
                    "reminder for meeting %d (%s) failed: %s",
                    slot.meeting_id,
                    slot.original_date,
                    type(error).__name__,
                )
                async with self.db.transaction() as tx:
                    await self.slots.mark_done(tx, slot, iso(tick.now))

    async def _handle(self, tx: Transaction, tick: _Tick, slot: Slot) -> None:
        """Queue one due slot's messages (or skip it) and mark it done, in one transaction."""
        await self.slots.mark_done(tx, slot, iso(tick.now))
        occurrence = await self._occurrence(tick, slot)
        if occurrence is None or occurrence.cancelled or occurrence.start <= tick.now:
            return
        if iso(occurrence.start) != slot.starts_at:
            return  # moved since it was planned: its new plan has its own reminders
        late = tick.now - datetime.fromisoformat(slot.fire_at.replace("Z", "+00:00")) > LATE_AFTER
        if slot.audience == GROUP:
            if (occurrence.key, occurrence.meeting.group_id) not in tick.reminded:
                tick.reminded.add((occurrence.key, occurrence.meeting.group_id))
                tick.queued += await self._to_group(tx, occurrence, slot, late, tick.now)
            return
        recipients = await self.subscriptions.recipients(
            slot.meeting_id, occurrence.meeting.group_id, slot.offset_minutes
        )
        for recipient in recipients:
            tick.queued += await self._to_member(tx, tick, occurrence, slot, recipient, late)

    async def _occurrence(self, tick: _Tick, slot: Slot) -> Occurrence | None:
        """The slot's occurrence as it stands now (meetings and changes read once per run)."""
        if slot.meeting_id not in tick.meetings:
            tick.meetings[slot.meeting_id] = await self.meetings.get(slot.meeting_id)
            found = await self.meetings.changes_of([slot.meeting_id])
            tick.changes[slot.meeting_id] = found.get(slot.meeting_id, [])
        meeting = tick.meetings[slot.meeting_id]
        if meeting is None:
            return None
        original = date.fromisoformat(slot.original_date)
        return occurrence_on(meeting, tick.changes[slot.meeting_id], original)

    async def _to_member(
        self,
        tx: Transaction,
        tick: _Tick,
        occurrence: Occurrence,
        slot: Slot,
        recipient: Recipient,
        late: bool,
    ) -> int:
        """Queue one member's reminder, held back past their quiet hours (dropped if too late)."""
        if (occurrence.key, recipient.user_id) in tick.reminded:
            return 0
        tick.reminded.add((occurrence.key, recipient.user_id))
        now = tick.now
        send_at = quiet_end_after(
            recipient.quiet_start, recipient.quiet_end, recipient.timezone, now
        )
        if send_at is not None and send_at >= occurrence.start:
            return 0
        # Written for the moment it goes out (a reminder held for quiet hours says "in 1 h").
        return await self._queue(
            tx, occurrence, slot, recipient.user_id, recipient.language, recipient.timezone,
            late, send_at or now, member=True, clock=recipient.clock,
        )  # fmt: skip

    async def _to_group(
        self, tx: Transaction, occurrence: Occurrence, slot: Slot, late: bool, now: datetime
    ) -> int:
        """Queue the group chat's reminder post, in the group's language and zone."""
        group = await self.groups.get(occurrence.meeting.group_id)
        if group is None:
            return 0
        return await self._queue(
            tx, occurrence, slot, group.chat_id, group.language, group.timezone, late, now
        )

    async def _queue(
        self,
        tx: Transaction,
        occurrence: Occurrence,
        slot: Slot,
        chat_id: int,
        language: str,
        zone: str,
        late: bool,
        send_at: datetime,
        member: bool = False,
        clock: str | None = None,
    ) -> int:
        """Queue one reminder (with its RSVP buttons) to a chat, not before `send_at`."""
        text = self.writer.reminder_text(occurrence, language, zone, send_at, late, clock)
        queued = await enqueue_message(
            tx,
            OutgoingText(text, self.writer.rsvp_keyboard(occurrence, language)),
            kind=SendKind.MEETING_REMINDER,
            dedup_key=reminder_key(occurrence, slot.offset_minutes, chat_id),
            chat_id=chat_id,
            user_id=chat_id if member else None,
            priority=Priority.SCHEDULED,
            now=iso(self.clock()),
            not_before=iso(send_at),
        )
        return int(queued)


def reminder_key(occurrence: Occurrence, offset: int, chat_id: int) -> str:
    """The outbox key of one reminder: meeting, date, start (a move is new), offset, chat."""
    start = occurrence.start.astimezone(UTC).strftime("%Y%m%dT%H%M")
    return f"{REMINDER_PREFIX}:{occurrence.key}:{start}:{offset}:{chat_id}"
