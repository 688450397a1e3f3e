"""Debriefs after hard moments: the offer, the request to listen, the next day's question.

No member data ever passes: requests name the asking facilitator only, and the next day's
answer is kept nowhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from enum import StrEnum

from bot.care.model import (
    DEBRIEF_KEEP,
    Choice,
    ContactOf,
    DebriefChoice,
    Feeling,
    HowAreYou,
    checkin_time,
    is_hard,
)
from bot.care.storage import (
    Debrief,
    DebriefRepository,
    Reachable,
    SupervisorRepository,
    flag_group,
    reachable,
    request_key,
)
from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.flags import Flag
from bot.domain.messages import Button, Keyboard, OutgoingText
from bot.domain.sends import SendKind
from bot.i18n import Texts
from bot.meetings.timing import quiet_end_after
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.db import Database, Transaction
from bot.storage.outbox import enqueue_message


async def nobody_away() -> frozenset[int]:
    """Without the breaks' wiring: nobody is on a break."""
    return frozenset()


class Asked(StrEnum):
    """What became of a facilitator's request to talk it through."""

    SENT = "sent"
    ALREADY = "already"
    NOBODY = "nobody"
    LATER = "later"
    GONE = "gone"


class DebriefService:
    """Offers debriefs, passes requests on, asks the next day."""

    def __init__(
        self,
        *,
        db: Database,
        debriefs: DebriefRepository,
        supervisors: SupervisorRepository,
        roles: RoleService,
        may_see_load: Callable[[int], Awaitable[bool]],
        texts: Texts,
        clock: Clock,
        outbox: OutboxLink,
        away: Callable[[], Awaitable[frozenset[int]]] | None = None,
    ) -> None:
        """Use the storage, the roles, who may see the load, the texts, clock, outbox and who
        is on a break (`away`: never asked to listen)."""
        self.db = db
        self.debriefs = debriefs
        self.supervisors = supervisors
        self.roles = roles
        self.may_see_load = may_see_load
        self.texts = texts
        self.clock = clock
        self.outbox = outbox
        self.away = away or nobody_away

    async def offer_debrief(self, tx: Transaction, flag: Flag, actor_id: int, now: str) -> None:
        """A hard flag was resolved (in this transaction): offer its resolver a debrief."""
        if not is_hard(flag.tier) or actor_id == flag.member_id:
            return
        person = await reachable(tx, actor_id)
        if person is None:
            return
        moment = self.clock()
        checkin = checkin_time(moment, person.timezone)
        group_id = await flag_group(tx, flag.id)
        debrief_id = await self.debriefs.create(tx, actor_id, group_id, now, iso(checkin))
        language = person.language
        text = self.texts.get(language, "care-offer")
        rows = (
            (
                self._button(
                    language, "btn-care-supervisor", DebriefChoice(debrief_id, Choice.SUPERVISOR)
                ),
            ),
            (self._button(language, "btn-care-peer", DebriefChoice(debrief_id, Choice.PEER)),),
            (self._button(language, "btn-care-later", DebriefChoice(debrief_id, Choice.LATER)),),
        )
        await enqueue_message(
            tx,
            OutgoingText(text, Keyboard(rows)),
            kind=SendKind.DEBRIEF_OFFER,
            dedup_key=f"debrief-offer:{debrief_id}",
            chat_id=actor_id,
            user_id=actor_id,
            priority=Priority.INTERACTIVE,
            now=now,
        )

    def _button(self, language: str, text_id: str, data: DebriefChoice | HowAreYou) -> Button:
        """A button with a text of the feature."""
        return Button.of_html(self.texts.get(language, text_id), data.pack())

    async def debrief_of(self, user_id: int, debrief_id: int) -> Debrief | None:
        """The person's own debrief, if still kept."""
        found = await self.debriefs.get(debrief_id)
        return found if found is not None and found.user_id == user_id else None

    async def choose(self, user_id: int, debrief_id: int, choice: Choice) -> Asked:
        """The facilitator's choice: a notifying request to the supervisors or to the group's
        other facilitators (their name only, never the member's), or not now."""
        debrief = await self.debrief_of(user_id, debrief_id)
        if debrief is None:
            return Asked.GONE
        moment = self.clock()
        now = iso(moment)
        if choice is Choice.LATER:
            async with self.db.transaction() as tx:
                await self.debriefs.set_choice(tx, debrief_id, choice.value)
            return Asked.LATER
        if debrief.choice == choice.value:
            return Asked.ALREADY
        person = await reachable(self.db, user_id)
        if person is None:
            return Asked.GONE
        listeners = await self._listeners(debrief, choice)
        if not listeners:
            return Asked.NOBODY
        async with self.db.transaction() as tx:
            await self.debriefs.set_choice(tx, debrief_id, choice.value)
            for listener in listeners:
                # Not urgent: held past the listener's quiet hours.
                held = quiet_end_after(
                    listener.quiet_start, listener.quiet_end, listener.timezone, moment
                )
                await enqueue_message(
                    tx,
                    self._request(listener.language, person, debrief_id),
                    kind=SendKind.DEBRIEF_REQUEST,
                    dedup_key=request_key(debrief_id, choice.value, listener.user_id),
                    chat_id=listener.user_id,
                    user_id=listener.user_id,
                    priority=Priority.INTERACTIVE,
                    now=now,
                    not_before=iso(held) if held is not None else None,
                )
        self.outbox.ready()
        return Asked.SENT

    async def _listeners(self, debrief: Debrief, choice: Choice) -> list[Reachable]:
        """Who hears the request: the supervisors, or the group's other facilitators (neither
        when on a break)."""
        if choice is Choice.SUPERVISOR:
            people = [found.user_id for found in await self.supervisors.all()]
        elif debrief.group_id is None:
            people = []
        else:
            people = await self.roles.facilitators_of(debrief.group_id)
        found = []
        away = await self.away()
        for user_id in dict.fromkeys(people):
            if user_id == debrief.user_id or user_id in away:
                continue
            listener = await reachable(self.db, user_id)
            if listener is not None:
                found.append(listener)
        return found

    def _request(self, language: str, person: Reachable, debrief_id: int) -> OutgoingText:
        """ "X would like to talk through a hard moment", with a way to reach X privately."""
        text = self.texts.get(language, "care-request", name=person.first_name)
        label = self.texts.get(language, "btn-care-write", name=person.first_name)
        if person.username:
            button = Button(label_of(label), url=f"https://t.me/{person.username}")
        else:
            button = Button.of_html(label, ContactOf(debrief_id).pack())
        return OutgoingText(text, Keyboard(((button,),)))

    async def contact(self, presser_id: int, debrief_id: int) -> Reachable | None:
        """The asking facilitator, for a supervisor or a facilitator of their group (or an
        admin) who pressed "reach them"; None for anyone else or when it is gone."""
        debrief = await self.debriefs.get(debrief_id)
        if debrief is None:
            return None
        allowed = await self.may_see_load(presser_id) or (
            debrief.group_id is not None
            and presser_id in await self.roles.facilitators_of(debrief.group_id)
        )
        return await reachable(self.db, debrief.user_id) if allowed else None

    async def run_due(self) -> int:
        """Queue the next day's "how are you?" for debriefs due (held past quiet hours; not
        after /stop) and forget old ones; return how many were queued."""
        now = self.clock()
        queued = 0
        for debrief in await self.debriefs.due_checkins(iso(now)):
            person = await reachable(self.db, debrief.user_id)
            async with self.db.transaction() as tx:
                sent = await self.debriefs.mark_sent(tx, debrief.id, iso(now))
                if not sent or person is None or person.stopped:
                    continue
                send_at = quiet_end_after(
                    person.quiet_start, person.quiet_end, person.timezone, now
                )
                queued += int(
                    await enqueue_message(
                        tx,
                        self.checkin(person.language, debrief.id),
                        kind=SendKind.DEBRIEF_CHECKIN,
                        dedup_key=f"debrief-checkin:{debrief.id}",
                        chat_id=person.user_id,
                        user_id=person.user_id,
                        priority=Priority.SCHEDULED,
                        now=iso(now),
                        not_before=iso(send_at) if send_at is not None else None,
                    )
                )
        await self.debriefs.forget_old(iso(now - DEBRIEF_KEEP))
        if queued:
            self.outbox.ready()
        return queued

    def checkin(self, language: str, debrief_id: int) -> OutgoingText:
        """The next day's question with its three answers."""
        rows = tuple(
            (
                self._button(
                    language, f"btn-care-feel-{feeling.value}", HowAreYou(debrief_id, feeling)
                ),
            )
            for feeling in Feeling
        )
        return OutgoingText(self.texts.get(language, "care-checkin"), Keyboard(rows))

    def answer(self, language: str, debrief_id: int, feeling: Feeling) -> OutgoingText:
        """A kind word for the answer (kept nowhere); "not great" offers a supervisor."""
        text = self.texts.get(language, f"care-feel-{feeling.value}")
        if feeling is not Feeling.NOT_GREAT:
            return OutgoingText(text, Keyboard())
        offer = DebriefChoice(debrief_id, Choice.SUPERVISOR)
        return OutgoingText(
            text, Keyboard(((self._button(language, "btn-care-supervisor", offer),),))
        )


def label_of(text: str) -> str:
    """A button label from a text rendered for HTML."""
    return Button.of_html(text, "-").text
