"""Turning daily check-ins on: time, days and consent buttons, and a typed time.

Each step's choice travels in the next buttons' callback data (cis:<step>:<HHMM>:<days>), so
nothing is stored until the member answers the consent question. "Other time…" opens the
person's question "time" (stored, lapsing after TIME_WAIT); the next typed text that reads as a
time is the answer.
"""

from __future__ import annotations

from datetime import time, timedelta

from telegram import InlineKeyboardMarkup, Update

from bot.checkins.models import EVERY_DAY, WEEKDAYS, WEEKENDS, CheckinPlan
from bot.context import BotContext
from bot.domain.models import Member
from bot.formats.formatting import Reader, time_text, weekday_name
from bot.meetings.parsing import parse_time
from handlers.checkin_words import (
    OFF,
    ON,
    Action,
    days_code,
    parse_days_code,
    parse_time_code,
    plan_args,
    text,
    time_code,
)
from handlers.common import keyboard, label, reader_of, reply, sender
from handlers.conversations import start_conversation
from handlers.screens import acknowledge_query, member_or_need_start, show, toast

TIME_CHOICES = (time(8), time(12), time(18), time(20), time(21), time(22))
TIME_WAIT = timedelta(minutes=10)
NEW, CHANGE = "n", "c"
KEEP = "x"  # in place of a time: change the days of the plan already on
_MAX_TYPED = 30
Rows = list[list[tuple[str, str]]]


# -- screens ------------------------------------------------------------------------------


def time_rows(context: BotContext, member: Member, mode: str) -> Rows:
    """The common times three per row, then 'Other time…'; new plans and changes differ."""
    step = "t" if mode == NEW else "at"
    language, reader = member.language, reader_of(member)
    buttons = [(time_text(reader, at), f"cis:{step}:{time_code(at)}") for at in TIME_CHOICES]
    other = label(context, language, "btn-checkin-time-other")
    return [buttons[:3], buttons[3:], [(other, f"cis:o:{mode}")]]


def intro_view(context: BotContext, member: Member) -> tuple[str, InlineKeyboardMarkup]:
    """What check-ins are, with the time buttons that start opting in."""
    language = member.language
    intro = text(context, language, "checkin-intro", zone=member.timezone)
    return intro, keyboard(time_rows(context, member, NEW))


def days_view(
    context: BotContext, member: Member, at_code: str, at: time | None
) -> tuple[str, InlineKeyboardMarkup]:
    """Every day, weekdays, weekends or 'Choose days…' (for a new time, or KEEP)."""
    language = member.language
    presets = (
        ("btn-checkin-every-day", EVERY_DAY),
        ("btn-checkin-weekdays", WEEKDAYS),
        ("btn-checkin-weekends", WEEKENDS),
    )
    rows: Rows = [
        [(label(context, language, key), f"cis:d:{at_code}:{days_code(days)}")]
        for key, days in presets
    ]
    rows.append([(label(context, language, "btn-checkin-choose-days"), f"cis:k:{at_code}:-")])
    if at is None:
        return text(context, language, "checkin-days-change"), keyboard(rows)
    when = time_text(reader_of(member), at)
    return text(context, language, "checkin-days-ask", time=when), keyboard(rows)


def toggles_view(
    context: BotContext, language: str, at_code: str, chosen: frozenset[int]
) -> tuple[str, InlineKeyboardMarkup]:
    """Seven day toggles (ticked when chosen) and Done."""
    buttons = [
        (
            ("✅ " if day in chosen else "") + weekday_name(Reader(language), day, "abbreviated"),
            f"cis:k:{at_code}:{days_code(chosen ^ {day})}",
        )
        for day in range(7)
    ]
    done = (
        label(context, language, "btn-checkin-days-done"),
        f"cis:d:{at_code}:{days_code(chosen)}",
    )
    rows = [buttons[:4], buttons[4:], [done]]
    return text(context, language, "checkin-days-choose"), keyboard(rows)


def consent_view(
    context: BotContext, language: str, at_code: str, days: frozenset[int]
) -> tuple[str, InlineKeyboardMarkup]:
    """May a facilitator be told about a run of hard days? Yes / No."""
    data = f"cis:c:{at_code}:{days_code(days)}"
    rows = [
        [(label(context, language, "btn-checkin-consent-yes"), f"{data}:y")],
        [(label(context, language, "btn-checkin-consent-no"), f"{data}:n")],
    ]
    return text(context, language, "checkin-consent-ask"), keyboard(rows)


def confirmation(context: BotContext, member: Member, plan: CheckinPlan) -> str:
    """'Check-ins on: every day at 21:30 (Europe/Madrid). Next one: …' and what follows."""
    share = ON if plan.share_low_mood else OFF
    args = plan_args(context, reader_of(member), plan)
    return text(context, member.language, "checkin-on", share=share, **args)


