"""The public web's routes on tornado: GET/HEAD /meetings.json and /calendar/<name>.ics.

Each answer carries a strong ETag and Last-Modified and is 304 when the client's copy is
current; everything else is a plain 404 (or 405 for other methods). Requests are never
logged with their paths or addresses, and a failure answers 500 without ending the server.
"""

from __future__ import annotations

import logging
from typing import Any

import tornado.httpserver
import tornado.web

from bot.services.public_web import PublicDocument, PublicSchedule
from bot.web.caching import etag_of, http_date, not_modified

log = logging.getLogger(__name__)

FEED_PATH = "/meetings.json"
MAX_BODY_BYTES = 1024
MAX_HEADER_BYTES = 16 * 1024
IDLE_SECONDS = 30.0
BODY_SECONDS = 10.0
CALENDAR_PATH = r"/calendar/([^/]{1,200})\.ics"


class PublicHandler(tornado.web.RequestHandler):
    """What every public answer shares: CORS, no sniffing, revalidation, quiet errors."""

    SUPPORTED_METHODS = ("GET", "HEAD")

    def initialize(self, schedule: PublicSchedule | None = None) -> None:
        """Receive the published schedule (None for the not-found answer)."""
        self.schedule = schedule

    def set_default_headers(self) -> None:
        """Readable from any website (TSML UI); always revalidated; no referrer sent on."""
        self.set_header("Access-Control-Allow-Origin", "*")
        self.set_header("Access-Control-Expose-Headers", "ETag, Last-Modified")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("Cache-Control", "no-cache")

    def compute_etag(self) -> str | None:
        """No automatic ETag: `send` sets its own."""
        return None

    def send(self, document: PublicDocument | None) -> None:
        """Answer with the document, a 304 when the client's copy is current, or a 404."""
        if document is None:
            raise tornado.web.HTTPError(404)
        etag = etag_of(document.body)
        self.set_header("ETag", etag)
        if document.modified is not None:
            self.set_header("Last-Modified", http_date(document.modified))
        headers = self.request.headers
        if not_modified(
            etag,
            document.modified,
            headers.get("If-None-Match"),
            headers.get("If-Modified-Since"),
        ):
            self.set_status(304)
            return
        self.set_header("Content-Type", document.content_type)
        self.write(document.body)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """A short plain answer, never a traceback."""
        self.clear_header("ETag")
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(f"{status_code} {self._reason}\n")

    def log_exception(self, *args: Any) -> None:
        """Log a failure by its type only (no path, no address); a refusal is not logged."""
        error = args[1] if len(args) > 1 else None
        if isinstance(error, tornado.web.HTTPError) and error.status_code < 500:
            return
        log.error("public web request failed: %s", type(error).__name__)


class FeedHandler(PublicHandler):
    """GET /meetings.json: the Meeting Guide feed."""

    async def get(self) -> None:
        """Send the feed."""
        assert self.schedule is not None
        self.send(await self.schedule.feed())

    async def head(self) -> None:
        """The feed's headers (tornado leaves the body out)."""
        await self.get()


class CalendarHandler(PublicHandler):
    """GET /calendar/<name>.ics: a published group's or meeting's calendar."""

    async def get(self, name: str) -> None:
        """Send the calendar, or 404 when the name is not published."""
        assert self.schedule is not None
        self.send(await self.schedule.calendar(name))

    async def head(self, name: str) -> None:
        """The calendar's headers (tornado leaves the body out)."""
        await self.get(name)


class NotFoundHandler(PublicHandler):
    """Every other path: 404."""

    def prepare(self) -> None:
        """Refuse at once."""
        raise tornado.web.HTTPError(404)


def public_routes(schedule: PublicSchedule) -> list[tuple[str, type, dict[str, Any]]]:
    """The public web's routes, to add to a tornado application."""
    kwargs = {"schedule": schedule}
    return [(FEED_PATH, FeedHandler, kwargs), (CALENDAR_PATH, CalendarHandler, kwargs)]


def public_application(
    routes: list[tuple[str, type, dict[str, Any]]],
) -> tornado.web.Application:
    """A tornado application of these routes: unknown paths 404, nothing logged per request."""
    return tornado.web.Application(
        routes,
        default_handler_class=NotFoundHandler,
        log_function=lambda handler: None,
    )


def start_public_server(
    schedule: PublicSchedule, listen: str, port: int
) -> tornado.httpserver.HTTPServer:
    """Serve the public web on its own address (polling mode); return the server."""
    server = tornado.httpserver.HTTPServer(
        public_application(public_routes(schedule)),
        # Only GET and HEAD are served: no request needs a body, long headers or an idle
        # connection kept for an hour (the bot's crisis work shares this process).
        max_body_size=MAX_BODY_BYTES,
        max_header_size=MAX_HEADER_BYTES,
        idle_connection_timeout=IDLE_SECONDS,
        body_timeout=BODY_SECONDS,
    )
    server.listen(port, address=listen)
    return server
