"""The gate in Telegram: a join request answered in private (the question, the agreement, the
privacy notice and consent), then approved; declined kindly when the time runs out."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import ChatPermissions, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, ChatJoinRequestHandler

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.joingate.model import GATE_BUTTONS, Consent, GateAgree, GateConsent, Step, is_sincere
from bot.joingate.model import JoinRequest as Request
from bot.joingate.service import QUESTION_KIND, JoinGateService, joingate_service
from bot.rules.service import rules_service
from handlers.common import acknowledge, keyboard, label, pressed_button, sender
from handlers.text_router import add_answer

log = logging.getLogger(__name__)


def gate_of(context: BotContext) -> JoinGateService:
    """The feature's service."""
    return joingate_service(context.services)


async def _say(
    context: BotContext,
    request: Request,
    message_id: str,
    rows: list[list[tuple[str, str]]] | None = None,
    **args: object,
) -> bool:
    """Write to the applicant in private (where the request lets the bot); False if it could
    not (Telegram lets the bot write first only for 5 minutes)."""
    chat_id = request.user_chat_id or request.user_id
    text = context.services.texts.get(request.language, message_id, **args)
    try:
        await context.bot.send_message(chat_id, text, reply_markup=keyboard(rows) if rows else None)
    except TelegramError as error:
        log.info("gate message %s not delivered: %s", message_id, type(error).__name__)
        return False
    return True


async def join_request(update: Update, context: BotContext) -> None:
    """A chat_join_request: greet the applicant in private with the group's question."""
    asked = update.chat_join_request
    person = sender(update)
    if asked is None or person is None:
        return
    gate = gate_of(context)
    request = await gate.arrived(asked.chat.id, person, asked.user_chat_id)
    if request is None:
        log.info("join request left to the group's admins: no gate")
        return
    settings = await gate.settings(request.chat_id)
    group = await context.services.groups.get(request.chat_id)
    texts = context.services.texts
    question = settings.question or texts.get(request.language, "gate-question-default")
    minutes = round(context.services.settings.gate_timeout_minutes)
    title = group.title if group else asked.chat.title or ""
    await _say(context, request, "gate-welcome", group=title, question=question, minutes=minutes)


async def typed_answer(update: Update, context: BotContext, text: str) -> bool:
    """The applicant's answer to the question: any sincere answer passes; nothing is kept."""
    person = sender(update)
    gate = gate_of(context)
    request = await gate.waiting(person.user_id) if person else None
    if request is None:
        return False
    if request.step is not Step.QUESTION:
        await context.services.questions.close(request.user_id, QUESTION_KIND)
        return False
    if not is_sincere(text):
        log.info("gate: not an answer yet")
        await _say(context, request, "gate-answer-again")
        return True
    await gate.answered(request)
    await _agreement_step(update, context, request)
    return True


async def _agreement_step(update: Update, context: BotContext, request: Request) -> None:
    """Show the group's agreement with "I agree"; with none, go on to consent (someone who
    consented before is let in at once)."""
    rules = rules_service(context.services)
    agreement = await rules.agreement(request.chat_id, request.language)
    if agreement is None:
        gate = gate_of(context)
        await gate.agreed(request)
        if await gate.needs_consent(request.user_id):
            await _consent_step(context, request)
        else:
            await _approve(update, context, request)
        return
    group = await context.services.groups.get(request.chat_id)
    agree = label(context, request.language, "btn-gate-agree")
    rows = [[(agree, GateAgree(request.chat_id).pack())]]
    title = group.title if group else ""
    await _say(context, request, "gate-agreement", rows, group=title, text=agreement.text)


async def _consent_step(context: BotContext, request: Request) -> None:
    """The privacy notice and consent, for someone the bot keeps no record of yet."""
    person_id = request.user_id
    if not await gate_of(context).needs_consent(person_id):
        return
    language = request.language
    yes = (label(context, language, "btn-agree"), GateConsent(request.chat_id, Consent.YES).pack())
    no = (label(context, language, "btn-decline"), GateConsent(request.chat_id, Consent.NO).pack())
    days = context.services.settings.flag_retention_days
    await _say(context, request, "start-explain", [[yes, no]], days=days)


