"""The spam shield in Telegram: joins noted, newcomers' links held, floods muted, blocks.

Runs in its own stage after the crisis check (handlers/stages.py): a message the detector
flagged has had its alert and reply already; here it is never muted away, and when it would
be held it is held with kind "crisis" so the review card says so.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, ChatMemberUpdated, ChatPermissions, Message, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ChatMemberHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.models import Person
from bot.domain.text import clean_name
from bot.shield.model import MessageTraits, traits_of_json
from bot.shield.service import SERVICE_KEY, ShieldService
from handlers.common import person_of, sender
from handlers.stages import Stage

log = logging.getLogger(__name__)

RESTRICT = "can_restrict_members"


def shield_of(context: BotContext) -> ShieldService:
    """The running bot's one shield (made by the feature's wiring)."""
    shield: ShieldService = context.bot_data[SERVICE_KEY]
    return shield


def traits_of(message: Message) -> MessageTraits:
    """What the shield looks at in a Telegram message (read as the Bot API sent it)."""
    return traits_of_json(message.to_dict())


async def bot_may(context: BotContext, chat_id: int, right: str) -> bool:
    """Tell whether the bot holds an admin right in the group (the owner holds them all)."""
    try:
        me = await context.bot.get_chat_member(chat_id, context.bot.id)
    except TelegramError as error:
        log.info("shield: own rights in %s unknown: %s", chat_id, type(error).__name__)
        return False
    if me.status == ChatMember.OWNER:
        return True
    return me.status == ChatMember.ADMINISTRATOR and bool(getattr(me, right, False))


async def remove(context: BotContext, chat_id: int, user_id: int, name: str, because: str) -> None:
    """Remove a blocked (or publicly listed) person from the group and tell its facilitators."""
    shield = shield_of(context)
    done = False
    if await bot_may(context, chat_id, RESTRICT):
        try:
            done = await context.bot.ban_chat_member(chat_id, user_id)
        except TelegramError as error:
            log.info("shield: ban in %s refused: %s", chat_id, type(error).__name__)
    await shield.left(chat_id, user_id)
    await shield.removed(chat_id, user_id, name, because, done)


async def _joined(context: BotContext, chat_id: int, user_id: int, name: str) -> None:
    """Someone joined: a newcomer now; removed at once when blocked; looked up in CAS."""
    shield = shield_of(context)
    if await context.services.groups.get(chat_id) is None:
        return
    name = await shield.name_of(user_id, name)
    because = await shield.blocked_because(user_id)
    if because is not None:
        await remove(context, chat_id, user_id, name, because)
        return
    await shield.record_join(chat_id, user_id)

    async def listed() -> None:
        """The public list has them: as if they were on the block list."""
        await remove(context, chat_id, user_id, name, "cas")

    shield.cas.look_up_later(user_id, listed)


def _present(member: ChatMember) -> bool:
    """Tell whether a chat member status means being in the group."""
    if member.status == ChatMember.RESTRICTED:
        return bool(getattr(member, "is_member", False))
    return member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def member_changed(update: Update, context: BotContext) -> None:
    """A chat_member update: someone joined (by link, request or being added) or left."""
    change: ChatMemberUpdated | None = update.chat_member
    if change is None:
        return
    person = person_of(change.new_chat_member.user)
    if person is None:
        return
    chat_id = change.chat.id
    was, now = _present(change.old_chat_member), _present(change.new_chat_member)
    if now and not was:
        await _joined(context, chat_id, person.user_id, clean_name(person.first_name))
    elif was and not now:
        await shield_of(context).left(chat_id, person.user_id)
        if change.new_chat_member.status == ChatMember.BANNED:
            name = await shield_of(context).name_of(person.user_id, clean_name(person.first_name))
            await shield_of(context).banned(chat_id, person.user_id, name)


async def service_message(update: Update, context: BotContext) -> None:
    """The group's "X joined" and "X left" lines (when chat_member updates do not come)."""
    message = update.message
    if message is None:
        return
    for user in message.new_chat_members or ():
        person = person_of(user)
        if person is not None:
            await _joined(context, message.chat.id, person.user_id, clean_name(user.first_name))
    gone = person_of(message.left_chat_member)
    if gone is not None:
        await shield_of(context).left(message.chat.id, gone.user_id)


async def group_message(update: Update, context: BotContext) -> None:
    """A person's message in a group: held? too many at once? (a newcomer: asked in CAS)"""
    message = update.message
    person = sender(update)
    if message is None or person is None:
        return
    shield = shield_of(context)
    chat_id, user_id = message.chat.id, person.user_id
    crisis = context.crisis_flagged
    decision = await shield.assess(chat_id, user_id, traits_of(message), count=not crisis)
    if not (decision.flooding or decision.held or decision.newcomer):
        return
    if await context.services.groups.get(chat_id) is None:
        return  # a group the bot does not serve
    name = await shield.name_of(user_id, clean_name(person.first_name, fallback=""))
    if decision.flooding and not crisis and not await _group_admin(context, chat_id, person):
        muted = await _mute(context, chat_id, user_id)
        await shield.flood_tripped(chat_id, user_id, name, muted)
    if decision.newcomer:

        async def listed() -> None:
            """The public list has them: as if they were on the block list."""
            await remove(context, chat_id, user_id, name, "cas")

        shield.cas.look_up_later(user_id, listed)
    if decision.held is None:
        return
    text = message.text or message.caption or ""
    await shield.hold(chat_id, message.message_id, user_id, text, decision.held, crisis)
    await shield.tell_held(chat_id, user_id, name, crisis)
    raise ApplicationHandlerStop  # held: no feature answers it


async def _group_admin(context: BotContext, chat_id: int, person: Person) -> bool:
    """Tell whether the person is one of the group's Telegram administrators (asked only when a
    flood trips): they are never muted, like facilitators."""
    try:
        member = await context.bot.get_chat_member(chat_id, person.user_id)
    except TelegramError as error:
        log.info("shield: status in %s unknown: %s", chat_id, type(error).__name__)
        return False
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def _mute(context: BotContext, chat_id: int, user_id: int) -> bool:
    """Mute a flooding person for the set minutes; False when the bot may not (or failed)."""
    if not await bot_may(context, chat_id, RESTRICT):
        return False
    try:
        return await context.bot.restrict_chat_member(
            chat_id,
            user_id,
            ChatPermissions.no_permissions(),
            until_date=shield_of(context).mute_until(),
        )
    except TelegramError as error:
        log.info("shield: mute in %s refused: %s", chat_id, type(error).__name__)
        return False


def register(app: BotApplication) -> None:
    """Watch groups' joins and messages in the shield's stage."""
    groups = filters.ChatType.GROUPS
    joins = filters.StatusUpdate.NEW_CHAT_MEMBERS | filters.StatusUpdate.LEFT_CHAT_MEMBER
    app.add_handler(
        ChatMemberHandler(member_changed, ChatMemberHandler.CHAT_MEMBER), group=Stage.SHIELD
    )
    app.add_handler(MessageHandler(groups & joins, service_message), group=Stage.SHIELD)
    app.add_handler(
        MessageHandler(groups & filters.UpdateType.MESSAGE & ~joins, group_message),
        group=Stage.SHIELD,
    )
