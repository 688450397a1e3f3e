"""The bot joining and leaving groups (my_chat_member updates)."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ChatMemberHandler

from bot.context import BotApplication, BotContext
from handlers.common import deep_link, link_button, person_of

GROUP_TYPES = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})


async def bot_membership_changed(update: Update, context: BotContext) -> None:
    """Register a group when the bot is added, greet it, and forget it when the bot is removed."""
    change = update.my_chat_member
    if change is None or change.chat.type not in GROUP_TYPES:
        return
    adder = person_of(change.from_user)
    was_present = change.old_chat_member.status in ("member", "administrator")
    group = await context.services.groups.bot_status_changed(
        change.chat.id,
        change.chat.title,
        change.chat.type,
        change.new_chat_member.status,
        adder.user_id if adder else None,
    )
    if group is None or was_present:
        return
    texts = context.services.texts
    link = deep_link(context.bot.username, group.invite_code)
    markup = link_button(texts.get(group.language, "btn-join-group"), link)
    await context.bot.send_message(
        group.chat_id, texts.get(group.language, "bot-added-to-group"), reply_markup=markup
    )


def register(app: BotApplication) -> None:
    """Listen for the bot's own membership changes."""
    app.add_handler(ChatMemberHandler(bot_membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
