"""'I'll reach out' on a request to reach out: the first press claims it, others learn who."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.context import BotApplication, BotContext
from bot.domain.buttons.contact_requests import CONTACT_BUTTONS, ClaimContact
from bot.domain.callback import prefix_matcher
from bot.services.contact_requests import Claim
from handlers.common import acknowledge, label, language_of, pressed_button, sender

log = logging.getLogger(__name__)

_ANSWERS = {
    Claim.DONE: "contact-claimed",
    Claim.YOURS: "contact-yours",
    Claim.TAKEN: "contact-already",
    Claim.NOT_ALLOWED: "contact-not-allowed",
    Claim.GONE: "contact-gone",
}


async def take_button(update: Update, context: BotContext) -> None:
    """'I'll reach out': claim it; only the people it was sent to (and admins) may."""
    query, pressed = pressed_button(update, *CONTACT_BUTTONS)
    person = sender(update)
    language = await language_of(update, context)
    if person is None or not isinstance(pressed, ClaimContact):
        await acknowledge(query, label(context, language, "button-no-longer-works"))
        return
    request_id = pressed.request_id
    result = await context.services.contact_requests.claim(request_id, person.user_id)
    log.info("contact request %d: %s by %d", request_id, result.outcome.value, person.user_id)
    name = result.claimer or label(context, language, "contact-someone")
    await acknowledge(query, label(context, language, _ANSWERS[result.outcome], name=name))


def register(app: BotApplication) -> None:
    """Add the claim button of requests to reach out."""
    app.add_handler(CallbackQueryHandler(take_button, pattern=prefix_matcher(*CONTACT_BUTTONS)))
