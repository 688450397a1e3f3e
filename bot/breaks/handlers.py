"""/break in Telegram: a facilitator's break for some days or until a date, and "I'm back"."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.breaks.model import BREAK_DAYS, BreakBack, BreakChoice, BreakFor, BreakUntil
from bot.breaks.service import BreakService, Started, break_service
from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.meetings.parsing import parse_date
from handlers.common import acknowledge, keyboard, language_of, reply, sender
from handlers.conversations import start_conversation
from handlers.text_router import add_answer

# A facilitator who tapped "Until a date" and walked away: a date typed hours later is not it.
ASK_LIFETIME = timedelta(minutes=30)
# The admins' command that adds a facilitator (named in the refusal).
ADD_FACILITATOR = "/facilitators"


def breaks_of(context: BotContext) -> BreakService:
    """The feature's service."""
    return break_service(context.services)


async def command(update: Update, context: BotContext) -> None:
    """/break: the running break with "I'm back", or the lengths to choose from."""
    person = sender(update)
    if person is None:
        return
    breaks = breaks_of(context)
    running = await breaks.current(person.user_id)
    language = await language_of(update, context)
    texts = context.services.texts
    if running is not None:
        until = await breaks.until(person.user_id, running)
        back = [(texts.get(language, "btn-breaks-back"), BreakBack(running.id).pack())]
        await reply(update, context, "breaks-current", keyboard([back]), until=until)
        return
    if not await breaks.may_take(person.user_id):
        await reply(update, context, "breaks-not-facilitator")
        return
    days = [
        (texts.get(language, "btn-breaks-days", days=count), BreakFor(count).pack())
        for count in BREAK_DAYS
    ]
    later = [(texts.get(language, "btn-breaks-until"), BreakUntil().pack())]
    await reply(update, context, "breaks-ask", keyboard([days[:2], days[2:], later]))


async def _answer(update: Update, context: BotContext, started: Started) -> None:
    """Say how the break went: started (until when, flags handed over) or why not."""
    person = sender(update)
    if person is None:
        return
    if started.problem is not None:
        groups = ", ".join(started.groups)
        await reply(update, context, started.problem, groups=groups, command=ADD_FACILITATOR)
        return
    assert started.taken is not None
    until = await breaks_of(context).until(person.user_id, started.taken)
    await reply(update, context, "breaks-started", until=until, handed=started.handed_over)


async def button(update: Update, context: BotContext) -> None:
    """brk:d|u|b: a break of some days, ask for a date, or "I'm back"."""
    query = update.callback_query
    person = sender(update)
    if query is None or person is None:
        return
    await acknowledge(query)
    data = query.data
    breaks = breaks_of(context)
    days, until, back = BreakFor.parse(data), BreakUntil.parse(data), BreakBack.parse(data)
    if days is not None:
        await _answer(update, context, await breaks.start(person.user_id, BreakChoice(days.days)))
    elif until is not None:
        if not await breaks.may_take(person.user_id):
            await reply(update, context, "breaks-not-facilitator")
            return
        await start_conversation(context, person.user_id, "break", {}, ASK_LIFETIME)
        await reply(update, context, "breaks-ask-date")
    elif back is not None:
        ended = await breaks.end(person.user_id, back.break_id)
        await reply(update, context, "breaks-back" if ended else "breaks-not-on-break")
    else:
        await reply(update, context, "button-expired")


async def typed_date(update: Update, context: BotContext, text: str) -> bool:
    """The answer to "Until a date": the last day of the break, in any of the languages."""
    person = sender(update)
    questions = context.services.questions
    if person is None or await questions.waiting(person.user_id, "break") is None:
        return False
    reader = await context.services.alert_writer.reader(person.user_id)
    today = context.services.clock().astimezone(ZoneInfo(reader.timezone)).date()
    day = parse_date(text, today)
    if day is None:
        await reply(update, context, "breaks-date-not-understood")
        return True
    started = await breaks_of(context).start(person.user_id, BreakChoice(until=day))
    if started.problem != "breaks-bad-date":
        await questions.close(person.user_id, "break")
    await _answer(update, context, started)
    return True


def register(app: BotApplication) -> None:
    """Add /break in private, its buttons, and the typed date."""
    app.add_handler(CommandHandler("break", command, filters=filters.ChatType.PRIVATE))
    kinds = prefix_matcher(BreakFor, BreakUntil, BreakBack)
    app.add_handler(CallbackQueryHandler(button, pattern=kinds))
    add_answer(app, "break", typed_date)
