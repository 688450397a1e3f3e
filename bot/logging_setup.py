"""Logging that never carries the token or message text."""

from __future__ import annotations

import logging
import sys

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    """Formats records as usual, then hides every secret in the whole line and traceback."""

    def __init__(self, secrets: list[str], fmt: str = _FORMAT) -> None:
        """Remember the strings to hide (empty ones are ignored)."""
        super().__init__(fmt)
        self.secrets = [secret for secret in secrets if secret]

    def format(self, record: logging.LogRecord) -> str:
        """Return the formatted record with secrets replaced by [REDACTED]."""
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "[REDACTED]")
        return text


# tornado.access logs each request; tornado.general a visitor's address with a malformed request.
TORNADO_LOGGERS = ("tornado.access", "tornado.general")


def configure_logging(level: str, secrets: list[str]) -> None:
    """Log to stderr at `level`, hide secrets, quieten libraries that log URLs or updates."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs each request URL (which holds the token) at INFO; PTB logs whole updates at DEBUG.
    # telegram.Bot logs request parameters and results (message text) at DEBUG, and aiosqlite
    # logs statements with their parameters (stored updates): never below WARNING, whatever
    # LOG_LEVEL says.
    for noisy in (*("httpx", "httpcore", "telegram", "aiosqlite"), *TORNADO_LOGGERS):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    logging.getLogger("apscheduler").setLevel(max(logging.WARNING, root.level))
