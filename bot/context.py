"""A typed CallbackContext: handlers reach the services through `context.services`."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.menus import MENU_KEY, Menu
from bot.services.container import Services

SERVICES_KEY = "services"


# The bot carries the priority limiter, whose rate_limit_args are a dict ({"priority": ...}).
LimitedBot = ExtBot[dict[str, Any]]


class BotContext(CallbackContext[LimitedBot, dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """CallbackContext with typed access to the bot's services."""

    # One context serves every stage of one update: the crisis stage sets this when the
    # update's text was flagged (handlers/crisis.py), so later stages know without detecting
    # again (the spam shield never holds such a message silently nor mutes its writer).
    crisis_flagged: bool = False

    @property
    def services(self) -> Services:
        """Return the services wired by the composition root."""
        services: Services = self.bot_data[SERVICES_KEY]
        return services

    @property
    def menu(self) -> Menu:
        """Return the command menu of every feature, kept by the composition root."""
        menu: Menu = self.bot_data[MENU_KEY]
        return menu


BotApplication = Application[
    LimitedBot, BotContext, dict[Any, Any], dict[Any, Any], dict[Any, Any], Any
]
