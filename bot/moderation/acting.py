"""Moderation's actions as the handlers carry them out: Telegram first (restrict, ban, lift),
then the record, then a word to the facilitator (no `handlers` imports: the package's
`handlers.py` parses updates and calls these)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from telegram import Bot, Message, Update
from telegram.error import TelegramError

from bot.context import BotContext
from bot.moderation import telegram as tg
from bot.moderation.build import Moderation, moderation_of
from bot.moderation.model import HOLD_MODERATION, Kind, PendingAction

log = logging.getLogger(__name__)


def moderation(context: BotContext) -> Moderation:
    """The feature's services."""
    return moderation_of(context.services)


async def say(context: BotContext, chat_id: int, user_id: int, text_id: str, **args: Any) -> bool:
    """Send a text in the person's language to a chat; False when it could not be sent."""
    text = await moderation(context).notices.text(user_id, text_id, **args)
    try:
        await context.bot.send_message(chat_id, text)
    except TelegramError as error:
        log.info("moderation text not sent: %s", type(error).__name__)
        return False
    return True


async def perform(
    context: BotContext, actor_id: int, job: PendingAction, group_reply: Update | None = None
) -> None:
    """Do the action in Telegram, record it, and confirm to the facilitator privately."""
    mod, bot, now = moderation(context), context.bot, context.services.clock()
    length, reason = job.command.duration, job.command.reason
    if job.kind is Kind.HOLD:
        await mod.holds.hold(
            job.chat_id,
            job.message_id,
            job.author_id,
            job.text,
            reason,
            HOLD_MODERATION,
            actor_id=actor_id,
            author_name=job.name,
        )
        done_name, group = await mod.notices.name_of(job.author_id, job.name), None
    else:
        intent = None
        if job.kind is Kind.BAN or (job.kind is Kind.MUTE and length is not None):
            # Written down first: a stop after Telegram's answer leaves it for the job.
            intent = await mod.actions.intend(
                chat_id=job.chat_id,
                user_id=job.author_id,
                actor_id=actor_id,
                kind=job.kind,
                reason=reason,
                length=length,
            )
        if not await in_telegram(bot, job.chat_id, job.author_id, job.kind, length, now):
            if intent is not None:
                await mod.actions.abandon(intent)
            await confirm(context, actor_id, job.chat_id, group_reply, "mod-failed")
            return
        done = await mod.actions.act(
            chat_id=job.chat_id,
            user_id=job.author_id,
            actor_id=actor_id,
            kind=job.kind,
            reason=reason,
            length=length,
            name=job.name,
            intent_id=intent,
        )
        done_name, group = done.name, done.group
    words = await mod.notices.length_words(actor_id, length)
    await confirm(
        context,
        actor_id,
        job.chat_id,
        group_reply,
        "mod-done",
        group=group or await mod.notices.group_title(job.chat_id),
        name=done_name,
        kind=job.kind.value,
        reason=reason,
        length=words,
        told="yes" if await mod.notices.reachable(job.author_id) else "no",
    )


async def in_telegram(
    bot: Bot,
    chat_id: int,
    user_id: int,
    kind: Kind,
    length: timedelta | None,
    now: datetime,
    until: datetime | None = None,
) -> bool:
    """Restrict or ban in Telegram (a warning needs nothing there); False when refused.
    `until` (an interrupted action's end) stands instead of now + `length`."""
    end = until if until is not None else now + length if length is not None else None
    if kind is Kind.MUTE and end is not None:
        return await tg.restrict(bot, chat_id, user_id, end)
    if kind is Kind.BAN:
        return await tg.ban(bot, chat_id, user_id, end)
    return True


async def confirm(
    context: BotContext,
    actor_id: int,
    chat_id: int,
    group_reply: Update | None,
    text_id: str,
    **args: Any,
) -> None:
    """Tell the facilitator privately; in the group only when they never opened the bot."""
    if not await say(context, actor_id, actor_id, text_id, **args) and group_reply is not None:
        await say(context, chat_id, actor_id, text_id, **args)


async def lift(
    context: BotContext,
    chat_id: int,
    actor_id: int,
    author_id: int,
    kind: Kind,
    name: str | None,
    group_reply: Update,
    call: bool = True,
) -> None:
    """/unmute or /unban: Telegram first, then the record, the member and the facilitator."""
    bot = context.bot
    undo = tg.unrestrict if kind is Kind.MUTE else tg.unban
    if call and not await undo(bot, chat_id, author_id):
        await confirm(context, actor_id, chat_id, group_reply, "mod-failed")
        return
    mod = moderation(context)
    await mod.actions.lift(chat_id=chat_id, user_id=author_id, actor_id=actor_id, kind=kind)
    done_id = "mod-done-unmute" if kind is Kind.MUTE else "mod-done-unban"
    who = await mod.notices.name_of(author_id, name)
    group = await mod.notices.group_title(chat_id)
    await confirm(context, actor_id, chat_id, group_reply, done_id, name=who, group=group)


async def first_name(context: BotContext, chat_id: int, user_id: int) -> str | None:
    """The person's first name as Telegram shows it in the group (None when unknown)."""
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError:
        return None
    return member.user.first_name or None


async def drop_buttons(message: object) -> None:
    """Take the buttons off a card once it is acted on (a card too old to edit keeps them)."""
    if isinstance(message, Message):
        try:
            await message.edit_reply_markup(None)
        except TelegramError as error:
            log.info("card buttons kept: %s", type(error).__name__)
