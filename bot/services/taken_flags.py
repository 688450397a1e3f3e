"""Taken flags (issue 24, "Facilitator care"): the soft cap on urgent alerts per person, the
admins' weekly note when someone reaches it, and re-paging a taken flag left open.

Used by the escalator (`bot/services/escalation.py`): its job re-pages, its circle asks who is
capped, and taking a flag (`FlagActions`) plans the first re-page.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.escalation import CAP_WINDOW, EscalationPolicy, cap_week
from bot.domain.flags import Flag, FlagState
from bot.domain.messages import OutgoingText
from bot.domain.sends import SendKind
from bot.services.alert_notices import Notice, NoticeWriter
from bot.services.alerts import AlertWriter
from bot.services.roles import RoleService
from bot.storage.db import Database, Transaction
from bot.storage.flags import (
    add_event,
    claim_cap_note,
    repages_since,
    set_escalation,
    taken_count_in,
    taken_counts,
)
from bot.storage.outbox import enqueue_message


class TakenFlags:
    """The soft cap and the re-pages of flags someone took and has not closed."""

    def __init__(
        self,
        *,
        db: Database,
        writer: AlertWriter,
        roles: RoleService,
        policy: EscalationPolicy,
        clock: Clock,
    ) -> None:
        """Use the database, the alert writer, roles, the escalation policy and a clock."""
        self.db = db
        self.writer = writer
        self.roles = roles
        self.policy = policy
        self.clock = clock

    async def capped(self, people: list[int]) -> frozenset[int]:
        """The people who took at least the soft cap of high or imminent flags lately."""
        cap = self.policy.soft_cap
        if cap <= 0 or not people:
            return frozenset()
        since = iso(self.clock() - CAP_WINDOW)
        counts = await taken_counts(self.db, people, since)
        return frozenset(person for person, count in counts.items() if count >= cap)

    async def taken(self, tx: Transaction, flag: Flag, state: FlagState, actor: int) -> None:
        """Someone took (or closed at once) a flag: plan its re-page, and tell the admins,
        once a week, when this person reached the soft cap."""
        now = self.clock()
        if state is FlagState.ACKNOWLEDGED and self.policy.repage > timedelta(0):
            due = now + self.policy.repage_wait(0) + timedelta(seconds=1)
            await set_escalation(tx, flag.id, flag.step, iso(due))
        cap = self.policy.soft_cap
        if cap <= 0 or flag.tier not in ("high", "imminent"):
            return
        count = await taken_count_in(tx, actor, iso(now - CAP_WINDOW))
        if count < cap or not await claim_cap_note(tx, actor, cap_week(now), iso(now)):
            return
        # With no other facilitator in their groups the cap changes nothing: the note says so.
        others = {
            person
            for group_id in await self.roles.facilitated_groups(actor)
            for person in await self.roles.facilitators_of(group_id)
            if person != actor
        }
        key = "breaks-cap-note" if others else "breaks-cap-note-alone"
        for admin in await self.roles.all_admin_ids():
            if admin == actor:
                continue
            reader = await self.writer.reader(admin)
            name = await self.writer.name_of(actor, reader.language)
            text = self.writer.texts.get(reader.language, key, name=name, count=count)
            await enqueue_message(
                tx,
                OutgoingText(text),
                kind=SendKind.CAP_NOTE,
                dedup_key=f"capnote:{actor}:{cap_week(now)}:{admin}",
                chat_id=admin,
                priority=Priority.INTERACTIVE,
                now=iso(now),
                user_id=actor,
            )

    async def repage(
        self,
        tx: Transaction,
        flag: Flag,
        now: datetime,
        staff: tuple[int, ...],
        admins: tuple[int, ...],
    ) -> None:
        """A taken flag still not closed: page its holder again; from the second time, the
        groups' other facilitators (`staff`, not on a break), else the `admins`, too. The
        event and the next time are written with the notices, in the same transaction; it
        never goes quiet."""
        holder = flag.acknowledged_by
        if holder is None or self.policy.repage <= timedelta(0):
            await set_escalation(tx, flag.id, flag.step, None)
            return
        stamp = iso(now)
        done = await repages_since(tx, flag.id, flag.acknowledged_at or "")
        others: list[int] = []
        if done >= 1:
            left_out = {holder, flag.member_id}
            others = [p for p in staff if p not in left_out]
            if not others:
                others = [p for p in admins if p not in left_out]
        await add_event(tx, flag.id, "repaged", stamp, holder, f"{done + 1}:{1 + len(others)}")
        due = now + self.policy.repage_wait(done + 1) + timedelta(seconds=1)
        await set_escalation(tx, flag.id, flag.step, iso(due))
        notices = NoticeWriter(self.writer)
        number = done + 1
        await notices.queue(tx, flag, [holder], Notice.REPAGED, stamp, actor=holder, round=number)
        if others:
            await notices.queue(
                tx, flag, others, Notice.REPAGED_OTHERS, stamp, actor=holder, round=number
            )