# -- the opt-in steps (cis:t, cis:o, cis:k, cis:d with a time, cis:c) -------------------


async def chose_time(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:t:<HHMM>: a time for a new plan; ask for the days."""
    at = parse_time_code(args[0]) if len(args) == 1 else None
    if at is None:
        return False
    await acknowledge_query(update)
    await show(update, context, *days_view(context, member, args[0], at), edit=True)
    return True


async def other_time(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:o:<n|c>: ask for a typed time (for a new plan or to change the time)."""
    if args not in ([NEW], [CHANGE]):
        return False
    await start_conversation(context, member.user_id, "time", {"mode": args[0]}, TIME_WAIT)
    await acknowledge_query(update)
    await show(update, context, text(context, member.language, "checkin-time-ask"), None, True)
    return True


async def choose_days(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:k:<HHMM|x>:<days>: the day toggles, with these days ticked."""
    chosen = parse_days_code(args[1]) if len(args) == 2 else None
    if chosen is None or not await time_or_plan_on(context, member, args[0]):
        return False
    await acknowledge_query(update)
    view = toggles_view(context, member.language, args[0], chosen)
    await show(update, context, *view, edit=True)
    return True


async def chose_days(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:d:<HHMM>:<days>: days for a new plan; ask for consent (KEEP is handled elsewhere)."""
    at = parse_time_code(args[0]) if len(args) == 2 else None
    days = parse_days_code(args[1]) if len(args) == 2 else None
    if at is None or days is None:
        return False
    if not days:
        await toast(update, context, "checkin-days-none")
        return True
    await acknowledge_query(update)
    await show(update, context, *consent_view(context, member.language, args[0], days), True)
    return True


async def consented(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:c:<HHMM>:<days>:<y|n>: turn check-ins on and confirm the plan."""
    at = parse_time_code(args[0]) if len(args) == 3 else None
    days = parse_days_code(args[1]) if len(args) == 3 else None
    if at is None or not days or args[2] not in ("y", "n"):
        return False
    plan = await context.services.checkins.opt_in(member.user_id, at, days, args[2] == "y")
    if plan is None:
        return False
    await acknowledge_query(update)
    await show(update, context, confirmation(context, member, plan), None, edit=True)
    return True


async def time_or_plan_on(context: BotContext, member: Member, at_code: str) -> bool:
    """Tell whether a step's time code is a valid time, or KEEP with check-ins on."""
    if at_code == KEEP:
        plan = await context.services.checkins.plan(member.user_id)
        return plan is not None and plan.enabled
    return parse_time_code(at_code) is not None


OPT_IN_ACTIONS: dict[str, Action] = {
    "t": chose_time,
    "o": other_time,
    "k": choose_days,
    "d": chose_days,
    "c": consented,
}


# -- a typed time -------------------------------------------------------------------------


async def waiting_mode(update: Update, context: BotContext) -> str | None:
    """NEW or CHANGE while a typed time is awaited (and not stale), else None."""
    person = sender(update)
    if person is None:
        return None
    question = await context.services.questions.waiting(person.user_id, "time")
    mode = question.data.get("mode") if question is not None else None
    return mode if mode in (NEW, CHANGE) else None


async def typed_time(update: Update, context: BotContext, typed: str) -> bool:
    """The answer to 'Other time…': a typed time; text unlike a time is left to others."""
    mode = await waiting_mode(update, context)
    person = sender(update)
    if mode is None or person is None:
        return False
    questions = context.services.questions
    at = parse_time(typed) if len(typed) <= _MAX_TYPED else None
    if at is None and (len(typed) > _MAX_TYPED or not any(char.isdigit() for char in typed)):
        await questions.close(person.user_id, "time")
        return False
    if at is None:
        await reply(update, context, "checkin-time-bad")
        return True
    await questions.close(person.user_id, "time")
    member = await member_or_need_start(update, context)
    if member is not None:
        await use_typed_time(update, context, member, mode, at)
    return True


async def use_typed_time(
    update: Update, context: BotContext, member: Member, mode: str, at: time
) -> None:
    """Change the plan's time (CHANGE with check-ins on), or go on to the days of a new plan."""
    services = context.services
    plan = await services.checkins.plan(member.user_id)
    if mode == CHANGE and plan is not None and plan.enabled:
        changed = await services.checkins.change(member.user_id, at=at)
        if changed is not None:
            await show(update, context, confirmation(context, member, changed), None, False)
            return
    await show(update, context, *days_view(context, member, time_code(at), at), edit=False)
