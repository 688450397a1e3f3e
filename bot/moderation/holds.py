"""Held messages: hidden from the group for a facilitator's review, released or discarded.

`hold()` is the API other features call (the spam shield, hostile replies, the crisis path):
one transaction keeps the copy, records the hold in the member's history, queues the message's
deletion in the group, a review card to each of the group's facilitators (its admins when it
has none) and a private word to the author. A message that may be a cry for help (kind
"crisis", or the detector fires on its text) is never discarded silently: its card says the
crisis alert goes separately, and only a person's explicit "Keep it hidden" removes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from uuid import uuid4

from bot.domain.clock import Clock, iso
from bot.domain.sends import SendContext, SendOutcome
from bot.moderation.cards import close_cards, close_expired, send_cards, tell_author
from bot.moderation.model import (
    HOLD_CRISIS,
    HeldMessage,
    Kind,
    Review,
    hold_kind_problem,
)
from bot.moderation.notices import Notices
from bot.moderation.storage import (
    ModerationRepository,
    add_action,
    add_held,
    cards_of,
    drop_action,
    lift_action,
    take_held,
)
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database

log = logging.getLogger(__name__)


# What the author is told once their held message is reviewed, by outcome: a possible cry for
# help kept hidden hears that someone saw it, never about fairness or an appeal.
_TOLD_REVIEWED = {
    "release": "mod-told-released",
    "release_empty": "mod-told-released-empty",
    "keep_hidden": "mod-told-kept-hidden",
    "discard": "mod-told-discarded",
}


@dataclass(frozen=True)
class Hiding(SendContext):
    """What a queued deletion hides: the held message, and its author's name for the cards."""

    held_id: int
    name: str


@dataclass(frozen=True)
class Reviewed:
    """A held message after its review: what it was, and whether a person may still act."""

    held: HeldMessage
    group: str