async def gate_button(update: Update, context: BotContext) -> None:
    """ "I agree" under the agreement, and yes or no to the privacy notice."""
    query, pressed = pressed_button(update, *GATE_BUTTONS)
    person = sender(update)
    await acknowledge(query)
    if person is None or not isinstance(pressed, GATE_BUTTONS):
        return
    gate = gate_of(context)
    request = await gate.request(pressed.chat_id, person.user_id)
    if request is None:
        await _expired(update, context)
        return
    await _clear_buttons(update)
    if isinstance(pressed, GateAgree):
        if not await gate.agreed(request):
            return
        if await gate.needs_consent(person.user_id):
            await _consent_step(context, request)
            return
    elif request.step is not Step.CONSENT:
        await _expired(update, context)
        return
    elif pressed.answer is Consent.NO:
        await _decline(context, request, "gate-declined-consent")
        return
    await _approve(update, context, request)


async def _expired(update: Update, context: BotContext) -> None:
    """A button of a request that was decided or ran out."""
    person = sender(update)
    if person is not None:
        member = await context.services.members.get(person.user_id)
        language = member.language if member else context.services.settings.default_language
        text = context.services.texts.get(language, "gate-expired")
        await context.bot.send_message(person.user_id, text)


async def _clear_buttons(update: Update) -> None:
    """Take the buttons off the pressed message (already gone is fine)."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError:
        log.info("gate buttons already removed")


async def _approve(update: Update, context: BotContext, request: Request) -> None:
    """Let the person in on Telegram, then record it, make them read-only a while if set."""
    person = sender(update)
    assert person is not None
    try:
        await context.bot.approve_chat_join_request(request.chat_id, request.user_id)
    except TelegramError as error:
        log.info("join request not approved: %s", type(error).__name__)
        await gate_of(context).decline(request)
        await _say(context, request, "gate-approve-failed")
        return
    approved = await gate_of(context).approve(request, person)
    if approved is None:
        return
    # Accepted once let in: someone who then says no to the privacy notice leaves nothing.
    rules = rules_service(context.services)
    current = await rules.agreement(request.chat_id)
    if current is not None:
        await rules.accept(person.user_id, request.chat_id, current.version)
    if approved.newly_joined:
        await context.services.flags.member_joined(person.user_id, request.chat_id)
    minutes = approved.readonly_minutes
    if minutes:
        until = context.services.clock() + timedelta(minutes=minutes)
        try:
            await context.bot.restrict_chat_member(
                request.chat_id, request.user_id, ChatPermissions.no_permissions(), until_date=until
            )
        except TelegramError as error:
            log.info("read-only minutes not applied: %s", type(error).__name__)
            minutes = 0
    message_id = "gate-approved-readonly" if minutes else "gate-approved"
    await _say(context, request, message_id, group=approved.group.title, minutes=minutes)


async def _decline(context: BotContext, request: Request, message_id: str) -> None:
    """Decline the request on Telegram, forget it, and tell the person kindly."""
    if not await gate_of(context).decline(request):
        return
    try:
        await context.bot.decline_chat_join_request(request.chat_id, request.user_id)
    except TelegramError as error:
        log.info("join request not declined: %s", type(error).__name__)
    group = await context.services.groups.get(request.chat_id)
    await _say(context, request, message_id, group=group.title if group else "")


async def decline_lapsed(context: BotContext) -> int:
    """Decline every request whose time ran out (the timer); return how many."""
    lapsed = await gate_of(context).lapsed()
    for request in lapsed:
        await _decline(context, request, "gate-timed-out")
    return len(lapsed)


def register(app: BotApplication) -> None:
    """Add join requests, the applicant's buttons and their typed answer."""
    app.add_handler(ChatJoinRequestHandler(join_request))
    app.add_handler(CallbackQueryHandler(gate_button, pattern=prefix_matcher(*GATE_BUTTONS)))
    add_answer(app, QUESTION_KIND, typed_answer)
