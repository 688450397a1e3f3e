"""Requests to reach out: told to facilitators with a claim button, reminded until claimed.

A member asks after a check-in ("asked"), or agreed to be followed up after a run of low days
("low_mood"). The first "I'll reach out" claims the request and every copy shows who; an
unclaimed one is reminded like a crisis flag of the lowest tier, forever, with a new message
each time (Telegram does not notify of edits). Consent to a low-run follow-up names
facilitators only, so those requests never go to admins.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.crisis.models import Tier
from bot.domain.clock import Clock, iso, parse_iso
from bot.domain.escalation import EscalationPolicy
from bot.domain.sends import SendOutcome
from bot.i18n import Texts
from bot.services.contact_texts import COPY_PREFIX, EDIT_PREFIX, ContactCopy, ContactWriter
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.contact_requests import (
    ContactRequest,
    ContactRequestRepository,
    add_request,
    claim,
    copies_of,
    copy_by_key,
    delete_copies_to,
    delete_requests,
    drop_unsent_copy,
    get_request,
    release_claims,
    requests_of,
    set_rendered,
    set_step,
    settle_copy,
    was_told,
)
from bot.storage.db import Database, Transaction
from bot.storage.members import MemberRepository
from bot.storage.outbox import drop_unsent_in, replace_payload

log = logging.getLogger(__name__)

ASKED = "asked"
# Two "levels" for the policy: the first round, then reminders (rounds=0): one wait of
# ESCALATION_MINUTES, then repeats every ESCALATION_REPEAT_MINUTES (LATE once it is old).
LEVELS = 2
TIER = Tier.CONCERN  # the lowest tier: a request is not a crisis
REMINDER_BATCH = 100


class Audience(StrEnum):
    """Who was told of a new request (what the member is told)."""

    FACILITATORS = "facilitators"
    ADMINS = "admins"
    NOBODY = "nobody"  # recorded all the same: tried again at every reminder


@dataclass(frozen=True)
class Opened:
    """A request just recorded: its id, who was told and how many people."""

    request_id: int
    audience: Audience
    told: int


class Claim(StrEnum):
    """How a press of "I'll reach out" went."""

    DONE = "done"
    YOURS = "yours"  # the presser had claimed it already
    TAKEN = "taken"  # someone else was first
    NOT_ALLOWED = "not_allowed"
    GONE = "gone"  # withdrawn (the member's /forget) or never existed


@dataclass(frozen=True)
class ClaimResult:
    """The outcome of a press and the first name of whoever claimed the request."""

    outcome: Claim
    claimer: str | None = None


class ContactRequestService:
    """Opens requests, takes claims, sends reminders, and erases what a person leaves behind."""

    def __init__(
        self,
        db: Database,
        repo: ContactRequestRepository,
        members: MemberRepository,
        roles: RoleService,
        texts: Texts,
        clock: Clock,
        policy: EscalationPolicy,
        outbox: OutboxLink,
        language: str = "en",
    ) -> None:
        """Wire storage, roles (who to tell), texts, the clock and the reminder policy."""
        self.db = db
        self.repo = repo
        self.members = members
        self.roles = roles
        self.clock = clock
        self.policy = policy
        self.writer = ContactWriter(texts, members, language)
        # Set by the container: wakes the outbox worker after something was queued.
        self.outbox = outbox

    async def open(self, user_id: int, kind: str) -> Opened | None:
        """Record a request and tell the member's facilitators (for 'asked': else the admins)."""
        member = await self.members.get(user_id)
        if member is None:
            return None
        readers, audience = await self._facilitators_of(user_id), Audience.FACILITATORS
        if not readers and kind == ASKED:
            readers, audience = await self._admins(user_id), Audience.ADMINS
        if not readers:
            audience = Audience.NOBODY
        now = self.clock()
        async with self.db.transaction() as tx:
            request_id = await add_request(tx, user_id, kind, iso(now), self._next(now, 0, now))
            request = await get_request(tx, request_id)
            assert request is not None
            for reader in readers:
                await self.writer.queue_copy(tx, request, member, reader, 0, iso(now))
        self.outbox.ready()
        return Opened(request_id, audience, len(readers))

    async def claim(self, request_id: int, actor_id: int) -> ClaimResult:
        """'I'll reach out': the first press claims (with an audit entry); others learn who."""
        now = iso(self.clock())
        async with self.db.transaction(durable=True) as tx:
            request = await get_request(tx, request_id)
            if request is None:
                return ClaimResult(Claim.GONE)
            if not await was_told(tx, request_id, actor_id) and not await self.roles.is_admin(
                actor_id
            ):
                return ClaimResult(Claim.NOT_ALLOWED)
            if not await claim(tx, request_id, actor_id, now):
                outcome = Claim.YOURS if request.claimed_by == actor_id else Claim.TAKEN
                return ClaimResult(outcome, await self.writer.first_name(request.claimed_by))
            await add_audit(tx, actor_id, "contact.claim", now, None, str(request_id))
            claimed = await get_request(tx, request_id)
            assert claimed is not None
            await self._refresh(tx, claimed, now)
        self.outbox.ready()
        return ClaimResult(Claim.DONE, await self.writer.first_name(actor_id))

    async def remind_due(self, limit: int = REMINDER_BATCH) -> int:
        """Send the next round of every unclaimed request whose wait is over; return how many."""
        now = self.clock()
        reminded = 0
        for request_id in await self.repo.due(iso(now), limit):
            try:
                reminded += await self._remind(request_id, now)
            except Exception as error:  # one broken request must not hold up the others
                log.error(
                    "contact request %d: reminder failed: %s", request_id, type(error).__name__
                )
        if reminded:
            self.outbox.ready()
        return reminded

    async def _remind(self, request_id: int, now: datetime) -> int:
        """One reminder and its messages, in one transaction; 1 if it was still due."""
        async with self.db.transaction() as tx:
            request = await get_request(tx, request_id)
            if request is None or request.claimed_by is not None:
                return 0
            if request.next_reminder_at is None or request.next_reminder_at > iso(now):
                return 0
            member = await self.members.get(request.user_id)
            if member is None:
                return 0
            copies = await copies_of(tx, request_id)
            last_state = {copy.reader_id: copy.state for copy in copies}
            people = [copy.reader_id for copy in copies]
            people += await self._facilitators_of(request.user_id)
            if request.kind == ASKED:
                people += await self._admins(request.user_id)
            readers = [
                person
                for person in dict.fromkeys(people)
                if person != request.user_id and last_state.get(person) != "failed"
            ]
            step = request.step + 1
            for reader in readers:
                await self.writer.queue_copy(tx, request, member, reader, step, iso(now))
            created = parse_iso(request.created_at)
            await set_step(tx, request_id, step, self._next(now, step, created))
            if not readers:
                log.warning("contact request %d: nobody could be told yet", request_id)
            return 1

    async def on_outcome(self, outcome: SendOutcome) -> None:
        """Record how a copy went; one delivered after a change (or a withdrawal) is edited."""
        now = iso(self.clock())
        message_id = outcome.message_id
        async with self.db.transaction() as tx:
            copy = await copy_by_key(tx, outcome.dedup_key)
            if copy is None:
                await self._withdraw_stray(tx, outcome, message_id, now)
            elif message_id is None:
                await settle_copy(tx, copy.id, "failed", None, now)
            else:
                await settle_copy(tx, copy.id, "delivered", message_id, now)
                request = await get_request(tx, copy.request_id)
                member = await self.members.get(request.user_id) if request else None
                if request and member and request.version > copy.rendered_version:
                    await self.writer.edit(
                        tx, request, member, copy.reader_id, message_id, copy.step, now
                    )
                    await set_rendered(tx, copy.id, request.version)
        self.outbox.ready()

    async def _withdraw_stray(
        self, tx: Transaction, outcome: SendOutcome, message_id: int | None, now: str
    ) -> None:
        """A copy delivered after its request was erased (in flight at /forget): withdraw it."""
        copy = ContactCopy.read(outcome.context)
        if copy is None or message_id is None:
            return
        if await get_request(tx, copy.request_id) is None:
            await self.writer.withdraw(tx, copy.request_id, outcome.chat_id, message_id, now)

    async def erase(self, tx: Transaction, user_id: int) -> None:
        """/forget: withdraw the member's requests; clear the person's claims and copies."""
        now = self.clock()
        for request in await requests_of(tx, user_id):
            await drop_unsent_in(tx, f"{COPY_PREFIX}:{request.id}:")
            await drop_unsent_in(tx, f"{EDIT_PREFIX}:{request.id}:")
            for copy in await copies_of(tx, request.id):
                if copy.state == "delivered" and copy.message_id is not None:
                    await self.writer.withdraw(
                        tx, request.id, copy.reader_id, copy.message_id, iso(now)
                    )
        await delete_requests(tx, user_id)
        await delete_copies_to(tx, user_id)
        for request_id in await release_claims(tx, user_id, self._next(now, 0, now)):
            released = await get_request(tx, request_id)
            if released is not None:
                await self._refresh(tx, released, iso(now))

    async def export(self, user_id: int) -> dict[str, Any] | None:
        """/mydata: the member's requests (whether someone said yes) and the person's claims."""
        return await self.repo.export(user_id)

    async def _refresh(self, tx: Transaction, request: ContactRequest, now: str) -> None:
        """Bring every copy up to the request's version: edit delivered ones, fix unsent ones.

        Unsent copies of a claimed request are dropped (nobody needs a new notification for a
        request someone has); one already on its way is edited when it is delivered.
        """
        member = await self.members.get(request.user_id)
        if member is None:
            return
        for copy in await copies_of(tx, request.id):
            if copy.state == "failed" or copy.rendered_version >= request.version:
                continue
            if copy.message_id is not None:
                await self.writer.edit(
                    tx, request, member, copy.reader_id, copy.message_id, copy.step, now
                )
                await set_rendered(tx, copy.id, request.version)
            elif request.claimed_by is not None:
                await drop_unsent_copy(tx, copy.outbox_key)
            else:
                message = await self.writer.message(request, member, copy.reader_id, copy.step)
                if await replace_payload(tx, copy.outbox_key, message.to_params()):
                    await set_rendered(tx, copy.id, request.version)

    def _next(self, now: datetime, step: int, created: datetime) -> str:
        """When the round after `step` is due (rounded up a second: never early)."""
        wait = self.policy.wait_after(TIER, step, LEVELS, now - created)
        return iso(now + wait + timedelta(seconds=1))

    async def _facilitators_of(self, user_id: int) -> list[int]:
        """The facilitators of the member's groups (not the member)."""
        found: list[int] = []
        for group_id in await self.members.group_ids(user_id):
            found.extend(await self.roles.facilitators_of(group_id))
        return sorted(set(found) - {user_id})

    async def _admins(self, user_id: int) -> list[int]:
        """The bot's admins (not the member)."""
        return sorted(set(await self.roles.all_admin_ids()) - {user_id})
