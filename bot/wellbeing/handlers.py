"""The wellbeing check in Telegram: /wellbeing, its consent buttons and the items' buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.wellbeing.model import ITEMS, Choice, WellbeingChoice, WellbeingItem, WellbeingSkip
from bot.wellbeing.service import WellbeingService, wellbeing_service
from handlers.common import acknowledge, keyboard, language_of, markup_of, reply, sender
from handlers.screens import member_or_need_start, show, toast


def wellbeing_of(context: BotContext) -> WellbeingService:
    """The feature's service."""
    return wellbeing_service(context.services)


async def command(update: Update, context: BotContext) -> None:
    """/wellbeing: the offer; taking part, the first questions if still to answer, else how
    many times answered and "Stop"."""
    member = await member_or_need_start(update, context)
    if member is None:
        return
    service = wellbeing_of(context)
    if not service.available(member.language):
        await reply(update, context, "wellbeing-unavailable")
        return
    consent = await service.consent_of(member.user_id)
    if consent is None or consent.status != "yes":
        offer = service.offer(member.language)
        await show(update, context, offer.text, markup_of(offer.keyboard), False)
        return
    texts = context.services.texts
    answers = await service.answers_of(member.user_id)
    if 0 not in answers:  # said yes, then "Not now": the first questions, when they like
        await service.start(member.user_id)
        first = service.question(member.language, 0, ())
        await show(update, context, first.text, markup_of(first.keyboard), False)
        return
    answered = len(answers)
    stop = [
        [(texts.get(member.language, "btn-wellbeing-stop"), WellbeingChoice(Choice.STOP).pack())]
    ]
    await reply(update, context, "wellbeing-taking-part", keyboard(stop), times=answered)


async def choice(update: Update, context: BotContext) -> None:
    """wb:c:y|n|x: take part (the first item follows), decline, or stop (answers deleted)."""
    query = update.callback_query
    person = sender(update)
    pressed = WellbeingChoice.parse(query.data if query else None)
    if query is None or person is None:
        return
    if pressed is None:
        await toast(update, context, "button-expired")
        return
    service = wellbeing_of(context)
    language = await language_of(update, context)
    texts = context.services.texts
    if await context.services.members.get(person.user_id) is None:
        await toast(update, context, "button-expired")
        return
    await acknowledge(query)
    if pressed.choice is not Choice.YES:
        await service.consent(person.user_id, False)
        done = "wellbeing-declined" if pressed.choice is Choice.NO else "wellbeing-stopped"
        # "Stop" may sit under /privacy's text or /wellbeing's card: a new message keeps them.
        edit = pressed.choice is Choice.NO
        await show(update, context, texts.get(language, done), None, edit)
        return
    if not service.available(language):
        await show(update, context, texts.get(language, "wellbeing-unavailable"), None, True)
        return
    if not await service.consent(person.user_id, True):
        await show(update, context, texts.get(language, "wellbeing-joined"), None, True)
        return
    await service.start(person.user_id)
    first = service.question(language, 0, ())
    await show(update, context, first.text, markup_of(first.keyboard), True)


async def item(update: Update, context: BotContext) -> None:
    """wb:i: one item answered: the next one, or (the fourth) all four kept."""
    query = update.callback_query
    person = sender(update)
    pressed = WellbeingItem.parse(query.data if query else None)
    if query is None or person is None:
        return
    service = wellbeing_of(context)
    language = await language_of(update, context)
    if pressed is None or not service.available(language):
        await toast(update, context, "button-expired")
        return
    if not await service.may_answer(person.user_id, pressed.wave):
        await toast(update, context, "wellbeing-closed")
        return
    await acknowledge(query)
    texts = context.services.texts
    if len(pressed.answers) < ITEMS:
        following = service.question(language, pressed.wave, pressed.answers)
        await show(update, context, following.text, markup_of(following.keyboard), True)
        return
    kept = await service.save(person.user_id, pressed)
    done = "wellbeing-done" if kept else "wellbeing-closed"
    await show(update, context, texts.get(language, done), None, True)


async def skip(update: Update, context: BotContext) -> None:
    """wb:s: "Not now": nothing kept for this wave."""
    query = update.callback_query
    if query is None or WellbeingSkip.parse(query.data) is None:
        await toast(update, context, "button-expired")
        return
    await acknowledge(query)
    language = await language_of(update, context)
    await show(
        update, context, context.services.texts.get(language, "wellbeing-later-ok"), None, True
    )


def register(app: BotApplication) -> None:
    """Add /wellbeing in private and the check's buttons."""
    app.add_handler(CommandHandler("wellbeing", command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(choice, pattern=prefix_matcher(WellbeingChoice)))
    app.add_handler(CallbackQueryHandler(item, pattern=prefix_matcher(WellbeingItem)))
    app.add_handler(CallbackQueryHandler(skip, pattern=prefix_matcher(WellbeingSkip)))
