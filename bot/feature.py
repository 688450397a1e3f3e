"""The contract every feature fulfils: its handlers, timers, menu and the personal data it keeps.

The composition root (`bot/app.py`) holds one ordered list of features and loops over it to
register handlers and timers, to build the command menus and to wire `/mydata`, `/forget` and
`/stop`. After Red-DiscordBot's cogs: a feature cannot be declared without saying what it keeps
about people, and one that owns a column naming a person must say how it is erased.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.domain.models import Role

if TYPE_CHECKING:
    from bot.context import BotApplication
    from bot.services.container import Services
    from bot.storage.db import Transaction

Eraser = Callable[["Transaction", int], Awaitable[None]]
Exporter = Callable[[int], Awaitable[Any]]
Stopper = Callable[[int], Awaitable[None]]
HandlerRegistrar = Callable[["BotApplication"], None]
Wiring = Callable[["BotApplication", "Services"], None]

_COLUMN = re.compile(r"^[a-z_]+\.[a-z_0-9]+$")


@dataclass(frozen=True)
class PersonalData:
    """What a feature keeps about a person and how it is exported, erased and stopped.

    `columns` are the `table.column` names the feature owns that hold a person's id or words;
    `not_personal` are columns whose names look personal but are not, each with its reason
    (`"groups.chat_id": "a group's id"`). A feature that owns a personal column must erase it.
    """

    columns: tuple[str, ...] = ()
    erase: Eraser | None = None
    export: Exporter | None = None
    stop: Stopper | None = None
    not_personal: dict[str, str] = field(default_factory=dict)
    # The section's name in the /mydata file (the feature's name when not given).
    export_as: str | None = None

    def __post_init__(self) -> None:
        """Refuse a declaration that keeps personal columns without an eraser, or bad names."""
        for name in (*self.columns, *self.not_personal):
            if not _COLUMN.match(name):
                raise ValueError(f"{name!r} is not a table.column name")
        if self.columns and self.erase is None:
            raise ValueError(f"columns {self.columns} name people but nothing erases them")
        for name, reason in self.not_personal.items():
            if not reason.strip():
                raise ValueError(f"{name!r} is declared not personal without a reason")


NO_PERSONAL_DATA = PersonalData()


def nothing_personal(_services: Services) -> PersonalData:
    """For a feature that keeps nothing about people."""
    return NO_PERSONAL_DATA


@dataclass(frozen=True)
class MenuCommand:
    """A command shown in the menu of a role (and every role above it), at a rank in the menu;
    `in_groups`: also in group chats' menu (a command the bot answers in the group itself)."""

    name: str
    role: Role
    rank: int
    in_groups: bool = False


@dataclass(frozen=True)
class Feature:
    """One feature: its name, handlers, timers and observers, menu entries and personal data.

    `personal_data` has no default on purpose: every feature says what it keeps, even nothing
    (`nothing_personal`). Erasers run in the list's order, in one transaction; handlers are
    registered in the list's order within their stage (`handlers/stages.py`).
    """

    name: str
    personal_data: Callable[[Services], PersonalData]
    handlers: tuple[HandlerRegistrar, ...] = ()
    wiring: tuple[Wiring, ...] = ()
    menu: tuple[MenuCommand, ...] = ()
    # `table.column`s naming a group by chat id, moved when a group becomes a supergroup.
    group_columns: tuple[str, ...] = ()
