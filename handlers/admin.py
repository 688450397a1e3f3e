"""Admin-only commands; every one checks the role on the server, whatever the menu shows."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.models import Group
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


async def status_command(update: Update, context: BotContext) -> None:
    """Tell admins, per group, whether the bot can see members' messages and who looks after it."""
    if update.effective_chat is None or await admin_sender(update, context) is None:
        return
    groups = await context.services.groups.all()
    if not groups:
        await reply(update, context, "groups-none")
        return
    language = await language_of(update, context)
    lines = [context.services.texts.get(language, "status-header")]
    for group in groups:
        lines.append(await _group_status(context, language, group))
    await context.bot.send_message(update.effective_chat.id, "\n\n".join(lines))


async def _group_status(context: BotContext, language: str, group: Group) -> str:
    """Describe what the bot can see and do in one group, and what to change."""
    texts = context.services.texts
    title = texts.get(language, "status-group", title=group.title)
    try:
        me = await context.bot.get_chat_member(group.chat_id, context.bot.id)
    except TelegramError as error:
        log.info("status: group not reachable: %s", type(error).__name__)
        return f"{title}\n{texts.get(language, 'status-unreachable')}"
    is_admin = me.status in ("administrator", "creator")
    sees_all = is_admin or bool(context.bot.can_read_all_group_messages)
    lines = [title, texts.get(language, "status-sees-all" if sees_all else "status-sees-little")]
    if not is_admin:
        lines.append(texts.get(language, "status-not-admin"))
    facilitators = await context.services.roles.facilitators_of(group.chat_id)
    lines.append(texts.get(language, "status-facilitators", count=len(facilitators)))
    return "\n".join(lines)


def register(app: BotApplication) -> None:
    """Add the admin commands."""
    app.add_handler(CommandHandler("groups", groups_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CommandHandler("status", status_command, filters=filters.ChatType.PRIVATE))
