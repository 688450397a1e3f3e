"""The composition root: builds the Application and registers every feature, in order."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes, Defaults
from telegram.request import BaseRequest

import handlers.admin
import handlers.announce
import handlers.audit
import handlers.checkins
import handlers.contact_requests
import handlers.crisis
import handlers.crisis_nudge
import handlers.facilitators
import handlers.fallback
import handlers.flags
import handlers.gate
import handlers.group_setup
import handlers.groups
import handlers.help
import handlers.meeting_editing
import handlers.meetings
import handlers.onboarding
import handlers.oncall
import handlers.privacy
import handlers.resource_editing
import handlers.resource_managing
import handlers.resources
import handlers.settings
import handlers.stats
from bot.config import Settings
from bot.context import SERVICES_KEY, BotApplication, BotContext
from bot.delivery.hooks import connect_limiter
from bot.delivery.limiter import DeliveryLimiter
from bot.jobs import (
    schedule_checkin_jobs,
    schedule_contact_request_jobs,
    schedule_flag_jobs,
    schedule_meeting_jobs,
    schedule_storage_jobs,
)
from bot.menus import publish_menus
from bot.services.container import Services, build_services
from bot.services.privacy_wiring import (
    register_announcement_privacy,
    register_checkin_privacy,
    register_contact_request_privacy,
    register_delivery_privacy,
    register_flag_privacy,
    register_meeting_privacy,
    register_resource_privacy,
)

log = logging.getLogger(__name__)


def build_application(
    settings: Settings,
    services: Services | None = None,
    request: BaseRequest | None = None,
) -> BotApplication:
    """Build the Application with defaults, services and every feature's handlers."""
    services = services or build_services(settings)
    limiter = DeliveryLimiter(rate=settings.send_rate_limit)
    connect_limiter(limiter, services)
    api = settings.telegram_api_url
    builder = (
        Application.builder()
        .token(settings.bot_token.get_secret_value())
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                tzinfo=ZoneInfo(settings.timezone),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .context_types(ContextTypes(context=BotContext))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        # bot.runner fetches updates itself (durable inbox); PTB's Updater is not used.
        .updater(None)
        # Every Bot API call but getUpdates passes through the priority limiter.
        .rate_limiter(limiter)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    app: BotApplication = builder.build()
    app.bot_data[SERVICES_KEY] = services
    register_features(app, services)
    app.add_error_handler(on_error)
    return app


def register_features(app: BotApplication, services: Services) -> None:
    """Register the features; the gate runs first and the fallback must come last."""
    register_delivery_privacy(services)
    schedule_storage_jobs(app, services)
    # Before the membership eraser (handlers.privacy): it would cascade the requests away.
    register_contact_request_privacy(services)
    handlers.gate.register(app)
    # Before onboarding: /start help (the crisis nudge's link) must not be read as an invite.
    handlers.crisis.register(app)
    handlers.crisis_nudge.register(app, services)
    register_flag_privacy(services)
    schedule_flag_jobs(app, services)
    handlers.flags.register(app)
    handlers.oncall.register(app)
    # Before onboarding: /start setup-<code> (the group greeting's setup link) is not an invite.
    handlers.group_setup.register_start(app)
    handlers.onboarding.register(app)
    handlers.settings.register(app)
    handlers.privacy.register(app, services)
    handlers.help.register(app)
    handlers.groups.register(app)
    handlers.admin.register(app)
    handlers.audit.register(app)
    handlers.facilitators.register(app)
    # An announcement's text is a typed answer too (one conversation at a time: starting one
    # drops the others).
    handlers.announce.register(app)
    register_announcement_privacy(services)
    handlers.stats.register(app, services)
    # Typed answers someone was asked for come first (a facilitator's meeting answers, a
    # check-in note); then questions about meetings, before the resource interpreter would
    # read "when is the next meeting?" as a search.
    handlers.meeting_editing.register(app)
    handlers.checkins.register(app)
    register_checkin_privacy(services)
    schedule_checkin_jobs(app, services)
    handlers.contact_requests.register(app)
    schedule_contact_request_jobs(app, services)
    # A group setup's typed answers (only while one is in progress), before meeting questions.
    handlers.group_setup.register(app, services)
    handlers.meetings.register(app)
    register_meeting_privacy(services)
    schedule_meeting_jobs(app, services)
    # Editing first: '/resources add' is not a search, and a draft's answers are not questions.
    handlers.resource_editing.register(app)
    handlers.resource_managing.register(app)
    handlers.resources.register(app)
    register_resource_privacy(services)
    handlers.fallback.register(app)


def services_of(app: BotApplication) -> Services:
    """Return the services stored on the application."""
    services: Services = app.bot_data[SERVICES_KEY]
    return services


async def _post_init(app: BotApplication) -> None:
    """Open storage, then publish the command menus."""
    services = services_of(app)
    await services.start()
    try:
        await publish_menus(app.bot, services)
    except TelegramError as error:
        log.warning("command menus not published: %s", type(error).__name__)
    log.info("bot @%s ready", app.bot.username)


async def _post_shutdown(app: BotApplication) -> None:
    """Close storage."""
    await services_of(app).stop()


# Failures that come from the chat, not from a bug: logged as warnings.
_CHAT_PROBLEMS = (
    "chat not found",
    "message to edit not found",
    "message is not modified",
    "query is too old",
)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure without message text, and tell the person something went wrong."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if _is_chat_problem(error):
        log.warning("update %s: %s (%s)", update_id, type(error).__name__, error)
        return
    log.error(
        "update %s failed: %s",
        update_id,
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__) if error else None,
    )
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != "private":
        return
    try:
        language = context.services.settings.default_language
        text = context.services.texts.get(language, "something-went-wrong")
        await context.bot.send_message(update.effective_chat.id, text)
    except TelegramError:
        log.warning("could not tell the member about the failure")


def _is_chat_problem(error: Exception | None) -> bool:
    """Tell whether a failure is the chat's state (blocked, gone), not a bug to alarm about."""
    if isinstance(error, Forbidden):
        return True
    message = str(error).lower()
    return isinstance(error, BadRequest) and any(part in message for part in _CHAT_PROBLEMS)
