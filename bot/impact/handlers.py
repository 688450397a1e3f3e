"""/impact in Telegram: a bot admin picks a period in private and gets the PDF and the CSV."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.impact.model import IMPACT_BUTTONS, SPAN_NAMES, ImpactPeriod
from bot.impact.service import ImpactService, impact_service
from handlers.common import (
    acknowledge,
    admin_sender,
    keyboard,
    label,
    language_of,
    pressed_button,
    reply,
)

log = logging.getLogger(__name__)


def impact_of(context: BotContext) -> ImpactService:
    """The feature's service."""
    return impact_service(context.services)


async def impact_command(update: Update, context: BotContext) -> None:
    """/impact: admins choose a period (and whether to compare); anyone else is refused."""
    if await admin_sender(update, context) is None:
        return
    language = await language_of(update, context)
    rows = [
        [
            (label(context, language, f"btn-impact-{span}"), ImpactPeriod(span, False).pack()),
            (
                label(context, language, f"btn-impact-{span}-compare"),
                ImpactPeriod(span, True).pack(),
            ),
        ]
        for span in SPAN_NAMES
    ]
    await reply(update, context, "impact-pick", markup=keyboard(rows))


async def impact_button(update: Update, context: BotContext) -> None:
    """A period chosen: the admin is checked again, then the files are queued."""
    query, pressed = pressed_button(update, *IMPACT_BUTTONS)
    await acknowledge(query)
    person = await admin_sender(update, context)
    chat = update.effective_chat
    if person is None or chat is None:
        return
    if not isinstance(pressed, ImpactPeriod):
        await reply(update, context, "button-expired")
        return
    language = await language_of(update, context)
    service = impact_of(context)
    working = service.working(language, pressed.span, pressed.compare)
    await context.bot.send_message(chat.id, working.text)
    if not await service.send(chat.id, language, pressed.span, pressed.compare):
        await reply(update, context, "impact-no-groups")
        return
    log.info("impact report queued (%s, compared: %s)", pressed.span, pressed.compare)


def register(app: BotApplication) -> None:
    """Add /impact (private chats only) and its period buttons."""
    app.add_handler(CommandHandler("impact", impact_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(impact_button, pattern=prefix_matcher(*IMPACT_BUTTONS)))
