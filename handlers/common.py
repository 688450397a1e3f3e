"""Helpers every handler module shares: who is speaking, in which language, replying."""

from __future__ import annotations

import html
import logging

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.constants import ChatType
from telegram.error import BadRequest

from bot.context import BotContext
from bot.domain.callback import CallbackData, callback_parts, is_id, parse_any
from bot.domain.language import guess_language
from bot.domain.messages import Keyboard
from bot.domain.models import Member, Person, Role
from bot.formats.formatting import Reader, reader_for

log = logging.getLogger(__name__)

# @GroupAnonymousBot: what Telegram shows for anonymous group admins; never a person.
ANONYMOUS_ADMIN_ID = 1087968824
# Telegram's service account that forwards channel posts into linked discussion groups.
SERVICE_ACCOUNT_ID = 777000


def person_of(user: User | None) -> Person | None:
    """Return the person behind a Telegram user, or None for bots and stand-in accounts."""
    if user is None or user.is_bot or user.id in (ANONYMOUS_ADMIN_ID, SERVICE_ACCOUNT_ID):
        return None
    return Person(user.id, user.first_name, user.username, user.language_code)


def sender(update: Update) -> Person | None:
    """Return the person who sent this update, or None when it was not a person."""
    message = update.effective_message
    if message is not None and message.sender_chat is not None:
        return None
    return person_of(update.effective_user)


def is_private(update: Update) -> bool:
    """Tell whether the update happened in a private chat with the bot."""
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


async def admin_sender(update: Update, context: BotContext) -> Person | None:
    """Return the sender if they are an admin; otherwise tell them it is for admins only."""
    person = sender(update)
    if person is None:
        return None
    if not await context.services.roles.is_admin(person.user_id):
        await reply(update, context, "admin-only")
        return None
    return person


async def staff_sender(update: Update, context: BotContext) -> Person | None:
    """Return the sender if they are an admin or a facilitator; otherwise say it is for staff."""
    person = sender(update)
    if person is None:
        return None
    if await context.services.roles.role_of(person.user_id) is Role.MEMBER:
        await reply(update, context, "staff-only")
        return None
    return person


async def language_of(update: Update, context: BotContext) -> str:
    """Return the member's chosen language, or a guess from Telegram's language_code."""
    services = context.services
    user = update.effective_user
    if user is None:
        return services.settings.default_language
    member = await services.members.get(user.id)
    if member is not None:
        return member.language
    return guess_language(user.language_code, services.settings.default_language)


async def reply(
    update: Update,
    context: BotContext,
    message_id: str,
    /,
    markup: InlineKeyboardMarkup | None = None,
    **args: object,
) -> None:
    """Reply in the update's chat with a text from content/, in the sender's language."""
    chat = update.effective_chat
    if chat is None:
        return
    language = await language_of(update, context)
    text = context.services.texts.get(language, message_id, **args)
    await context.bot.send_message(chat.id, text, reply_markup=markup)


async def name_or_friend(update: Update, context: BotContext, name: str) -> str:
    """The member's name, or a friendly word in their language when it is empty."""
    return name or context.services.texts.get(await language_of(update, context), "name-fallback")


def keyboard(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
    """Build an inline keyboard from rows of (label, callback_data)."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def deep_link(bot_username: str | None, payload: str = "") -> str:
    """Return the t.me link that opens a private chat with the bot (with a /start payload)."""
    link = f"https://t.me/{bot_username or ''}"
    return f"{link}?start={payload}" if payload else link


def callback_of(update: Update) -> tuple[CallbackQuery, list[str]]:
    """Return the callback query and its data split on ':' (handlers are registered by pattern).

    The gate has answered and stopped presses whose data no button of this bot carries.
    """
    query = update.callback_query
    if query is None:
        raise ValueError("not a callback query")
    return query, callback_parts(query.data) or [""]


def pressed_button(
    update: Update, *kinds: type[CallbackData]
) -> tuple[CallbackQuery, CallbackData | None]:
    """Return the callback query and its button as a value (None: not one of these kinds)."""
    query = update.callback_query
    if query is None:
        raise ValueError("not a callback query")
    return query, parse_any(query.data, *kinds)


def link_button(label: str, url: str) -> InlineKeyboardMarkup:
    """Build a one-button keyboard that opens a URL (such as a deep link)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, url=url)]])


async def acknowledge(query: CallbackQuery, text: str | None = None) -> None:
    """Answer a button press; a query too old to answer (e.g. after a restart) is not an error."""
    try:
        await query.answer(text)
    except BadRequest:
        log.info("callback query could not be answered (too old)")


def is_int(value: str) -> bool:
    """Tell whether a word or callback argument holds a (possibly negative) 64-bit integer id."""
    return is_id(value)


def label(context: BotContext, language: str, message_id: str, **args: object) -> str:
    """A text for a button or a toast: plain text, not HTML (escapes undone)."""
    return html.unescape(context.services.texts.get(language, message_id, **args))


def reader_of(member: Member) -> Reader:
    """How a member reads dates and times: their language, their zone's country, their clock."""
    return reader_for(member.language, member.timezone, member.clock)


def markup_of(keyboard: Keyboard | None) -> InlineKeyboardMarkup | None:
    """The PTB markup of a typed keyboard (None stays None; an empty one removes buttons)."""
    if keyboard is None:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(button.text, url=button.url)
                if button.url is not None
                else InlineKeyboardButton(button.text, callback_data=button.data)
                for button in row
            ]
            for row in keyboard.rows
        ]
    )
