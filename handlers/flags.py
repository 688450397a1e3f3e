"""Facilitators act on alerts (I'm on it, Resolved, False alarm) and review flags."""

from __future__ import annotations

import contextlib
import html
import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.domain.flag_buttons import FlagAction, FlagButton
from bot.domain.flags import Flag, FlagEvent, FlagState
from bot.domain.messages import Button, Keyboard
from bot.formats.formatting import reader_for, stamp_text
from bot.services.alert_reader import Reader as AlertReader
from bot.services.flag_actions import CONFIRMED, REOPEN_WINDOW, Outcome
from handlers.common import (
    acknowledge,
    callback_of,
    language_of,
    markup_of,
    reply,
    sender,
    staff_sender,
)

log = logging.getLogger(__name__)

_ANSWERS = {
    Outcome.NOT_ALLOWED: "flag-not-allowed",
    Outcome.UNKNOWN: "flag-unknown",
    Outcome.CLOSED: "flag-closed",
    Outcome.ALREADY_TAKEN: "flag-already-taken",
    Outcome.NOT_CLOSED: "flag-not-closed",
    Outcome.TOO_LATE: "flag-reopen-too-late",
}
# Room for a /flag view: Telegram's 4,096 characters, less a margin for the HTML tags.
VIEW_LIMIT = 3800
_DONE = {
    "ack": "flag-taken",
    "resok": "flag-resolved",
    "faok": "flag-false-alarm",
    "reopen": "flag-reopened",
}
_ACTIONS = ("ack", "resok", "faok")


async def flag_button(update: Update, context: BotContext) -> None:
    """flag:<action>:<id>: take (ack), close after confirming (res/fa -> resok/faok, back),
    say who took it (who), reopen; only the flag's groups' facilitators and admins may act."""
    query, _ = callback_of(update)
    person = sender(update)
    pressed_button = FlagButton.parse(query.data)
    if person is None or pressed_button is None:
        await acknowledge(query)
        return
    action, flag_id = pressed_button.action.value, pressed_button.flag_id
    if action in CONFIRMED or action == "back":
        await _show(update, context, flag_id, action, person.user_id)
        return
    if action == "who":
        await _who(update, context, flag_id, person.user_id)
        return
    pressed = None
    if query.message is not None:
        pressed = (query.message.chat.id, query.message.message_id)
    services = context.services
    if action == "reopen":
        outcome, flag = await services.flag_actions.reopen(flag_id, person.user_id)
    elif action in _ACTIONS:
        outcome, flag = await services.flag_actions.act(flag_id, action, person.user_id, pressed)
    else:
        outcome, flag = Outcome.UNKNOWN, None
    await _answer(update, context, outcome, flag, flag_id, action)
    if outcome is Outcome.DONE and action == "resok":
        language = await language_of(update, context)
        await context.bot.send_message(
            person.user_id, services.texts.get(language, "flag-note-ask", id=str(flag_id))
        )


async def _answer(
    update: Update,
    context: BotContext,
    outcome: Outcome,
    flag: Flag | None,
    flag_id: int,
    action: str,
) -> None:
    """Answer the button press with what happened, as a short notice."""
    query, _ = callback_of(update)
    services = context.services
    language = await language_of(update, context)
    if outcome is Outcome.DONE:
        answer = services.texts.get(language, _DONE[action], id=str(flag_id))
    else:
        taker = await services.alert_writer.name_of(
            flag.acknowledged_by if flag else None, language
        )
        answer = services.texts.get(language, _ANSWERS[outcome], id=str(flag_id), name=taker)
    await acknowledge(query, html.unescape(answer))


async def _show(
    update: Update, context: BotContext, flag_id: int, action: str, user_id: int
) -> None:
    """Ask to confirm closing (res, fa) in the pressed message, or show it again (back)."""
    query, _ = callback_of(update)
    confirm = action if action in CONFIRMED else None
    outcome, flag, shown = await context.services.flag_actions.view(flag_id, user_id, confirm)
    if outcome is not Outcome.DONE:
        await _answer(update, context, outcome, flag, flag_id, action)
    else:
        await acknowledge(query)
    if shown is not None and query.message is not None:
        with contextlib.suppress(BadRequest):  # the same text and buttons: nothing to change
            await context.bot.edit_message_text(
                shown.text,
                chat_id=query.message.chat.id,
                message_id=query.message.message_id,
                parse_mode="HTML",
                reply_markup=markup_of(shown.keyboard),
            )


async def _who(update: Update, context: BotContext, flag_id: int, user_id: int) -> None:
    """Say who took the flag and when (the top button of a taken alert)."""
    query, _ = callback_of(update)
    services = context.services
    flag = await services.flags.get(flag_id)
    language = await language_of(update, context)
    if flag is None or not await services.flags.may_act(flag_id, user_id):
        await acknowledge(query, services.texts.get(language, "flag-unknown"))
        return
    reader = await services.alert_writer.reader(user_id)
    taker = await services.alert_writer.name_of(flag.acknowledged_by, language)
    when = _when(flag.acknowledged_at, reader, language)
    answer = services.texts.get(language, "flag-who", id=str(flag_id), name=taker, time=when)
    await acknowledge(query, html.unescape(answer))


async def skip_command(update: Update, context: BotContext) -> None:
    """Skip the handoff note the bot asked for."""
    person = sender(update)
    if person is None:
        return
    skipped = await context.services.flags.skip_note(person.user_id)
    await reply(update, context, "flag-note-skipped" if skipped else "flag-note-none")


