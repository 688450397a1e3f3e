"""Screens that change in place: shared by features whose buttons edit the pressed message.

Used by /reminders, /checkin, /mood and the check-in prompts.
"""

from __future__ import annotations

import re

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.context import BotContext
from bot.domain.models import Member
from handlers.common import acknowledge, label, language_of, reply, sender

_NUMBER = re.compile(r"-?\d{1,19}")


async def member_or_need_start(update: Update, context: BotContext) -> Member | None:
    """The sender as a member, or None after telling them to /start first."""
    person = sender(update)
    member = await context.services.members.get(person.user_id) if person else None
    if member is None:
        await reply(update, context, "need-start")
    return member


def number(text: str) -> int | None:
    """An integer from callback data, or None."""
    return int(text) if _NUMBER.fullmatch(text) else None


async def show(
    update: Update, context: BotContext, text: str, markup: InlineKeyboardMarkup | None, edit: bool
) -> None:
    """Edit the pressed message in place (edit=True), or send a new message."""
    query, chat = update.callback_query, update.effective_chat
    if edit and query is not None and query.message is not None:
        try:
            await query.edit_message_text(text, reply_markup=markup)
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                raise
    elif chat is not None:
        await context.bot.send_message(chat.id, text, reply_markup=markup)


async def toast(update: Update, context: BotContext, message_id: str) -> None:
    """Answer the pressed button with a short text in the presser's language."""
    if update.callback_query is not None:
        language = await language_of(update, context)
        await acknowledge(update.callback_query, label(context, language, message_id))


async def acknowledge_query(update: Update) -> None:
    """Answer the pressed button without a text."""
    if update.callback_query is not None:
        await acknowledge(update.callback_query)
