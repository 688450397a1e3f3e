"""Running the bot: durable inbox, outbox, polling or webhook, clean stop on signals."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from datetime import timedelta
from typing import Any

import tornado.httpserver
from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot.app import build_application, services_of
from bot.config import Settings
from bot.context import BotApplication
from bot.delivery.heap import settle_startup_heap
from bot.delivery.inbox import InboxProcessor
from bot.delivery.outbox import OutboxWorker
from bot.delivery.polling import FatalBotError, Poller
from bot.delivery.webhook import start_webhook_server
from bot.domain.clock import iso
from bot.peer_reports.service import hostile_words
from bot.services.public_web import PublicSchedule
from bot.web.public import public_routes, start_public_server

log = logging.getLogger(__name__)

EXIT_FATAL = 1
# A setting that must be changed (a token Telegram rejects): restarting cannot help.
EXIT_CONFIG = 2
INBOX_KEEP = timedelta(days=2)


def run(settings: Settings, webhook: bool = False) -> int:
    """Run the bot until SIGINT or SIGTERM; return the exit code."""
    if settings.public_web:
        settings.require_public_web()
    try:
        return asyncio.run(_serve(settings, webhook))
    except InvalidToken:
        _say("Telegram rejected BOT_TOKEN. Check it with @BotFather (/mybots, API Token).")
        return EXIT_CONFIG
    except NetworkError as error:
        _say(
            f"cannot reach the Bot API at {settings.telegram_api_url} ({type(error).__name__})."
            " Check TELEGRAM_API_URL and the network."
        )
    except FatalBotError as error:
        _say(str(error))
    return EXIT_FATAL


def _say(message: str) -> None:
    """Print a fatal problem in one line."""
    print(f"peerbot: {message}", file=sys.stderr)


async def _serve(settings: Settings, webhook: bool) -> int:
    """Start everything, wait for a stop signal or a fatal error, then stop in order."""
    app = build_application(settings)
    await app.initialize()
    try:
        assert app.post_init is not None
        await app.post_init(app)
        settle_startup_heap()  # what was loaded stays out of later collections (no long pauses)
        await app.start()
        try:
            await _work(app, settings, webhook)
        finally:
            await app.stop()
    finally:
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
        await app.shutdown()
    log.info("stopped")
    return 0


async def serve_started(app: BotApplication, settings: Settings) -> None:
    """Poll and process for an initialised, started app until a signal or a cancel (the shell)."""
    await _work(app, settings, webhook=False)


async def _work(app: BotApplication, settings: Settings, webhook: bool) -> None:
    """Run the inbox processor, the outbox worker and the update source until told to stop."""
    services = services_of(app)
    hostile = hostile_words(settings.content_dir)
    processor = InboxProcessor(
        app,
        services.inbox,
        services.clock,
        # A hostile phrase is kept whole too: aimed at a member in crisis, it is alerted.
        is_urgent=lambda text: bool(services.crisis.detect(text)) or hostile.matches(text),
    )
    outbox = OutboxWorker(
        app.bot, services.outbox, services.clock, observers=services.outbox_link.observers
    )
    services.outbox_link.attach(outbox)  # a missed alert can now be sent before an answer
    # Processed update ids are kept only to recognise redeliveries (Telegram keeps 24 hours).
    await services.inbox.prune(iso(services.clock() - INBOX_KEEP))
    log.info(
        "starting: %d update(s) in the inbox, %d message(s) in the outbox",
        await services.inbox.pending_count(),
        await services.outbox.pending_count(),
    )
    stop = asyncio.Event()
    _on_signals(stop)
    schedule = _public_schedule(app, settings)
    public = _start_public(settings, webhook, schedule)  # listening before updates come in
    try:
        source = await _start_source(app, settings, webhook, processor, schedule)
    except BaseException:
        await _stop_public(public)
        raise
    processing = asyncio.create_task(processor.run(), name="inbox")
    sending = asyncio.create_task(outbox.run(), name="outbox")
    watched = [asyncio.create_task(stop.wait(), name="stop"), processing, sending]
    if isinstance(source, asyncio.Task):
        watched.append(source)
    try:
        if schedule is not None:
            await _log_public_links(schedule)
        done, _ = await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
    finally:
        log.info("stopping: finishing the update in hand")
        await _stop_source(source)
        await _stop_public(public)
        processor.request_stop()
        await asyncio.gather(processing, return_exceptions=True)
        await outbox.stop()
        sending.cancel()
        await asyncio.gather(sending, return_exceptions=True)
        watched[0].cancel()
    for task in done:
        if not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]


def _public_schedule(app: BotApplication, settings: Settings) -> PublicSchedule | None:
    """The published meetings when the public web is on (PUBLIC_WEB_GROUPS), else None."""
    if not settings.public_web:
        return None
    settings.require_public_web()  # also where `run` did not check (the shell)
    services = services_of(app)
    return PublicSchedule(
        db=services.db,
        meetings=services.meetings.meetings,
        groups=services.meetings.groups,
        clock=services.clock,
        secret=settings.public_web_secret.get_secret_value(),
        group_ids=settings.public_group_ids(),
    )


def _start_public(
    settings: Settings, webhook: bool, schedule: PublicSchedule | None
) -> tornado.httpserver.HTTPServer | None:
    """In polling mode, start the public web's own server (webhook mode shares its server)."""
    if schedule is None or webhook:
        return None
    listen, port = settings.public_web_listen, settings.public_web_port
    try:
        server = start_public_server(schedule, listen, port)
    except OSError as error:
        raise FatalBotError(
            f"cannot serve the public web on {listen}:{port} ({error.strerror})."
            " Check PUBLIC_WEB_LISTEN and PUBLIC_WEB_PORT."
        ) from None
    log.info("public web on %s:%d", listen, port)
    return server


