"""Answering a check-in (mood, skip, note, 'reach out') and /mood: the chart and its summary.

Notes (handlers.checkin_notes) are never logged; a note with crisis words is stopped by
handlers.crisis before it gets there (the member gets the crisis reply instead).
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.checkins.charts import ChartLabels, mood_chart, year_in_pixels
from bot.checkins.models import MOODS, Checkin
from bot.checkins.patterns import Summary, summarise
from bot.context import BotApplication, BotContext
from bot.domain.buttons.checkins import (
    PROMPT_BUTTONS,
    AddNote,
    AskHelp,
    DropNote,
    KeepNote,
    Mood,
    Skip,
)
from bot.domain.callback import prefix_matcher
from bot.domain.models import Member
from bot.formats.formatting import Reader, decimal_text, list_text, month_names, weekday_name
from bot.services.contact_requests import Audience
from handlers.checkin_notes import (
    add_note_answers,
    note_asked,
    note_dropped,
    note_kept,
    offer_after_checkin,
)
from handlers.checkin_words import Actions, date_text, dispatch, on, text
from handlers.common import keyboard, label, reader_of, reply
from handlers.screens import acknowledge_query, member_or_need_start, show, toast

DEFAULT_DAYS = 30
MIN_DAYS, MAX_DAYS = 7, 365
YEAR = 365
YEAR_WORDS = frozenset({"year", "año", "ano", "y"})
DAY_WORDS = frozenset({"days", "day", "días", "dias", "d"})
PIXEL_DAYS = 7 * 53  # the Year in Pixels shows 53 weeks
# What the member is told, truthfully, about who heard of their request to reach out.
_HELP_TOLD = {
    Audience.FACILITATORS: "checkin-help-sent",
    Audience.ADMINS: "checkin-help-sent-admins",
    Audience.NOBODY: "checkin-help-nobody",
}
_LOW_RUN_TOLD = {Audience.FACILITATORS: "yes", Audience.ADMINS: "yes", Audience.NOBODY: "later"}


async def checkin_on(context: BotContext, user_id: int, day: date) -> Checkin | None:
    """The member's check-in of one local date, if there is one."""
    found = await context.services.checkins.history(user_id, 1, day)
    return next((checkin for checkin in found if checkin.local_date == day), None)


