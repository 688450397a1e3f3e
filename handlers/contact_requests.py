"""'I'll reach out' on a request to reach out: the first press claims it, others learn who."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.context import BotApplication, BotContext
from bot.services.contact_requests import Claim
from bot.services.contact_texts import CLAIM_PREFIX
from handlers.common import acknowledge, callback_of, label, language_of, sender

log = logging.getLogger(__name__)

MAX_ID_DIGITS = 12
_ANSWERS = {
    Claim.DONE: "contact-claimed",
    Claim.YOURS: "contact-yours",
    Claim.TAKEN: "contact-already",
    Claim.NOT_ALLOWED: "contact-not-allowed",
    Claim.GONE: "contact-gone",
}


async def take_button(update: Update, context: BotContext) -> None:
    """cr:take:<request>: claim it; only the people it was sent to (and admins) may."""
    query, parts = callback_of(update)
    person = sender(update)
    language = await language_of(update, context)
    well_formed = (
        len(parts) == 3
        and parts[1] == "take"
        and parts[2].isdecimal()
        and len(parts[2]) <= MAX_ID_DIGITS
    )
    if person is None or not well_formed:
        await acknowledge(query, label(context, language, "button-no-longer-works"))
        return
    request_id = int(parts[2])
    result = await context.services.contact_requests.claim(request_id, person.user_id)
    log.info("contact request %d: %s by %d", request_id, result.outcome.value, person.user_id)
    name = result.claimer or label(context, language, "contact-someone")
    await acknowledge(query, label(context, language, _ANSWERS[result.outcome], name=name))


def register(app: BotApplication) -> None:
    """Add the claim button of requests to reach out."""
    app.add_handler(CallbackQueryHandler(take_button, pattern=rf"^{CLAIM_PREFIX}:"))