async def _stop_public(server: tornado.httpserver.HTTPServer | None) -> None:
    """Close the public web's own server, if there is one."""
    if server is not None:
        server.stop()
        await server.close_all_connections()


async def _log_public_links(schedule: PublicSchedule) -> None:
    """Tell the admin each published group's calendar path (chat ids only, never titles)."""
    links = await schedule.links()
    if not links:
        log.warning("public web: no group is published yet (PUBLIC_WEB_GROUPS)")
    for chat_id, token in links:
        log.info("public web: group %d calendar at /calendar/%s.ics", chat_id, token)


async def _start_source(
    app: BotApplication,
    settings: Settings,
    webhook: bool,
    processor: InboxProcessor,
    schedule: PublicSchedule | None = None,
) -> Any:
    """Start polling (a task) or the webhook server (returned to be stopped later)."""
    allowed = Update.ALL_TYPES
    if webhook:
        settings.require_webhook()
        secret = settings.webhook_secret.get_secret_value()
        server = start_webhook_server(
            processor,
            settings.webhook_url,
            secret,
            settings.webhook_listen,
            settings.webhook_port,
            extra_routes=public_routes(schedule) if schedule is not None else (),
        )
        await app.bot.set_webhook(
            settings.webhook_url, secret_token=secret, allowed_updates=allowed
        )
        log.info("webhook server on %s:%d", settings.webhook_listen, settings.webhook_port)
        return server
    await app.bot.delete_webhook(drop_pending_updates=False)
    poller = Poller(app.bot, services_of(app).inbox, processor, settings.poll_timeout)
    return asyncio.create_task(poller.run(), name="poller")


async def _stop_source(source: Any) -> None:
    """Stop taking new updates: cancel polling or close the webhook server."""
    if isinstance(source, asyncio.Task):
        if not source.done():
            source.cancel()
        await asyncio.gather(source, return_exceptions=True)
    else:
        source.stop()
        await source.close_all_connections()


def _on_signals(stop: asyncio.Event) -> None:
    """Set `stop` on SIGINT and SIGTERM."""
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