async def flags_command(update: Update, context: BotContext) -> None:
    """List open and recent flags the person may see (facilitators and admins only)."""
    person = await staff_sender(update, context)
    if person is None:
        return
    services = context.services
    flags = await services.flags.recent(person.user_id)
    if not flags:
        await reply(update, context, "flags-none")
        return
    language = await language_of(update, context)
    reader = await services.alert_writer.reader(person.user_id)
    lines = [services.texts.get(language, "flags-header")]
    lines += [_flag_line(context, language, reader, flag) for flag in flags]
    lines.append(services.texts.get(language, "flags-footer"))
    await context.bot.send_message(person.user_id, "\n".join(lines))


async def flag_command(update: Update, context: BotContext) -> None:
    """Show one flag with its timeline: /flag N."""
    person = await staff_sender(update, context)
    if person is None:
        return
    services = context.services
    arg = context.args[0].lstrip("#") if context.args else ""
    if not arg.isdigit() or len(arg) > 12:
        await reply(update, context, "flag-usage")
        return
    flag = await services.flags.get(int(arg))
    if flag is None or not await services.flags.may_act(flag.id, person.user_id):
        await reply(update, context, "flag-unknown")
        return
    language = await language_of(update, context)
    reader = await services.alert_writer.reader(person.user_id)
    taker = await services.alert_writer.name_of(flag.acknowledged_by, language)
    closer = await services.alert_writer.name_of(flag.closed_by, language)
    head = [services.alert_writer.render(flag, reader, 0, taker, closer)]
    head.append(services.texts.get(language, "flag-timeline"))
    events = [
        await _event_line(context, language, reader, event)
        for event in await services.flags.timeline(flag.id)
    ]
    parts = head + fit_timeline(events, VIEW_LIMIT - len("\n".join(head)))
    buttons = services.alert_writer.buttons(flag, reader, taker)
    if _reopenable(context, flag):
        reopen = services.texts.get(language, "btn-reopen")
        reopen_data = FlagButton(FlagAction.REOPEN, flag.id).pack()
        buttons = Keyboard.of([[Button.of_html(reopen, reopen_data)]])
    markup = markup_of(buttons) if buttons.rows else None
    view = await context.bot.send_message(person.user_id, "\n".join(parts), reply_markup=markup)
    await services.flag_records.record_view(flag.id, person.user_id, view.message_id)


def _reopenable(context: BotContext, flag: Flag) -> bool:
    """Tell whether a closed flag may still be reopened (24 hours; not after an erasure)."""
    if not flag.state.closed or flag.state is FlagState.ERASED or flag.closed_at is None:
        return False
    closed = datetime.fromisoformat(flag.closed_at.replace("Z", "+00:00"))
    return context.services.clock() - closed < REOPEN_WINDOW


def _when(moment: str | None, reader: AlertReader, language: str) -> str:
    """Show a stored time as 'Nov 21, 2:05 PM' or '21 nov, 14:05' in the reader's zone and clock."""
    if not moment:
        return ""
    zone = reader.timezone
    when = datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone(ZoneInfo(zone))
    return stamp_text(reader_for(language, zone, reader.clock), when)


def _flag_line(context: BotContext, language: str, reader: AlertReader, flag: Flag) -> str:
    """One line of /flags."""
    texts = context.services.texts
    state = texts.get(language, f"flag-state-{flag.state.value}")
    if flag.unreached_at and flag.state is FlagState.OPEN:
        state = texts.get(language, "flag-state-unreached")
    where = flag.chat_title or texts.get(language, "flags-private")
    return texts.get(
        language,
        "flags-item",
        id=str(flag.id),
        tier=texts.get(language, f"tier-{flag.tier}"),
        state=state,
        when=_when(flag.raised_at, reader, language),
        where=where,
    )


async def _event_line(
    context: BotContext, language: str, reader: AlertReader, event: FlagEvent
) -> str:
    """One line of a flag's timeline."""
    services = context.services
    who = await services.alert_writer.name_of(event.actor_id, language)
    step = (event.detail or "0:0").split(":")
    return services.texts.get(
        language,
        f"event-{event.kind}",
        when=_when(event.at, reader, language),
        name=who,
        step=int(step[0]) if step[0].isdigit() else 0,
        count=int(step[-1]) if step[-1].isdigit() else 0,
        tier=_tier_text(context, language, event.detail),
    )


def fit_timeline(lines: list[str], room: int) -> list[str]:
    """Keep the first and the newest timeline lines that fit in `room` characters."""
    if len("\n".join(lines)) < room or len(lines) < 3:
        return lines
    first, rest = lines[0], lines[1:]
    kept: list[str] = []
    used = len(first) + len("…") + 2
    for line in reversed(rest):
        if used + len(line) + 1 > room:
            break
        kept.insert(0, line)
        used += len(line) + 1
    return [first, "…", *kept]


def _tier_text(context: BotContext, language: str, tier: str | None) -> str:
    """Return a tier in the reader's words ('' for events without one)."""
    texts = context.services.texts
    message_id = f"tier-{tier}"
    return texts.get(language, message_id) if tier and texts.has("en", message_id) else ""


def register(app: BotApplication) -> None:
    """Add the alert buttons and the review commands."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CallbackQueryHandler(flag_button, pattern=prefix_matcher(FlagButton)))
    app.add_handler(CommandHandler("skip", skip_command, filters=private))
    app.add_handler(CommandHandler("flags", flags_command, filters=private))
    app.add_handler(CommandHandler("flag", flag_command, filters=private))
