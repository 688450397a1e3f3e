"""Command menus per language and role (menus are a convenience, never access control)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)
from telegram.error import TelegramError

from bot.domain.models import Role
from bot.feature import Feature, MenuCommand
from bot.services.container import Services

if TYPE_CHECKING:
    from bot.context import LimitedBot

log = logging.getLogger(__name__)

MENU_KEY = "menu"


@dataclass(frozen=True)
class Menu:
    """Every feature's menu entries; the composition root keeps one in `bot_data[MENU_KEY]`."""

    entries: tuple[MenuCommand, ...]

    @classmethod
    def of(cls, features: Iterable[Feature]) -> Menu:
        """Collect the menu entries of the features."""
        return cls(tuple(entry for feature in features for entry in feature.menu))

    def commands_for(self, role: Role) -> tuple[str, ...]:
        """Return the command names shown to a role (and the roles below it), in rank order."""
        shown = _SHOWN[role]
        entries = sorted((e for e in self.entries if e.role in shown), key=lambda e: e.rank)
        return tuple(entry.name for entry in entries)

    def commands(self, services: Services, language: str, role: Role) -> list[BotCommand]:
        """Build the menu for a role in a language from the cmd-* texts."""
        return _described(services, language, self.commands_for(role))

    def group_commands(self, services: Services, language: str) -> list[BotCommand]:
        """Build group chats' menu in a language: the commands answered in the group."""
        entries = sorted((e for e in self.entries if e.in_groups), key=lambda e: e.rank)
        return _described(services, language, [entry.name for entry in entries])


def _described(services: Services, language: str, names: Iterable[str]) -> list[BotCommand]:
    """Each command with its cmd-* text in the language."""
    return [BotCommand(name, services.texts.get(language, f"cmd-{name}")) for name in names]


_SHOWN = {
    Role.MEMBER: (Role.MEMBER,),
    Role.FACILITATOR: (Role.MEMBER, Role.FACILITATOR),
    Role.ADMIN: (Role.MEMBER, Role.FACILITATOR, Role.ADMIN),
}


async def publish_menus(bot: LimitedBot, services: Services, menu: Menu) -> None:
    """Set the member menu and group chats' menu per language, and a personal menu for each
    admin and facilitator."""
    private, groups = BotCommandScopeAllPrivateChats(), BotCommandScopeAllGroupChats()
    default = services.settings.default_language
    await bot.set_my_commands(menu.commands(services, default, Role.MEMBER), scope=private)
    await bot.set_my_commands(menu.group_commands(services, default), scope=groups)
    for language in services.texts.languages:
        await bot.set_my_commands(
            menu.commands(services, language, Role.MEMBER), scope=private, language_code=language
        )
        await bot.set_my_commands(
            menu.group_commands(services, language), scope=groups, language_code=language
        )
    for user_id, role in (await services.roles.staff_ids()).items():
        await publish_personal_menu(bot, services, menu, user_id, role)


async def publish_personal_menu(
    bot: LimitedBot, services: Services, menu: Menu, user_id: int, role: Role
) -> None:
    """Show a staff member their role's menu in their private chat (skipped if unreachable)."""
    member = await services.members.get(user_id)
    language = member.language if member else services.settings.default_language
    try:
        await bot.set_my_commands(
            menu.commands(services, language, role), scope=BotCommandScopeChat(chat_id=user_id)
        )
    except TelegramError as error:
        # Someone who never opened the bot has no private chat yet: "chat not found".
        log.info("personal menu not set for a %s: %s", role.value, type(error).__name__)
