"""The agreement in the group (pinned when the bot may pin) and accepted in private."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.rules.model import AcceptAgreement
from bot.rules.service import rules_service
from handlers.common import acknowledge, reply, sender

log = logging.getLogger(__name__)


async def post_and_pin(context: BotContext, chat_id: int) -> bool:
    """Post the group's (new) agreement in the group and pin it, unpinning the old one;
    False when the bot could not post or may not pin (nothing else changes)."""
    rules = rules_service(context.services)
    group = await context.services.groups.get(chat_id)
    agreement = await rules.agreement(chat_id)
    if group is None or agreement is None:
        return False
    try:
        me = await context.bot.get_chat_member(chat_id, context.bot.id)
    except TelegramError as error:
        log.info("agreement not pinned: %s", type(error).__name__)
        return False
    if not getattr(me, "can_pin_messages", False):
        return False
    text = context.services.texts.get(
        group.language, "rules-shown", group=group.title, text=agreement.text
    )
    try:
        posted = await context.bot.send_message(chat_id, text)
        await context.bot.pin_chat_message(chat_id, posted.message_id, disable_notification=True)
    except TelegramError as error:
        log.info("agreement not pinned: %s", type(error).__name__)
        return False
    old = await rules.pinned(chat_id)
    await rules.set_pinned(chat_id, posted.message_id)
    if old is not None:
        try:
            await context.bot.unpin_chat_message(chat_id, old)
        except TelegramError as error:
            log.info("old agreement not unpinned: %s", type(error).__name__)
    return True


async def accept_button(update: Update, context: BotContext) -> None:
    """ "I agree" under a changed agreement sent in private: this version is accepted."""
    query = update.callback_query
    person = sender(update)
    pressed = AcceptAgreement.parse(query.data if query else None)
    if query is None or person is None:
        return
    await acknowledge(query)
    group = await context.services.groups.get(pressed.chat_id) if pressed else None
    if pressed is None or group is None:
        await reply(update, context, "button-expired")
        return
    rules = rules_service(context.services)
    if not await rules.may_read(person.user_id, pressed.chat_id):
        await reply(update, context, "button-expired")  # a forged press: nothing is kept
        return
    if not await rules.accept(person.user_id, pressed.chat_id, pressed.version):
        await reply(update, context, "rules-accept-outdated", group=group.title)
        return
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError:
        log.info("accept button already removed")
    await reply(update, context, "rules-accepted", group=group.title)


def register(app: BotApplication) -> None:
    """Add the "I agree" button under an agreement sent in private."""
    app.add_handler(CallbackQueryHandler(accept_button, pattern=prefix_matcher(AcceptAgreement)))
