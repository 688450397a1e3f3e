"""The baseline: a bare python-telegram-bot echo bot (stock Updater, no storage, no pacing)."""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back."""
    if update.effective_message and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def main() -> None:
    """Poll the API root in TELEGRAM_API_URL with BOT_TOKEN until stopped."""
    root = os.environ["TELEGRAM_API_URL"]
    app = (
        Application.builder()
        .token(os.environ["BOT_TOKEN"])
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(timeout=5, poll_interval=0.0)


if __name__ == "__main__":
    main()
