"""The bot joining and leaving groups (my_chat_member updates)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import ChatMemberHandler

from bot.context import BotApplication, BotContext
from bot.domain.text import clean_name
from handlers.common import deep_link, language_of, person_of
from handlers.group_setup import SETUP_PREFIX, offer_setup

GROUP_TYPES = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})


async def bot_membership_changed(update: Update, context: BotContext) -> None:
    """Register a group when the bot is added, greet it, and forget it when the bot is removed."""
    change = update.my_chat_member
    if change is None or change.chat.type not in GROUP_TYPES:
        return
    adder = person_of(change.from_user)
    was_present = change.old_chat_member.status in ("member", "administrator")
    # A new group starts in its adder's language (their choice, or their Telegram's if supported).
    language = await language_of(update, context) if adder else None
    group = await context.services.groups.bot_status_changed(
        change.chat.id,
        change.chat.title,
        change.chat.type,
        change.new_chat_member.status,
        adder.user_id if adder else None,
        language=language,
    )
    if group is None or was_present:
        return
    # Setup is offered in private first; someone who never opened the bot gets a link instead.
    offer = await offer_setup(update, context, group, adder) if adder else "none"
    texts, language = context.services.texts, group.language
    join = deep_link(context.bot.username, group.invite_code)
    buttons = [[InlineKeyboardButton(texts.get(language, "btn-join-group"), url=join)]]
    text = texts.get(language, "bot-added-to-group")
    if offer == "link" and adder is not None:
        setup = deep_link(context.bot.username, f"{SETUP_PREFIX}{group.invite_code}")
        label = texts.get(language, "btn-setup-in-private")
        buttons.append([InlineKeyboardButton(label, url=setup)])
        name = clean_name(adder.first_name) or texts.get(language, "name-fallback")
        text += "\n\n" + texts.get(language, "bot-added-setup-link", name=name)
    await context.bot.send_message(group.chat_id, text, reply_markup=InlineKeyboardMarkup(buttons))


def register(app: BotApplication) -> None:
    """Listen for the bot's own membership changes."""
    app.add_handler(ChatMemberHandler(bot_membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
