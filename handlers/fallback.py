"""Registered last: unknown commands, plain text, non-text messages, stale buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.text import sanitize
from handlers.common import acknowledge, language_of, reply
from handlers.text_router import interpret

_PRIVATE = filters.ChatType.PRIVATE


async def unknown_command(update: Update, context: BotContext) -> None:
    """Say the command is unknown and point to /help."""
    await reply(update, context, "unknown-command")


async def private_text(update: Update, context: BotContext) -> None:
    """Offer the text to the features that understand plain text, else answer kindly."""
    message = update.effective_message
    text = sanitize(message.text or "") if message else ""
    if not await interpret(update, context, text):
        await reply(update, context, "text-fallback")


async def non_text(update: Update, context: BotContext) -> None:
    """Answer stickers, photos, voice and the like without text."""
    await reply(update, context, "non-text-fallback")


async def stale_button(update: Update, context: BotContext) -> None:
    """Answer a button no feature recognises."""
    query = update.callback_query
    if query is None:
        return
    language = await language_of(update, context)
    await acknowledge(query, context.services.texts.get(language, "button-expired"))


def register(app: BotApplication) -> None:
    """Add the catch-all handlers; must run after every feature has registered."""
    app.add_handler(MessageHandler(_PRIVATE & filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(_PRIVATE & filters.TEXT, private_text))
    app.add_handler(MessageHandler(_PRIVATE & ~filters.StatusUpdate.ALL, non_text))
    app.add_handler(CallbackQueryHandler(stale_button))
