"""Admin-only commands; every one checks the role on the server, whatever the menu shows."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from handlers import status
from handlers.common import admin_sender, deep_link, language_of, reply

log = logging.getLogger(__name__)


async def groups_command(update: Update, context: BotContext) -> None:
    """List the groups the bot is in, with member counts and invite links (admins only)."""
    if update.effective_chat is None or await admin_sender(update, context) is None:
        return
    summaries = await context.services.groups.summaries()
    if not summaries:
        await reply(update, context, "groups-none")
        return
    language = await language_of(update, context)
    texts = context.services.texts
    lines = [texts.get(language, "groups-list-header")]
    for summary in summaries:
        link = deep_link(context.bot.username, summary.group.invite_code)
        lines.append(
            texts.get(
                language,
                "groups-list-item",
                title=summary.group.title,
                members=summary.members,
                link=link,
            )
        )
    await context.bot.send_message(update.effective_chat.id, "\n".join(lines))


def register(app: BotApplication) -> None:
    """Add the admin commands."""
    app.add_handler(CommandHandler("groups", groups_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(
        CommandHandler("status", status.status_command, filters=filters.ChatType.PRIVATE)
    )
