"""Plain private text goes to the first feature that understands it, else to the fallback."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.context import BotApplication, BotContext

TextInterpreter = Callable[[Update, BotContext, str], Awaitable[bool]]
_KEY = "text_interpreters"


def add_text_interpreter(
    app: BotApplication, interpreter: TextInterpreter, *, first: bool = False
) -> None:
    """Register a feature's interpreter (True when it handled the text); `first` puts it ahead
    of every other (an answer the person was asked for a moment ago)."""
    interpreters = app.bot_data.setdefault(_KEY, [])
    if first:
        interpreters.insert(0, interpreter)
    else:
        interpreters.append(interpreter)


async def interpret(update: Update, context: BotContext, text: str) -> bool:
    """Offer the text to each registered interpreter in order; True once one handled it."""
    for interpreter in context.bot_data.get(_KEY, []):
        if await interpreter(update, context, text):
            return True
    return False
