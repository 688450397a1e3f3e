"""The shield's staff commands: /block and /unblock (admins), "Also ban in all our groups",
and /shield (a group's newcomer window, for its facilitators). Private chats only."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.shield.handlers import RESTRICT, bot_may, shield_of
from bot.shield.model import WINDOW_CHOICES, BanEverywhere, ShieldWindow
from handlers.common import (
    acknowledge,
    admin_sender,
    is_int,
    keyboard,
    language_of,
    pressed_button,
    reply,
    sender,
    staff_sender,
)
from handlers.screens import show, toast

log = logging.getLogger(__name__)


async def _everywhere(context: BotContext, user_id: int, ban: bool) -> tuple[int, int]:
    """Ban (or unban) the person in every group the bot is in; (done, not done) counts."""
    done = failed = 0
    for group in await context.services.groups.all():
        if group.bot_status == "unreachable":
            continue
        if not await bot_may(context, group.chat_id, RESTRICT):
            failed += 1
            continue
        try:
            if ban:
                await context.bot.ban_chat_member(group.chat_id, user_id)
                await shield_of(context).left(group.chat_id, user_id)
            else:
                await context.bot.unban_chat_member(group.chat_id, user_id, only_if_banned=True)
            done += 1
        except TelegramError as error:
            log.info("shield: %s in %s refused: %s", ban, group.chat_id, type(error).__name__)
            failed += 1
    return done, failed


async def block_command(update: Update, context: BotContext) -> None:
    """/block <user id> <reason>: an admin blocks a person in every group of the bot."""
    person = await admin_sender(update, context)
    if person is None:
        return
    args = context.args or []
    if not args or not is_int(args[0]) or len(args) < 2:
        await reply(update, context, "shield-block-usage")
        return
    user_id, reason = int(args[0]), " ".join(args[1:])
    await _block(update, context, person.user_id, user_id, reason)


async def _block(
    update: Update, context: BotContext, admin_id: int, user_id: int, reason: str
) -> None:
    """Block and ban everywhere, then say how it went."""
    blocked = await shield_of(context).block(user_id, admin_id, reason)
    if blocked is None:
        await reply(update, context, "shield-block-refused")
        return
    done, failed = await _everywhere(context, user_id, ban=True)
    text_id = "shield-blocked" if blocked else "shield-blocked-already"
    await reply(update, context, text_id, id=str(user_id), done=done, failed=failed)


async def unblock_command(update: Update, context: BotContext) -> None:
    """/unblock <user id>: an admin lifts a block (and the bans it made)."""
    person = await admin_sender(update, context)
    if person is None:
        return
    args = context.args or []
    if len(args) != 1 or not is_int(args[0]):
        await reply(update, context, "shield-unblock-usage")
        return
    user_id = int(args[0])
    lifted = await shield_of(context).unblock(user_id, person.user_id)
    if not lifted:
        await reply(update, context, "shield-not-blocked", id=str(user_id))
        return
    done, failed = await _everywhere(context, user_id, ban=False)
    await reply(update, context, "shield-unblocked", id=str(user_id), done=done, failed=failed)


async def ban_everywhere(update: Update, context: BotContext) -> None:
    """shban:<user>:<chat>: "Also ban in all our groups" on a ban's result card (admins)."""
    query, pressed = pressed_button(update, BanEverywhere)
    person = sender(update)
    if person is None or not isinstance(pressed, BanEverywhere):
        await toast(update, context, "button-expired")
        return
    if not await context.services.roles.is_admin(person.user_id):
        await toast(update, context, "shield-admins-only")
        return
    await acknowledge(query)
    group = await context.services.groups.get(pressed.chat_id)
    language = await language_of(update, context)
    title = group.title if group is not None else str(pressed.chat_id)
    reason = context.services.texts.get(language, "shield-reason-banned-in", group=title)
    await _block(update, context, person.user_id, pressed.user_id, reason)


async def shield_command(update: Update, context: BotContext) -> None:
    """/shield: each group the person facilitates, its newcomer window and the choices."""
    person = await staff_sender(update, context)
    if person is None:
        return
    services = context.services
    if await services.roles.is_admin(person.user_id):
        chat_ids = [group.chat_id for group in await services.groups.all()]
    else:
        chat_ids = await services.roles.facilitated_groups(person.user_id)
    if not chat_ids:
        await reply(update, context, "shield-no-groups")
        return
    for chat_id in chat_ids:
        text, markup = await _card(update, context, chat_id)
        await show(update, context, text, markup, edit=False)


async def _card(
    update: Update, context: BotContext, chat_id: int
) -> tuple[str, InlineKeyboardMarkup]:
    """One group's shield card: its window and a button per other choice."""
    language = await language_of(update, context)
    texts = context.services.texts
    group = await context.services.groups.get(chat_id)
    title = group.title if group is not None else str(chat_id)
    hours = await shield_of(context).window_of(chat_id)
    text_id = "shield-card" if hours > 0 else "shield-card-off"
    text = texts.get(language, text_id, group=title, hours=hours)
    row = [
        (
            texts.get(language, "btn-shield-window", hours=choice),
            ShieldWindow(chat_id, choice).pack(),
        )
        for choice in WINDOW_CHOICES
        if choice != hours
    ]
    return text, keyboard([row])


async def window_button(update: Update, context: BotContext) -> None:
    """shwin:<chat>:<hours>: a facilitator changes the group's newcomer window."""
    query, pressed = pressed_button(update, ShieldWindow)
    person = sender(update)
    if person is None or not isinstance(pressed, ShieldWindow):
        await toast(update, context, "button-expired")
        return
    changed = await shield_of(context).set_window(person.user_id, pressed.chat_id, pressed.hours)
    if not changed:
        await toast(update, context, "shield-not-allowed")
        return
    await acknowledge(query)
    text, markup = await _card(update, context, pressed.chat_id)
    await show(update, context, text, markup, edit=True)


def register(app: BotApplication) -> None:
    """Add /block, /unblock and /shield in private, and their buttons."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("block", block_command, filters=private))
    app.add_handler(CommandHandler("unblock", unblock_command, filters=private))
    app.add_handler(CommandHandler("shield", shield_command, filters=private))
    app.add_handler(CallbackQueryHandler(ban_everywhere, pattern=prefix_matcher(BanEverywhere)))
    app.add_handler(CallbackQueryHandler(window_button, pattern=prefix_matcher(ShieldWindow)))
