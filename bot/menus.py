"""Command menus per language and role (menus are a convenience, never access control)."""

from __future__ import annotations

import logging

from telegram import BotCommand, BotCommandScopeAllPrivateChats, BotCommandScopeChat
from telegram.error import TelegramError

from bot.context import LimitedBot
from bot.domain.models import Role
from bot.services.container import Services

log = logging.getLogger(__name__)

MEMBER_COMMANDS = (
    *("start", "help", "next", "meetings", "reminders", "checkin", "mood", "pause", "resume"),
    *("crisis", "resources", "settings"),
    *("privacy", "mydata", "forget", "stop"),
)
FACILITATOR_COMMANDS: tuple[str, ...] = (
    *("flags", "flag", "oncall"),
    *("addmeeting", "editmeeting", "cancelmeeting", "movemeeting", "endmeeting"),
    *("addresource", "myresources"),
    *("announce", "stats"),
)
ADMIN_COMMANDS = ("groups", "setup", "status", "facilitators", "audit", "reload")


def commands_for(role: Role) -> tuple[str, ...]:
    """Return the command names shown to a role, members' first."""
    if role is Role.ADMIN:
        return MEMBER_COMMANDS + FACILITATOR_COMMANDS + ADMIN_COMMANDS
    if role is Role.FACILITATOR:
        return MEMBER_COMMANDS + FACILITATOR_COMMANDS
    return MEMBER_COMMANDS


def menu(services: Services, language: str, role: Role) -> list[BotCommand]:
    """Build the menu for a role in a language from the cmd-* texts."""
    return [
        BotCommand(name, services.texts.get(language, f"cmd-{name}")) for name in commands_for(role)
    ]


async def publish_menus(bot: LimitedBot, services: Services) -> None:
    """Set the member menu per language, and a personal menu for each admin and facilitator."""
    scope = BotCommandScopeAllPrivateChats()
    default = services.settings.default_language
    await bot.set_my_commands(menu(services, default, Role.MEMBER), scope=scope)
    for language in services.texts.languages:
        await bot.set_my_commands(
            menu(services, language, Role.MEMBER), scope=scope, language_code=language
        )
    for user_id, role in (await services.roles.staff_ids()).items():
        await publish_personal_menu(bot, services, user_id, role)


async def publish_personal_menu(
    bot: LimitedBot, services: Services, user_id: int, role: Role
) -> None:
    """Show a staff member their role's menu in their private chat (skipped if unreachable)."""
    member = await services.members.get(user_id)
    language = member.language if member else services.settings.default_language
    try:
        await bot.set_my_commands(
            menu(services, language, role), scope=BotCommandScopeChat(chat_id=user_id)
        )
    except TelegramError as error:
        # Someone who never opened the bot has no private chat yet: "chat not found".
        log.info("personal menu not set for a %s: %s", role.value, type(error).__name__)
