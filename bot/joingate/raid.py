"""Watching groups without taking anything from other features: joins counted for raid mode
(chat_member updates and new_chat_members messages), raid mode on and off, and a member's
first message after their group's agreement changed (asked once, in private, to accept it)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, TypeHandler

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.joingate.model import EndRaid, RaidWatch, link_name
from bot.joingate.service import JoinGateService, joingate_service
from bot.joingate.settings import revoke
from bot.rules.model import AcceptAgreement
from bot.rules.service import rules_service
from handlers.common import acknowledge, keyboard, label, reply, sender
from handlers.stages import Stage

log = logging.getLogger(__name__)

_GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)
_IN = (ChatMemberStatus.MEMBER, ChatMemberStatus.RESTRICTED)
_OUT = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)
_WATCH = "joingate_raid_watch"


def gate_of(context: BotContext) -> JoinGateService:
    """The feature's service."""
    return joingate_service(context.services)


def _watch(context: BotContext) -> RaidWatch:
    """The process's count of recent joins per group."""
    found = context.bot_data.get(_WATCH)
    if not isinstance(found, RaidWatch):
        found = RaidWatch(gate_of(context).raid)
        context.bot_data[_WATCH] = found
    return found


def _joiners(update: Update) -> list[int]:
    """Who joined a group in this update (a chat_member change or a new_chat_members list)."""
    change = update.chat_member
    if change is not None:
        old, new = change.old_chat_member, change.new_chat_member
        joined = new.status in _IN and (old.status in _OUT or not getattr(old, "is_member", True))
        return [new.user.id] if joined and not new.user.is_bot else []
    message = update.message
    if message is not None and message.new_chat_members:
        return [user.id for user in message.new_chat_members if not user.is_bot]
    return []


async def watch(update: Update, context: BotContext) -> None:
    """Count joins (and trip raid mode); ask a member to accept a changed agreement."""
    chat = update.effective_chat
    if chat is None or chat.type not in _GROUPS:
        return
    joiners = _joiners(update)
    if joiners:
        await _count(context, chat.id, joiners)
        return
    message = update.message
    person = sender(update)
    if message is None or person is None or message.new_chat_members:
        return
    if context.crisis_flagged:  # the crisis stage's own verdict: no second detection
        return  # never a request to read the rules right after a message that may be a crisis
    await _ask_to_accept(context, chat.id, person.user_id)


async def _count(context: BotContext, chat_id: int, joiners: list[int]) -> None:
    """Count the joins; at the limit, switch the group's invite link to join requests."""
    gate = gate_of(context)
    for user_id in joiners:  # let in by an admin by hand: the gate's request is over
        await gate.came_in(chat_id, user_id)
    if (await gate.settings(chat_id)).in_raid:
        await gate.joined_during_raid(chat_id)
        return
    now = context.services.clock()
    tripped = False
    for user_id in joiners:
        tripped = _watch(context).joined(chat_id, user_id, now) or tripped
    if tripped:
        await start_raid(context, chat_id)


async def start_raid(context: BotContext, chat_id: int) -> None:
    """Raid mode on: a join-request link replaces the open one, and the staff are told."""
    gate = gate_of(context)
    if not await gate.start_raid(chat_id):
        return
    _watch(context).forget(chat_id)
    log.info("raid mode on in a group")
    group = await context.services.groups.get(chat_id)
    before = await gate.settings(chat_id)
    language = group.language if group else context.services.settings.default_language
    link = None
    try:
        made = await context.bot.create_chat_invite_link(
            chat_id,
            name=link_name(label(context, language, "gate-raid-link-name")),
            creates_join_request=True,
        )
        link = made.invite_link
    except TelegramError as error:
        log.info("raid link not made: %s", type(error).__name__)
    if link is not None:
        if before.invite_link and not before.requests_on:
            await revoke(context, chat_id, before.invite_link)
        await gate.set_link(chat_id, link)
    title = group.title if group else ""
    await _tell_staff(
        context, chat_id, "gate-raid-on" if link else "gate-raid-on-no-link", title, link
    )