class HoldService:
    """Keeps held copies, sends review cards, and releases or discards them."""

    def __init__(
        self,
        *,
        db: Database,
        repo: ModerationRepository,
        notices: Notices,
        roles: RoleService,
        clock: Clock,
        outbox: OutboxLink,
        is_crisis: Callable[[str], bool],
        keep: timedelta,
        keep_crisis: timedelta,
    ) -> None:
        """Use the records, notices, roles, clock, outbox, the crisis check and retention."""
        self.db = db
        self.repo = repo
        self.notices = notices
        self.roles = roles
        self.clock = clock
        self.outbox = outbox
        self.is_crisis = is_crisis
        self.keep = keep
        self.keep_crisis = keep_crisis

    async def reviewers(self, chat_id: int) -> list[int]:
        """Who reviews a group's held messages: its facilitators, else the bot's admins."""
        return await self.roles.facilitators_of(chat_id) or await self.roles.all_admin_ids()

    async def hold(
        self,
        chat_id: int,
        message_id: int,
        author_id: int,
        text: str,
        reason: str,
        kind: str,
        *,
        actor_id: int | None = None,
        author_name: str | None = None,
    ) -> int | None:
        """Hide a group message for review; its held id (None: it was held already, or
        nobody could review it, so it stays in the group).

        `kind` says why ("moderation", "spam", "hostile_reply", "crisis"); a text the crisis
        detector flags is held as "crisis" whatever the caller said.
        """
        problem = hold_kind_problem(kind)
        if problem is not None:
            raise ValueError(problem)
        if kind != HOLD_CRISIS and text and self.is_crisis(text):
            kind = HOLD_CRISIS
        reviewers = await self.reviewers(chat_id)
        if not reviewers:
            # Hidden with no one to review it, a message (maybe a cry for help) would reach
            # nobody at all: in the group, at least its peers see it.
            log.warning("message not held (%s) in %s: nobody reviews the group", kind, chat_id)
            return None
        now = iso(self.clock())
        name = await self.notices.name_of(author_id, author_name)
        async with self.db.transaction() as tx:
            action_id = await add_action(
                tx,
                chat_id=chat_id,
                user_id=author_id,
                actor_id=actor_id,
                kind=Kind.HOLD,
                reason=reason,
                now=now,
                until=None,
            )
            held_id = await add_held(
                tx,
                chat_id=chat_id,
                message_id=message_id,
                author_id=author_id,
                text=text,
                reason=reason,
                kind=kind,
                now=now,
                held_by=actor_id,
                action_id=action_id,
            )
            if held_id is None:
                await drop_action(tx, action_id)
                return None
            await add_audit(tx, actor_id, "moderation.hold", now, chat_id, str(author_id))
            await self.notices.telegram(
                tx,
                method="deleteMessage",
                chat_id=chat_id,
                params={"message_id": message_id},
                # Ids are reused once a refused hold is dropped: a fresh key per hold.
                key=f"moderation:del:{chat_id}:{message_id}:{uuid4().hex}",
                now=now,
                about=author_id,
                context=Hiding(held_id, name),
            )
        # The cards and the author's notice wait for Telegram to delete it (`on_hidden`).
        self.outbox.ready()
        log.info("message held for review (%s) in %s", kind, chat_id)
        return held_id

    async def on_hidden(self, outcome: SendOutcome) -> None:
        """A held message's deletion ended: deleted, its review cards and the author's notice
        go out; refused (no right, too old, gone), nothing stays held and its reviewers hear
        it is still in the group."""
        hiding = Hiding.read(outcome.context)
        held = await self.repo.held(hiding.held_id) if hiding is not None else None
        if hiding is None or held is None:
            return
        now = iso(self.clock())
        group = await self.notices.group_title(held.chat_id)
        reviewers = await self.reviewers(held.chat_id)
        async with self.db.transaction() as tx:
            if outcome.delivered:
                await send_cards(self.notices, tx, held, reviewers, group, hiding.name, now)
                await tell_author(self.notices, tx, held, group, now)
            elif await take_held(tx, held.id) is not None:
                if held.action_id is not None:
                    await drop_action(tx, held.action_id)
                for reviewer in reviewers:
                    text = await self.notices.text(
                        reviewer, "mod-not-hidden", name=hiding.name, group=group
                    )
                    key = f"moderation:nothidden:{held.id}:{reviewer}"
                    await self.notices.send(
                        tx, to=reviewer, text=text, key=key, about=None, now=now
                    )
        self.outbox.ready()
        log.info("held message %s", "hidden" if outcome.delivered else "not hidden: refused")

    async def held(self, held_id: int) -> HeldMessage | None:
        """A held message waiting for review (None: reviewed already, or erased)."""
        return await self.repo.held(held_id)

    async def may_review(self, held_id: int, user_id: int) -> HeldMessage | None:
        """The held message when the person may review it (its group's facilitator or an
        admin), else None."""
        held = await self.repo.held(held_id)
        if held is None or not await self.roles.is_facilitator(held.chat_id, user_id):
            return None
        return held

    async def review(
        self, held_id: int, actor_id: int, review: Review, name: str | None = None
    ) -> Reviewed | None:
        """Release (posted back "from <name>") or discard a held message; its copy is erased.

        None when someone reviewed it first. The author is told either way.
        """
        now = iso(self.clock())
        async with self.db.transaction() as tx:
            cards = await cards_of(tx, held_id)
            held = await take_held(tx, held_id)
            if held is None:
                return None
            group = await self.notices.group_title(held.chat_id)
            if held.action_id is not None:
                await lift_action(tx, held.action_id, now, actor_id)
            released = review is Review.RELEASE
            action = "release" if released else "keep_hidden" if held.crisis else "discard"
            audit = f"moderation.{action}"
            await add_audit(tx, actor_id, audit, now, held.chat_id, str(held.author_id))
            if released and held.text:
                post = self.notices.texts.get(
                    await self.notices.group_language(held.chat_id),
                    "mod-released-post",
                    name=await self.notices.name_of(held.author_id, name),
                    text=held.text,
                )
                await self.notices.send(
                    tx,
                    to=held.chat_id,
                    text=post,
                    key=f"moderation:post:{held.id}",
                    about=held.author_id,
                    now=now,
                )
            # A photo or a sticker has no words to post back: nobody is told it was.
            outcome = "release_empty" if released and not held.text else action
            await close_cards(self.notices, tx, held, cards, outcome, name, now)
            told_id = _TOLD_REVIEWED[outcome]
            await self.notices.send(
                tx,
                to=held.author_id,
                text=await self.notices.text(held.author_id, told_id, group=group),
                key=f"moderation:reviewed:{held.id}",
                about=held.author_id,
                now=now,
            )
        self.outbox.ready()
        return Reviewed(held, group)

    async def on_card(self, outcome: SendOutcome) -> None:
        """A review card was delivered: remember its message, to edit it once reviewed."""
        parts = outcome.dedup_key.split(":")
        if len(parts) != 4 or parts[1] != "card" or outcome.message_id is None:
            return
        if outcome.delivered:
            await self.repo.add_card(int(parts[2]), int(parts[3]), outcome.message_id)

    async def erase_expired(self) -> int:
        """Erase copies nobody reviewed within the keeping time (a possible crisis longer):
        their cards say so, and the author hears it stays out, not held against them."""
        now = self.clock()
        erased = 0
        for old in await self.repo.old_held(iso(now - self.keep), iso(now - self.keep_crisis)):
            async with self.db.transaction() as tx:
                cards = await cards_of(tx, old.id)
                held = await take_held(tx, old.id)
                if held is None:
                    continue
                erased += 1
                if held.action_id is not None:
                    await lift_action(tx, held.action_id, iso(now), None)
                await close_expired(self.notices, tx, held, cards, iso(now))
        if erased:
            self.outbox.ready()
        return erased