async def remove_buttons(update: Update) -> None:
    """Take the buttons off the pressed message (already gone is fine)."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    try:
        await query.edit_message_reply_markup(None)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise


# -- the prompt's buttons (a mood, skip, add a note, ask for help) ------------------------


async def answered(update: Update, context: BotContext, member: Member, pressed: Mood) -> bool:
    """Record the mood, thank, offer a note and contact; follow up lows."""
    day, mood = pressed.day, pressed.mood
    answer = await context.services.checkins.answer(member.user_id, day, mood)
    if not answer.saved:
        await toast(update, context, "checkin-closed")
        await remove_buttons(update)
        return True
    await acknowledge_query(update)
    language = member.language
    thanks = text(
        context, language, "checkin-thanks", mood=label(context, language, f"mood-{mood}")
    )
    rows = [
        [(label(context, language, "btn-checkin-note"), AddNote(day).pack())],
        [(label(context, language, "btn-checkin-help"), AskHelp(day).pack())],
    ]
    await show(update, context, thanks, keyboard(rows), edit=True)
    await offer_after_checkin(context, member.user_id, day)
    if answer.low_run:
        await follow_up(update, context, member, day)
    return True


async def follow_up(update: Update, context: BotContext, member: Member, day: date) -> None:
    """After a run of low days: a kind word, /crisis and /resources, and an offer to talk."""
    services = context.services
    plan = await services.checkins.plan(member.user_id)
    told = "no"  # not shared: the member may still ask with the button
    if plan is not None and plan.share_low_mood:
        opened = await services.checkins.request_contact(member.user_id, day, "low_mood")
        told = _LOW_RUN_TOLD[opened.audience] if opened else "no"
    language = member.language
    words = text(context, language, "checkin-low-run", told=told)
    talk = [[(label(context, language, "btn-checkin-talk"), AskHelp(day).pack())]]
    await show(update, context, words, keyboard(talk), edit=False)


async def skipped(update: Update, context: BotContext, member: Member, pressed: Skip) -> bool:
    """No check-in that day (only today's prompt can still be skipped)."""
    checkins = context.services.checkins
    plan = await checkins.plan(member.user_id)
    if plan is None or not plan.enabled:
        return False
    today = checkins.today(plan)
    if (pressed.day or today) != today:  # yesterday's prompt, tapped after midnight
        await toast(update, context, "checkin-closed")
        await remove_buttons(update)
        return True
    await checkins.change(member.user_id, skip_date=today)
    await toast(update, context, "checkin-skipped")
    await show(update, context, text(context, member.language, "checkin-skipped-text"), None, True)
    return True


async def help_asked(update: Update, context: BotContext, member: Member, pressed: AskHelp) -> bool:
    """Ask the member's facilitators to reach out (once per check-in)."""
    day = pressed.day
    checkin = await checkin_on(context, member.user_id, day)
    if checkin is None:
        return False
    plan = await context.services.checkins.plan(member.user_id)
    if plan is None or day != context.services.checkins.today(plan):
        await toast(update, context, "checkin-closed")  # an old check-in's button
        return True
    if checkin.wants_contact:
        await toast(update, context, "checkin-help-already")
        return True
    opened = await context.services.checkins.request_contact(member.user_id, day, "asked")
    if opened is None:  # a second tap that overtook the first
        await toast(update, context, "checkin-help-already")
        return True
    await acknowledge_query(update)
    message_id = _HELP_TOLD[opened.audience]
    await show(update, context, text(context, member.language, message_id), None, edit=False)
    return True


ACTIONS: Actions = dict(
    [
        on(Mood, answered),
        on(Skip, skipped),
        on(AddNote, note_asked),
        on(AskHelp, help_asked),
        on(KeepNote, note_kept),
        on(DropNote, note_dropped),
    ]
)


async def prompt_button(update: Update, context: BotContext) -> None:
    """Every button of a check-in prompt and of what follows it."""
    await dispatch(update, context, ACTIONS)


# -- /mood --------------------------------------------------------------------------------


def span_of(args: list[str]) -> int | None:
    """Days to show: 30 alone, a number of days (7..365), or YEAR for 'year'; None if unread."""
    words = [word.casefold() for word in args]
    if not words:
        return DEFAULT_DAYS
    if len(words) == 1 and words[0] in YEAR_WORDS:
        return YEAR
    if len(words) == 2 and words[1] not in DAY_WORDS:
        return None
    if len(words) > 2 or not words[0].isdecimal() or len(words[0]) > 3:
        return None
    days = int(words[0])
    return days if MIN_DAYS <= days <= MAX_DAYS else None


def chart_labels(context: BotContext, language: str, title: str) -> ChartLabels:
    """The chart's words in the member's language (plain text, no markup)."""

    def plain(message_id: str) -> str:
        """One text without HTML escapes."""
        return label(context, language, message_id)

    moods = tuple(plain(f"mood-word-{mood}") for mood in MOODS)
    return ChartLabels(
        title=title,
        moods=(moods[0], moods[1], moods[2], moods[3], moods[4]),
        no_data=plain("mood-chart-no-data"),
        months=month_names(Reader(language)),
        weekdays=tuple(weekday_name(Reader(language), day, "abbreviated") for day in range(7)),
        no_answer=plain("mood-chart-no-answer"),
    )


def caption_of(context: BotContext, member: Member, summary: Summary, year: bool) -> str:
    """Average, check-ins, streak, best and hardest days, in words."""
    language, reader = member.language, reader_of(member)
    figures = {
        "days": summary.days,
        "answered": summary.answered,
        "average": decimal_text(reader, summary.average or 0),
        "streak": summary.streak,
    }
    message_id = "mood-caption-year" if year else "mood-caption"
    lines = [text(context, language, message_id, **figures).strip()]
    if summary.best != summary.hardest:
        for message_id, days in (
            ("mood-caption-best", summary.best),
            ("mood-caption-hardest", summary.hardest),
        ):
            if not days:
                continue
            dates = list_text(reader, (date_text(reader, day, weekday=False) for day in days))
            lines.append(text(context, language, message_id, dates=dates))
    return "\n".join(lines)


async def chart_of(
    context: BotContext, language: str, moods: dict[date, int], today: date, days: int
) -> bytes:
    """The PNG: a line chart of the last `days` days, or the Year in Pixels (in a thread)."""
    if days == YEAR:
        labels = chart_labels(context, language, label(context, language, "mood-chart-title-year"))
        return await asyncio.to_thread(year_in_pixels, moods, today, labels)
    title = label(context, language, "mood-chart-title", days=days)
    window = [today - timedelta(days=back) for back in range(days - 1, -1, -1)]
    points = [(day, moods.get(day)) for day in window]
    return await asyncio.to_thread(mood_chart, points, chart_labels(context, language, title))


async def mood_command(update: Update, context: BotContext) -> None:
    """/mood, /mood 90, /mood year: a chart of the member's moods with a summary caption."""
    member = await member_or_need_start(update, context)
    chat = update.effective_chat
    if member is None or chat is None:
        return
    days = span_of(context.args or [])
    if days is None:
        await reply(update, context, "mood-bad")
        return
    today = context.services.clock().astimezone(ZoneInfo(member.timezone)).date()
    fetched = PIXEL_DAYS if days == YEAR else days
    history = await context.services.checkins.history(member.user_id, fetched, today)
    summary = summarise(history, today, days)
    if not summary.answered:
        await reply(update, context, "mood-none", days=days)
        return
    moods = {c.local_date: c.mood for c in history if c.mood is not None and c.local_date <= today}
    png = await chart_of(context, member.language, moods, today, days)
    caption = caption_of(context, member, summary, days == YEAR)
    await context.bot.send_photo(chat.id, InputFile(png, filename="mood.png"), caption=caption)


def register(app: BotApplication) -> None:
    """Add /mood, the prompt's buttons and the typed note."""
    app.add_handler(CommandHandler("mood", mood_command, filters=filters.ChatType.PRIVATE))
    pattern = prefix_matcher(*PROMPT_BUTTONS)
    app.add_handler(CallbackQueryHandler(prompt_button, pattern=pattern))
    add_note_answers(app)
