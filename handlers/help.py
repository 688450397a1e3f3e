"""/help in private; in groups, /start, /help and every personal command point to a private
chat."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.models import Role
from handlers.common import deep_link, language_of, link_button, sender

# Commands about the person (or staff work) that have no group version: in a group they are
# answered with a button to the private chat (/next, /meetings, /rules, /crisis, /announce and
# /facilitators answer in the group itself).
PRIVATE_ONLY = [
    *("start", "help", "checkin", "mood", "pause", "resume", "skip", "reminders", "settings"),
    *("privacy", "mydata", "forget", "stop", "resources", "cancel"),
    *("flags", "flag", "oncall", "stats", "audit", "groups", "setup", "status", "reload"),
    *("addmeeting", "editmeeting", "cancelmeeting", "movemeeting", "endmeeting"),
    *("addresource", "myresources"),
]


async def help_command(update: Update, context: BotContext) -> None:
    """List what the member can do (and the admin commands for admins)."""
    person = sender(update)
    if person is None or update.effective_chat is None:
        return
    language = await language_of(update, context)
    texts = context.services.texts
    text = texts.get(language, "help-member")
    role = await context.services.roles.role_of(person.user_id)
    if role is not Role.MEMBER:
        text += "\n" + texts.get(language, "help-facilitator-extra")
    if role is Role.ADMIN:
        text += "\n" + texts.get(language, "help-admin-extra")
    await context.bot.send_message(update.effective_chat.id, text)


async def in_group(update: Update, context: BotContext) -> None:
    """Answer a personal command in a group with a button that opens a private chat."""
    chat = update.effective_chat
    if chat is None:
        return
    group = await context.services.groups.get(chat.id)
    link = deep_link(context.bot.username, group.invite_code if group else "")
    language = group.language if group else context.services.settings.default_language
    texts = context.services.texts
    markup = link_button(texts.get(language, "btn-open-private"), link)
    await context.bot.send_message(
        chat.id, texts.get(language, "only-private"), reply_markup=markup
    )


def register(app: BotApplication) -> None:
    """Add /help (private) and the group redirect of the personal commands."""
    app.add_handler(CommandHandler("help", help_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CommandHandler(PRIVATE_ONLY, in_group, filters=filters.ChatType.GROUPS))
