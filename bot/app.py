"""The composition root: builds the Application and registers every feature, in order."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot.config import Settings
from bot.context import SERVICES_KEY, BotApplication, BotContext
from bot.delivery.hooks import connect_limiter
from bot.delivery.http import bot_request
from bot.delivery.limiter import DeliveryLimiter
from bot.feature import Feature
from bot.features import FEATURES
from bot.menus import MENU_KEY, Menu, publish_menus
from bot.services.container import Services, build_services

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
    else:
        # PTB's request for the bot's calls, with a cheaper check of idle connections.
        builder = builder.request(bot_request())
    app: BotApplication = builder.build()
    app.bot_data[SERVICES_KEY] = services
    app.bot_data[MENU_KEY] = Menu.of(FEATURES)
    register_features(app, services)
    app.add_error_handler(on_error)
    return app


def register_features(
    app: BotApplication, services: Services, features: tuple[Feature, ...] = FEATURES
) -> None:
    """Register every feature in the list's order: personal data, handlers, timers, observers."""
    for feature in features:
        data = feature.personal_data(services)
        services.privacy.add(feature.name, data)
        for register in feature.handlers:
            register(app)
        for wire in feature.wiring:
            wire(app, services)
    services.groups.follow_columns(tuple(c for f in features for c in f.group_columns))


def services_of(app: BotApplication) -> Services:
    """Return the services stored on the application."""
    services: Services = app.bot_data[SERVICES_KEY]
    return services


async def _post_init(app: BotApplication) -> None:
    """Open storage, then publish the command menus."""
    services = services_of(app)
    await services.start()
    try:
        await publish_menus(app.bot, services, app.bot_data[MENU_KEY])
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
