"""The spam shield's decisions: newcomers, held links, the flood limit, the block list, CAS.

One `ShieldService` per running bot (it keeps the flood windows and the CAS answers in
memory), made by the feature's wiring and reached with `shield_of`. Holding is done by the
`holder` set at wiring time (the moderation feature's review queue).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.clock import Clock
from bot.domain.messages import Button
from bot.i18n import Texts
from bot.services.container import Services
from bot.services.roles import RoleService
from bot.shield.cas import CasClient, CasLookups
from bot.shield.model import (
    HOLD_CRISIS,
    HOLD_SPAM,
    BanEverywhere,
    Flood,
    FloodCounter,
    Held,
    Holder,
    MessageTraits,
    held_for,
    is_newcomer,
    window_problem,
)
from bot.shield.notices import ShieldNotices, hour_of
from bot.shield.storage import ShieldRepository

log = logging.getLogger(__name__)

# Where the running bot keeps its one ShieldService (the application's bot_data).
SERVICE_KEY = "shield"


class HolderMissingError(RuntimeError):
    """The shield was asked to hold a message but nothing was wired to hold it."""


@dataclass(frozen=True)
class ShieldLimits:
    """The shield's settings: newcomer window, flood limit, mute length, CAS address."""

    newcomer_hours: int = 24
    flood_messages: int = 8
    flood_seconds: float = 10.0
    mute_minutes: int = 10
    cas_url: str = ""
    cas_timeout: float = 2.0


@dataclass(frozen=True)
class Decision:
    """What the shield makes of one group message: held for review, the flood count, and
    whether its writer is a newcomer there."""

    held: Held | None = None
    flood: Flood = Flood.FINE
    newcomer: bool = False

    @property
    def flooding(self) -> bool:
        """Over the flood limit just now: mute and tell (once)."""
        return self.flood is Flood.TRIPPED


