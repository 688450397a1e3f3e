"""Webhook mode: a small server that answers 200 only after the update is stored."""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import tornado.httpserver
import tornado.web

from bot.delivery.inbox import InboxProcessor
from bot.delivery.updates import to_received

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class UpdateHandler(tornado.web.RequestHandler):
    """POST an update: check the secret, store it durably, then answer 200."""

    def initialize(self, processor: InboxProcessor, secret: str) -> None:
        """Receive the processor and the expected secret."""
        self.processor = processor
        self.secret = secret

    async def post(self) -> None:
        """Store one update; 403 without the right secret, 400 for what is not an update."""
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            self.set_status(403)
            return
        try:
            data: Any = json.loads(self.request.body or b"null")
        except ValueError:
            data = None
        check = self.processor.is_urgent
        received = to_received(data, check) if isinstance(data, dict) else None
        if received is None:
            self.set_status(400)
            return
        await self.processor.store([received])
        self.set_status(200)

    def log_exception(self, *args: Any) -> None:
        """Log failures without the request body; a refused request (4xx) is not an error.

        Scanners probe every public path: their GETs must not drown the bot's real errors.
        """
        error = args[1] if len(args) > 1 else None
        if isinstance(error, tornado.web.HTTPError) and error.status_code < 500:
            log.info("webhook: %s refused with %d", self.request.method, error.status_code)
            return
        log.error("webhook request failed: %s", type(error).__name__)


class HealthHandler(tornado.web.RequestHandler):
    """GET /healthz: whether the bot runs and how many updates wait."""

    def initialize(self, processor: InboxProcessor) -> None:
        """Receive the processor."""
        self.processor = processor

    async def get(self) -> None:
        """Answer with a small JSON status."""
        pending = await self.processor.inbox.pending_count()
        self.write(
            {"status": "ok", "inbox_pending": pending, "processed": self.processor.processed}
        )


def webhook_path(url: str) -> str:
    """Return the path part of the public webhook URL (where the server listens)."""
    return urlsplit(url).path or "/"


def start_webhook_server(
    processor: InboxProcessor,
    url: str,
    secret: str,
    listen: str,
    port: int,
    extra_routes: Sequence[tuple[str, type, dict[str, Any]]] = (),
) -> tornado.httpserver.HTTPServer:
    """Start serving the webhook path, /healthz and `extra_routes` (the public web, if on)."""
    app = tornado.web.Application(
        [
            (webhook_path(url), UpdateHandler, {"processor": processor, "secret": secret}),
            ("/healthz", HealthHandler, {"processor": processor}),
            *extra_routes,
        ],
        log_function=lambda handler: None,
    )
    server = tornado.httpserver.HTTPServer(app, xheaders=True)
    server.listen(port, address=listen)
    return server
