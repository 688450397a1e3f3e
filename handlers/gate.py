"""Runs before every feature: drops what does not come from a person, edits and channel posts."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.context import BotApplication, BotContext
from handlers.common import is_private, reply, sender

# Group -1 runs before the features (group 0), so nothing below it sees dropped updates.
GATE_GROUP = -1


async def gate(update: Update, context: BotContext) -> None:
    """Stop updates no feature should act on; tell stand-in accounts to use their own."""
    if update.channel_post or update.edited_channel_post or update.edited_message:
        raise ApplicationHandlerStop
    message = update.message
    if message is not None and sender(update) is None:
        is_command = bool(message.text and message.text.startswith("/"))
        from_stand_in = message.sender_chat is not None or (
            message.from_user is not None and not message.from_user.is_bot
        )
        if is_command and from_stand_in and not is_private(update):
            await reply(update, context, "not-a-person")
        raise ApplicationHandlerStop
    if update.callback_query is not None and sender(update) is None:
        raise ApplicationHandlerStop


def register(app: BotApplication) -> None:
    """Install the gate ahead of every feature."""
    app.add_handler(TypeHandler(Update, gate), group=GATE_GROUP)