class ShieldService:
    """Keeps spam out of the groups without ever silencing a person in need."""

    def __init__(
        self,
        *,
        repo: ShieldRepository,
        roles: RoleService,
        notices: ShieldNotices,
        texts: Texts,
        clock: Clock,
        limits: ShieldLimits,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """Use the shield's storage, roles, notices, texts and clock with these limits."""
        self.repo = repo
        self.roles = roles
        self.notices = notices
        self.texts = texts
        self.clock = clock
        self.limits = limits
        self.monotonic = monotonic
        mute = timedelta(minutes=limits.mute_minutes).total_seconds()
        self.flood = FloodCounter(
            limit=limits.flood_messages, seconds=limits.flood_seconds, cooldown=mute
        )
        client = CasClient(limits.cas_url, limits.cas_timeout) if limits.cas_url else None
        # The public spammer list, asked in the background (off without SHIELD_CAS_URL).
        self.cas = CasLookups(client, monotonic)
        # Set at wiring time (`use`): what holds a message for review (bot/moderation's hold),
        # and whether it tells the author itself (then the shield's own notice is not sent).
        self.holder: Holder | None = None
        self.holder_tells_author = False

    def use(self, holder: Holder, *, tells_author: bool) -> None:
        """Hold messages through `holder` from now on (wiring)."""
        self.holder = holder
        self.holder_tells_author = tells_author

    def require_holder(self) -> Holder:
        """The wired holder; a clear error when none was wired."""
        if self.holder is None:
            raise HolderMissingError(
                "the spam shield has no holder: wire one with shield_of_app(app).use(...), as"
                " bot/shield/feature.py does with the moderation feature's hold"
            )
        return self.holder

    async def name_of(self, user_id: int, given: str) -> str:
        """The person's first name: as the update gave it, else as the bot knows them (the inbox
        keeps no names of ordinary group messages), else "someone (id N)"."""
        if given:
            return given
        member = await self.notices.members.get(user_id)
        if member is not None and member.first_name:
            return member.first_name
        return self.texts.get(self.notices.language, "shield-someone", id=str(user_id))

    async def window_of(self, chat_id: int) -> int:
        """The group's newcomer window in hours (its own, else the setting)."""
        own = await self.repo.window(chat_id)
        return self.limits.newcomer_hours if own is None else own

    async def set_window(self, user_id: int, chat_id: int, hours: int) -> bool:
        """A facilitator (or admin) sets the group's newcomer window; False when not allowed."""
        if window_problem(hours) is not None:
            return False
        if not await self.roles.is_facilitator(chat_id, user_id):
            return False
        await self.repo.set_window(chat_id, hours, user_id, self.clock())
        return True

    async def exempt(self, chat_id: int, user_id: int) -> bool:
        """Admins and the group's facilitators are never counted, held or muted."""
        return await self.roles.is_facilitator(chat_id, user_id)

    async def record_join(self, chat_id: int, user_id: int) -> None:
        """Someone joined the group: a newcomer for the group's window (if it has one)."""
        if await self.window_of(chat_id) > 0 and not await self.exempt(chat_id, user_id):
            await self.repo.record_join(chat_id, user_id, self.clock())

    async def left(self, chat_id: int, user_id: int) -> None:
        """Someone left the group (or was removed): their join record goes."""
        await self.repo.forget_join(chat_id, user_id)

    async def is_newcomer(self, chat_id: int, user_id: int) -> bool:
        """Tell whether the person joined the group within its window (no record: no)."""
        joined = await self.repo.joined_at(chat_id, user_id)
        return is_newcomer(joined, self.clock(), await self.window_of(chat_id))

    async def assess(
        self, chat_id: int, user_id: int, traits: MessageTraits, count: bool = True
    ) -> Decision:
        """Count the message against the flood limit (unless told not to) and say whether it
        is held; staff pass untouched. An ordinary message (no link, forward or media, no
        flood, no CAS lookup) costs no database read."""
        flood = self.flood.add(chat_id, user_id, self.monotonic()) if count else Flood.FINE
        held = held_for(traits)
        if flood is not Flood.TRIPPED and held is None and self.cas.client is None:
            return Decision(flood=flood)
        if await self.exempt(chat_id, user_id):
            return Decision()
        newcomer = await self.is_newcomer(chat_id, user_id)
        return Decision(held if newcomer else None, flood, newcomer)

    async def hold(
        self, chat_id: int, message_id: int, author_id: int, text: str, held: Held, crisis: bool
    ) -> None:
        """Hand the message to the holder: kind "crisis" when the detector flagged it."""
        language = await self.notices.group_language(chat_id)
        reason = self.texts.get(language, f"shield-reason-{held.value}")
        kind = HOLD_CRISIS if crisis else HOLD_SPAM
        await self.require_holder().hold(chat_id, message_id, author_id, text, reason, kind)
        log.info("shield: held a message (%s, %s) in %s", held.value, kind, chat_id)

    async def tell_held(self, chat_id: int, user_id: int, name: str, crisis: bool) -> None:
        """Tell the newcomer privately why their message waits (at most once an hour), unless
        the holder tells them itself."""
        if self.holder_tells_author:
            return
        text_id = "shield-held-crisis" if crisis else "shield-held"
        title = await self.notices.title(chat_id)
        key = f"held:{chat_id}:{user_id}:{hour_of(self.clock())}"
        hours = await self.window_of(chat_id)
        await self.notices.to_member(user_id, key, text_id, name=name, group=title, hours=hours)

    async def flood_tripped(self, chat_id: int, user_id: int, name: str, muted: bool) -> None:
        """Tell the person (when muted) and the group's facilitators once about a flood."""
        title = await self.notices.title(chat_id)
        key = f"flood:{chat_id}:{user_id}:{int(self.clock().timestamp())}"
        minutes = self.limits.mute_minutes
        if muted:
            await self.notices.to_member(
                user_id, key, "shield-muted", name=name, group=title, minutes=minutes
            )
        await self.notices.to_staff(
            chat_id,
            user_id,
            key,
            "shield-flood-staff" if muted else "shield-flood-staff-unmuted",
            name=name,
            group=title,
            count=self.limits.flood_messages,
            seconds=int(self.limits.flood_seconds),
            minutes=minutes,
        )

    def mute_until(self) -> datetime:
        """When a mute for flooding ends."""
        return self.clock() + timedelta(minutes=self.limits.mute_minutes)

    async def blocked_because(self, user_id: int) -> str | None:
        """ "list" when the person is on the block list, "cas" when the public list has them."""
        if await self.repo.blocked(user_id) is not None:
            return "list"
        return "cas" if self.cas.listed(user_id) else None

    async def removed(
        self, chat_id: int, user_id: int, name: str, because: str, done: bool
    ) -> None:
        """Tell the group's facilitators that a blocked person was removed (or could not be)."""
        title = await self.notices.title(chat_id)
        text_id = f"shield-removed-{because}" if done else f"shield-not-removed-{because}"
        key = f"removed:{chat_id}:{user_id}:{hour_of(self.clock())}"
        await self.notices.to_staff(
            chat_id, user_id, key, text_id, name=name, id=str(user_id), group=title
        )

    async def banned(self, chat_id: int, user_id: int, name: str) -> bool:
        """Someone was banned from one group (by the bot or an admin in Telegram): offer the
        bot's admins to ban them in all the bot's groups. False when there is nothing to offer
        (already blocked, or the bot is in no other group)."""
        if await self.repo.blocked(user_id) is not None:
            return False
        if len(await self.notices.groups.all()) < 2:
            return False
        title = await self.notices.title(chat_id)
        texts = self.notices.texts

        def button(language: str) -> Button:
            """The offer's button in the admin's language."""
            return ban_everywhere_button(texts, language, user_id, chat_id)

        key = f"ban-everywhere:{chat_id}:{user_id}"
        return await self.notices.to_admins(
            user_id, key, "shield-offer-ban-everywhere", button, name=name, group=title
        )

    async def block(self, user_id: int, by: int, reason: str) -> bool | None:
        """An admin blocks the person in every group: None when not allowed, False if already."""
        if not await self.roles.is_admin(by) or user_id == by:
            return None
        return await self.repo.block(user_id, by, reason.strip(), self.clock())

    async def unblock(self, user_id: int, by: int) -> bool | None:
        """An admin lifts a block: None when not allowed, False when there was none."""
        if not await self.roles.is_admin(by):
            return None
        return await self.repo.unblock(user_id, by, self.clock())


def ban_everywhere_button(texts: Texts, language: str, user_id: int, chat_id: int) -> Button:
    """ "Also ban in all our groups", for the card that reports a ban in one group (admins)."""
    label = texts.get(language, "btn-shield-ban-everywhere")
    return Button.of_html(label, BanEverywhere(user_id, chat_id).pack())


def build_shield(services: Services) -> ShieldService:
    """The running bot's shield over the shared services and the shield's settings."""
    settings = services.settings
    notices = ShieldNotices(
        db=services.db,
        texts=services.texts,
        members=services.members.members,
        groups=services.groups,
        roles=services.roles,
        clock=services.clock,
        outbox=services.outbox_link,
        language=settings.default_language,
    )
    limits = ShieldLimits(
        newcomer_hours=settings.shield_newcomer_hours,
        flood_messages=settings.shield_flood_messages,
        flood_seconds=settings.shield_flood_seconds,
        mute_minutes=settings.shield_mute_minutes,
        cas_url=settings.shield_cas_url,
    )
    return ShieldService(
        repo=ShieldRepository(services.db),
        roles=services.roles,
        notices=notices,
        texts=services.texts,
        clock=services.clock,
        limits=limits,
    )
