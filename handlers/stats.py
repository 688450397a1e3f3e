"""/stats: anonymous statistics of a group (text and chart) for its facilitators and admins."""

from __future__ import annotations

import asyncio
import logging

from telegram import InputFile, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, TypeHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.stats import STATS_BUTTONS, StatsReport
from bot.domain.callback import prefix_matcher
from bot.domain.models import Group
from bot.feedback.service import feedback_service
from bot.stats.charts import stats_chart
from bot.stats.figures import parse_days
from bot.stats.models import DEFAULT_DAYS
from handlers.common import (
    acknowledge,
    keyboard,
    label,
    language_of,
    pressed_button,
    reply,
    sender,
    staff_sender,
)
from handlers.stages import Stage
from handlers.stats_texts import StatsWriter

log = logging.getLogger(__name__)


async def stats_command(update: Update, context: BotContext) -> None:
    """/stats or /stats 7|30|90|365: one group's report, or buttons to pick one of several."""
    person = await staff_sender(update, context)
    if person is None:
        return
    days = parse_days(context.args or [], DEFAULT_DAYS)
    if days is None:
        await reply(update, context, "stats-bad")
        return
    groups = await context.services.stats.groups_for(person.user_id)
    if not groups:
        await reply(update, context, "stats-no-groups")
        return
    if len(groups) == 1:
        await _send_report(update, context, groups[0], days)
        return
    language = await language_of(update, context)
    rows = [
        [
            (
                label(context, language, "btn-stats-group", title=group.title),
                StatsReport(group.chat_id, days).pack(),
            )
        ]
        for group in groups
    ]
    await reply(update, context, "stats-pick-group", markup=keyboard(rows), days=days)


async def stats_button(update: Update, context: BotContext) -> None:
    """A group's report over some days: the role and the group are checked again."""
    query, pressed = pressed_button(update, *STATS_BUTTONS)
    await acknowledge(query)
    person = await staff_sender(update, context)
    if person is None:
        return
    if not isinstance(pressed, StatsReport):
        await reply(update, context, "button-expired")
        return
    group_id, days = pressed.group_id, pressed.days
    group = await context.services.groups.get(group_id)
    if group is None or not await context.services.stats.may_see(person.user_id, group_id):
        log.info("stats refused for a group the person may not see")
        await reply(update, context, "stats-not-yours")
        return
    await _send_report(update, context, group, days)


async def _send_report(update: Update, context: BotContext, group: Group, days: int) -> None:
    """Compute the figures, then send the summary and the chart (drawn in a worker thread)."""
    chat = update.effective_chat
    if chat is None:
        return
    stats = await context.services.stats.report(group.chat_id, days)
    feedback = await feedback_service(context.services).summary(group.chat_id, days)
    writer = StatsWriter(context.services.texts, await language_of(update, context))
    await context.bot.send_message(chat.id, writer.summary(group.title, stats, feedback))
    bars, moods, lines, labels = writer.chart_parts(group.title, stats)
    png = await asyncio.to_thread(stats_chart, bars, moods, lines, labels)
    await context.bot.send_photo(chat.id, InputFile(png, filename="stats.png"))


async def count_active_day(update: Update, context: BotContext) -> None:
    """Record an active day for anonymous group statistics (the date only, never the text).

    Bookkeeping after the crisis check (Stage.BOOKKEEPING), so it never delays an alert; the
    crisis check calls it itself for a message it stops.
    """
    person = sender(update)
    if person is not None and (update.message or update.callback_query):
        await context.services.stats.record_activity(person.user_id)


def register(app: BotApplication) -> None:
    """Add /stats and its buttons, and the count of active days after the crisis check."""
    app.add_handler(CommandHandler("stats", stats_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(stats_button, pattern=prefix_matcher(*STATS_BUTTONS)))
    app.add_handler(TypeHandler(Update, count_active_day), group=Stage.BOOKKEEPING)
