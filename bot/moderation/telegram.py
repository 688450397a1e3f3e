"""Moderation's calls to Telegram: the bot's rights in a group, a member's standing there,
restricting, banning and lifting (used by the feature's handlers)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from telegram import Bot, ChatPermissions
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot.moderation.model import Kind, missing_right

log = logging.getLogger(__name__)

_CHAT_ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
# Telegram lets a bot delete someone else's message in a group only this long after it was sent.
DELETE_WINDOW = timedelta(hours=48)


def too_old_to_delete(sent: datetime, now: datetime) -> bool:
    """Tell whether a message sent then can no longer be deleted by the bot (Telegram's dates)."""
    return now - sent >= DELETE_WINDOW


async def lacking_right(bot: Bot, chat_id: int, kind: Kind) -> str | None:
    """The right the bot lacks for this action in the group ("admin": it is not an admin)."""
    try:
        member = await bot.get_chat_member(chat_id, bot.id)
    except TelegramError as error:
        log.info("own rights not read: %s", type(error).__name__)
        return "admin"
    owner = member.status == ChatMemberStatus.OWNER
    rights: dict[str, Any] = member.to_dict()
    return None if owner else missing_right(kind, member.status in _CHAT_ADMINS, rights)


async def may_delete(bot: Bot, chat_id: int) -> bool:
    """Tell whether the bot may delete other people's messages in the group."""
    return await lacking_right(bot, chat_id, Kind.HOLD) is None


async def is_chat_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    """Tell whether the person is the group's owner or one of its Telegram administrators."""
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except TelegramError as error:
        log.info("member status not read: %s", type(error).__name__)
        return False
    return member.status in _CHAT_ADMINS


async def restrict(bot: Bot, chat_id: int, user_id: int, until: datetime) -> bool:
    """Take away the member's right to write until then; False when Telegram refused."""
    try:
        return await bot.restrict_chat_member(
            chat_id, user_id, ChatPermissions.no_permissions(), until_date=until
        )
    except TelegramError as error:
        log.info("restrict refused: %s", type(error).__name__)
        return False


async def ban(bot: Bot, chat_id: int, user_id: int, until: datetime | None) -> bool:
    """Remove the member from the group (until then, or for good); False when refused."""
    try:
        return await bot.ban_chat_member(chat_id, user_id, until_date=until)
    except TelegramError as error:
        log.info("ban refused: %s", type(error).__name__)
        return False


async def unrestrict(bot: Bot, chat_id: int, user_id: int) -> bool:
    """Give the member back every right to write; False when refused."""
    try:
        return await bot.restrict_chat_member(chat_id, user_id, ChatPermissions.all_permissions())
    except TelegramError as error:
        log.info("unrestrict refused: %s", type(error).__name__)
        return False


async def unban(bot: Bot, chat_id: int, user_id: int) -> bool:
    """Let a removed member join again (nothing happens to a member who was not removed)."""
    try:
        return await bot.unban_chat_member(chat_id, user_id, only_if_banned=True)
    except TelegramError as error:
        log.info("unban refused: %s", type(error).__name__)
        return False


async def delete(bot: Bot, chat_id: int, message_id: int) -> None:
    """Delete a message of the group if the bot may (a command once acted on)."""
    try:
        await bot.delete_message(chat_id, message_id)
    except TelegramError as error:
        log.info("message not deleted: %s", type(error).__name__)
