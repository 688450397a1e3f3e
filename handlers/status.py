"""/status (admins): per group, what the bot can see and do, and exactly what to change."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot.context import BotContext
from bot.domain.group_setup import GroupStatus, status_lines
from bot.domain.models import Group
from bot.formats.formatting import Reader, language_name
from bot.joingate.rights import rights_lines
from handlers.common import admin_sender, language_of, reply

log = logging.getLogger(__name__)

_ADMIN = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
_PRESENT = (ChatMemberStatus.MEMBER, *_ADMIN)
# Telegram allows 4096 characters per message; groups are sent in parts well below that.
_PART_LIMIT = 3500


async def is_group_admin(context: BotContext, chat_id: int, user_id: int) -> bool:
    """Ask Telegram whether the user is the creator or an administrator of the group."""
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError as error:
        log.info("group admin check failed: %s", type(error).__name__)
        return False
    return member.status in _ADMIN


async def group_status(context: BotContext, group: Group) -> GroupStatus:
    """Ask Telegram what the bot is in the group, and add the group's facilitators/meetings."""
    reachable = is_admin = False
    try:
        me = await context.bot.get_chat_member(group.chat_id, context.bot.id)
    except TelegramError as error:
        log.info("status: group not reachable: %s", type(error).__name__)
    else:
        is_admin = me.status in _ADMIN
        may_send = bool(getattr(me, "can_send_messages", False))
        reachable = me.status in _PRESENT or (me.status == ChatMemberStatus.RESTRICTED and may_send)
    reads_all = bool(context.bot.can_read_all_group_messages)
    return await context.services.group_setup.status_of(group, reachable, is_admin, reads_all)


async def describe(context: BotContext, language: str, group: Group) -> str:
    """One group's part of /status: its settings, then each fact with what to change."""
    texts = context.services.texts
    status = await group_status(context, group)
    lines = [
        texts.get(language, "status-group", title=group.title),
        texts.get(
            language,
            "status-settings",
            timezone=group.timezone,
            language=language_name(group.language, Reader(language)),
        ),
    ]
    counts = {"status-facilitators": status.facilitators, "status-meetings": status.meetings}
    for message_id in status_lines(status):
        lines.append(texts.get(language, message_id, count=counts.get(message_id, 0)))
    lines.extend(await rights_lines(context, language, group))
    return "\n".join(lines)


async def status_command(update: Update, context: BotContext) -> None:
    """Tell admins, per group, what the bot can see and do and what to change (admins only)."""
    if update.effective_chat is None or await admin_sender(update, context) is None:
        return
    groups = await context.services.groups.all()
    if not groups:
        await reply(update, context, "groups-none")
        return
    language = await language_of(update, context)
    parts = [context.services.texts.get(language, "status-header")]
    for group in groups:
        part = await describe(context, language, group)
        if len("\n\n".join([*parts, part])) > _PART_LIMIT:
            await context.bot.send_message(update.effective_chat.id, "\n\n".join(parts))
            parts = []
        parts.append(part)
    await context.bot.send_message(update.effective_chat.id, "\n\n".join(parts))
