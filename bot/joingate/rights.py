"""/status's part for the gate: the admin rights the group's settings need and the bot lacks."""

from __future__ import annotations

import logging

from telegram.error import TelegramError

from bot.context import BotContext
from bot.domain.models import Group
from bot.joingate.model import BotRights, Needs, missing_rights
from bot.joingate.service import joingate_service
from bot.rules.service import rules_service

log = logging.getLogger(__name__)


async def bot_rights(context: BotContext, chat_id: int) -> BotRights:
    """Ask Telegram what the bot may do in the group (nothing when it cannot tell)."""
    try:
        me = await context.bot.get_chat_member(chat_id, context.bot.id)
    except TelegramError as error:
        log.info("rights not read: %s", type(error).__name__)
        return BotRights()
    return BotRights(
        is_admin=me.status in ("administrator", "creator"),
        can_invite_users=bool(getattr(me, "can_invite_users", False)),
        can_pin_messages=bool(getattr(me, "can_pin_messages", False)),
        can_restrict_members=bool(getattr(me, "can_restrict_members", False)),
        can_delete_messages=bool(getattr(me, "can_delete_messages", False)),
    )


async def needs_of(context: BotContext, chat_id: int) -> Needs:
    """What the group's settings ask of the bot."""
    gate = await joingate_service(context.services).settings(chat_id)
    agreement = await rules_service(context.services).agreement(chat_id)
    return Needs(
        gate=gate.gated,
        agreement=agreement is not None,
        restrict=gate.readonly_minutes > 0,
    )


async def rights_lines(context: BotContext, language: str, group: Group) -> list[str]:
    """One line per missing right, in plain words with how to fix it."""
    needs = await needs_of(context, group.chat_id)
    missing = missing_rights(await bot_rights(context, group.chat_id), needs)
    texts = context.services.texts
    lines = [texts.get(language, message_id) for message_id in missing]
    if needs.gate:
        lines.insert(0, texts.get(language, "status-gate-on"))
    return lines
