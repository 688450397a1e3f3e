"""Running the bot: polling until a stop signal, with clear messages for fatal problems."""

from __future__ import annotations

import logging
import sys

from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot.app import build_application
from bot.config import Settings

log = logging.getLogger(__name__)

EXIT_FATAL = 1


def run_polling(settings: Settings) -> int:
    """Poll Telegram for updates until SIGINT or SIGTERM; return the exit code."""
    app = build_application(settings)
    try:
        app.run_polling(
            allowed_updates=Update.ALL_TYPES,
            timeout=settings.poll_timeout,
            poll_interval=0.0,
            drop_pending_updates=False,
            close_loop=False,
        )
    except InvalidToken:
        print(
            "peerbot: Telegram rejected BOT_TOKEN. Check it with @BotFather (/mybots, API Token)"
            " and update .env.",
            file=sys.stderr,
        )
        return EXIT_FATAL
    except NetworkError as error:
        print(
            f"peerbot: cannot reach the Bot API at {settings.telegram_api_url}"
            f" ({type(error).__name__}). Check TELEGRAM_API_URL and the network.",
            file=sys.stderr,
        )
        return EXIT_FATAL
    log.info("stopped")
    return 0