async def end_raid(context: BotContext, chat_id: int, actor_id: int | None) -> bool:
    """Raid mode off: an open link again unless the group asks for join requests anyway."""
    gate = gate_of(context)
    if not await gate.end_raid(chat_id, actor_id):
        return False
    _watch(context).forget(chat_id)
    settings = await gate.settings(chat_id)
    group = await context.services.groups.get(chat_id)
    link = settings.invite_link
    if not settings.requests_on:
        language = group.language if group else context.services.settings.default_language
        try:
            made = await context.bot.create_chat_invite_link(
                chat_id, name=link_name(label(context, language, "gate-open-link-name"))
            )
        except TelegramError as error:
            log.info("open link not made: %s", type(error).__name__)
        else:
            if settings.invite_link:
                await revoke(context, chat_id, settings.invite_link)
            link = made.invite_link
            await gate.set_link(chat_id, link)
    await _tell_staff(context, chat_id, "gate-raid-off", group.title if group else "", link)
    return True


async def _tell_staff(
    context: BotContext, chat_id: int, message_id: str, title: str, link: str | None
) -> None:
    """A notifying private message to the group's facilitators and the bot's admins."""
    for staff_id in await gate_of(context).staff_of(chat_id):
        member = await context.services.members.get(staff_id)
        language = member.language if member else context.services.settings.default_language
        text = context.services.texts.get(language, message_id, group=title, link=link or "-")
        markup = None
        if message_id.startswith("gate-raid-on"):
            end = label(context, language, "btn-gate-end-raid")
            markup = keyboard([[(end, EndRaid(chat_id).pack())]])
        try:
            await context.bot.send_message(staff_id, text, reply_markup=markup)
        except TelegramError as error:
            log.info("raid notice not delivered: %s", type(error).__name__)


async def end_raid_button(update: Update, context: BotContext) -> None:
    """ "End raid mode": the group's staff only."""
    query = update.callback_query
    person = sender(update)
    pressed = EndRaid.parse(query.data if query else None)
    if query is None or person is None:
        return
    await acknowledge(query)
    if pressed is None:
        await reply(update, context, "button-expired")
        return
    if not await gate_of(context).may_manage(person.user_id, pressed.chat_id):
        await reply(update, context, "gate-not-allowed")
        return
    if not await end_raid(context, pressed.chat_id, person.user_id):
        await reply(update, context, "gate-raid-already-over")


async def end_quiet_raids(context: BotContext) -> int:
    """The timer: end raid mode where nobody joined for the quiet period; return how many."""
    quiet = await gate_of(context).quiet_raids()
    ended = 0
    for gate in quiet:
        ended += await end_raid(context, gate.chat_id, None)
    return ended


async def _ask_to_accept(context: BotContext, chat_id: int, user_id: int) -> None:
    """A member writes in the group: if its agreement changed since they accepted it, ask
    them once, in private, to read and accept it (their message is never touched)."""
    member = await context.services.members.get(user_id)
    if member is None or member.unreachable_at is not None:
        return
    agreement = await rules_service(context.services).to_ask(user_id, chat_id)
    if agreement is None:
        return
    group = await context.services.groups.get(chat_id)
    shown = await rules_service(context.services).agreement(chat_id, member.language)
    text = context.services.texts.get(
        member.language,
        "rules-accept-new" if agreement.version == 1 else "rules-accept-changed",
        group=group.title if group else "",
        text=(shown or agreement).text,
    )
    agree = label(context, member.language, "btn-gate-agree")
    markup = keyboard([[(agree, AcceptAgreement(chat_id, agreement.version).pack())]])
    try:
        await context.bot.send_message(user_id, text, reply_markup=markup)
    except TelegramError as error:
        log.info("agreement not sent to accept: %s", type(error).__name__)


def register(app: BotApplication) -> None:
    """Watch every group update (a stage of its own), and the End raid mode button."""
    app.add_handler(TypeHandler(Update, watch), group=Stage.WATCH)
    app.add_handler(CallbackQueryHandler(end_raid_button, pattern=prefix_matcher(EndRaid)))
