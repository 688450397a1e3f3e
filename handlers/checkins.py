"""/checkin, /pause and /resume: a member's daily check-in plan, shown and changed.

Turning check-ins on lives in handlers.checkin_setup; answering them and /mood in handlers.mood.
"""

from __future__ import annotations

from datetime import date, timedelta

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import handlers.mood
from bot.checkins.models import CheckinPlan
from bot.checkins.schedule import parse_pause, passed_pause_date
from bot.context import BotApplication, BotContext
from bot.domain.models import Member
from bot.formats.formatting import day_month_text, example_dates
from handlers.checkin_setup import (
    CHANGE,
    KEEP,
    OPT_IN_ACTIONS,
    Rows,
    days_view,
    intro_view,
    time_rows,
    typed_time,
)
from handlers.checkin_words import (
    OFF,
    ON,
    Action,
    date_text,
    dispatch,
    next_text,
    parse_days_code,
    parse_time_code,
    plan_args,
    text,
)
from handlers.common import callback_of, keyboard, label, reader_of
from handlers.screens import acknowledge_query, member_or_need_start, show, toast
from handlers.text_router import add_answer

PAUSE_CHOICES = (1, 3, 7)


# -- /checkin -----------------------------------------------------------------------------


async def checkin_command(update: Update, context: BotContext) -> None:
    """The plan with buttons to change it, or (when off) what check-ins are and the times."""
    member = await member_or_need_start(update, context)
    if member is not None:
        await show(update, context, *await overview(context, member), edit=False)


async def overview(context: BotContext, member: Member) -> tuple[str, InlineKeyboardMarkup]:
    """The status screen when check-ins are on, else the opt-in screen."""
    plan = await context.services.checkins.plan(member.user_id)
    if plan is None or not plan.enabled:
        return intro_view(context, member)
    return status_view(context, member, plan)


def status_view(
    context: BotContext, member: Member, plan: CheckinPlan
) -> tuple[str, InlineKeyboardMarkup]:
    """Days, time, zone, next check-in, pause and both switches, with the change buttons."""
    language, reader = member.language, reader_of(member)
    lines = [text(context, language, "checkin-status", **plan_args(context, reader, plan))]
    if plan.paused_until is not None and plan.paused_until >= today_of(context, plan):
        paused = date_text(reader, plan.paused_until, today=today_of(context, plan))
        lines.append(text(context, language, "checkin-status-paused", date=paused))
    summary, share = (ON if on else OFF for on in (plan.weekly_summary, plan.share_low_mood))
    lines.append(text(context, language, "checkin-status-options", summary=summary, share=share))
    rows: Rows = [
        [
            (label(context, language, "btn-checkin-change-time"), "cis:ct"),
            (label(context, language, "btn-checkin-change-days"), "cis:cd"),
        ],
        [(label(context, language, "btn-checkin-pause"), "cis:p")],
        [(label(context, language, f"btn-checkin-summary-{summary}"), "cis:w")],
        [(label(context, language, f"btn-checkin-share-{share}"), "cis:s")],
        [(label(context, language, "btn-checkin-off"), "cis:off")],
    ]
    return "\n".join(lines), keyboard(rows)


def today_of(context: BotContext, plan: CheckinPlan) -> date:
    """The member's local date now."""
    return context.services.checkins.today(plan)


async def plan_on(context: BotContext, member: Member) -> CheckinPlan | None:
    """The member's plan when check-ins are on, else None."""
    plan = await context.services.checkins.plan(member.user_id)
    return plan if plan is not None and plan.enabled else None


# -- changing a plan that is on (cis:menu, ct, at, cd, d:x, w, s, off, p, r) --------------


async def changed(update: Update, context: BotContext, member: Member, **fields: object) -> bool:
    """Change the plan (when on), then show it again with a 'Saved.' toast."""
    if await plan_on(context, member) is None:
        return False
    plan = await context.services.checkins.change(member.user_id, **fields)
    if plan is None:
        return False
    await toast(update, context, "checkin-saved")
    await show(update, context, *status_view(context, member, plan), edit=True)
    return True


async def open_menu(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:menu (from /settings): the /checkin screen in place."""
    if args:
        return False
    await acknowledge_query(update)
    await show(update, context, *await overview(context, member), edit=True)
    return True


async def change_time(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:ct: the times to choose from."""
    if args or await plan_on(context, member) is None:
        return False
    await acknowledge_query(update)
    zone = member.timezone
    choose = text(context, member.language, "checkin-time-choose", zone=zone)
    await show(update, context, choose, keyboard(time_rows(context, member, CHANGE)), True)
    return True


async def set_time(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:at:<HHMM>: the new time of the plan."""
    at = parse_time_code(args[0]) if len(args) == 1 else None
    return at is not None and await changed(update, context, member, at=at)


async def change_days(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:cd: the day choices for the plan."""
    if args or await plan_on(context, member) is None:
        return False
    await acknowledge_query(update)
    await show(update, context, *days_view(context, member, KEEP, None), edit=True)
    return True


async def set_days(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:d:x:<days>: new days for the plan; cis:d:<HHMM>:<days> belongs to opting in."""
    if not args or args[0] != KEEP:
        return await OPT_IN_ACTIONS["d"](update, context, member, args)
    days = parse_days_code(args[1]) if len(args) == 2 else None
    if days is None or await plan_on(context, member) is None:
        return False
    if not days:
        await toast(update, context, "checkin-days-none")
        return True
    return await changed(update, context, member, days=days)


async def switch(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:w and cis:s: turn the weekly summary or telling a facilitator on or off."""
    plan = await plan_on(context, member)
    if args or plan is None:
        return False
    _, parts = callback_of(update)
    if parts[1] == "w":
        return await changed(update, context, member, weekly_summary=not plan.weekly_summary)
    return await changed(update, context, member, share_low_mood=not plan.share_low_mood)


async def turn_off(update: Update, context: BotContext, member: Member, args: list[str]) -> bool:
    """cis:off: turn check-ins off (past check-ins stay)."""
    if args or await plan_on(context, member) is None:
        return False
    await context.services.checkins.change(member.user_id, enabled=False)
    await acknowledge_query(update)
    await show(update, context, text(context, member.language, "checkin-off-done"), None, True)
    return True


# -- /pause and /resume -------------------------------------------------------------------


def pause_markup(context: BotContext, language: str) -> InlineKeyboardMarkup:
    """1 day, 3 days, 1 week, Resume now."""
    rows: Rows = [
        [(label(context, language, f"btn-checkin-pause-{days}"), f"cis:p:{days}")]
        for days in PAUSE_CHOICES
    ]
    rows.append([(label(context, language, "btn-checkin-resume"), "cis:r")])
    return keyboard(rows)


def paused_text(context: BotContext, member: Member, end: date, today: date) -> str:
    """'Check-ins paused through …; they start again on …' (with the year when far)."""
    reader = reader_of(member)
    days = (end, end + timedelta(days=1))
    last, resume = (date_text(reader, day, today=today) for day in days)
    return text(context, member.language, "checkin-paused", end=last, resume=resume)


def resumed_text(context: BotContext, member: Member, plan: CheckinPlan, was_paused: bool) -> str:
    """'Welcome back … Next one: …', or 'not paused' when there was no pause."""
    message_id = "checkin-resumed" if was_paused else "checkin-not-paused"
    next_one = next_text(context, reader_of(member), plan)
    return text(context, member.language, message_id, next=next_one)


async def pause_command(update: Update, context: BotContext) -> None:
    """/pause 3, /pause 3 days, /pause until 5 Dec, /pause una semana; alone: the choices."""
    member = await member_or_need_start(update, context)
    if member is None:
        return
    language = member.language
    plan = await plan_on(context, member)
    typed = " ".join(context.args or [])
    if plan is None:
        await show(update, context, text(context, language, "checkin-not-on"), None, False)
        return
    today = today_of(context, plan)
    examples = example_dates(reader_of(member), today)
    if not typed:
        ask = text(context, language, "checkin-pause-ask", **examples)
        await show(update, context, ask, pause_markup(context, language), edit=False)
        return
    end = parse_pause(typed, today)
    if end is None:
        await show(update, context, pause_refusal(context, member, typed, today), None, False)
        return
    await context.services.checkins.change(member.user_id, paused_until=end)
    await show(
        update,
        context,
        paused_text(context, member, end, today_of(context, plan)),
        None,
        edit=False,
    )


def pause_refusal(context: BotContext, member: Member, typed: str, today: date) -> str:
    """Why a typed pause was refused: a date that has passed (named), or text not understood."""
    reader = reader_of(member)
    examples = example_dates(reader, today)
    passed = passed_pause_date(typed, today)
    if passed is not None:
        named = day_month_text(reader, passed)
        return text(context, member.language, "checkin-pause-past", date=named, **examples)
    return text(context, member.language, "checkin-pause-bad", **examples)


async def resume_command(update: Update, context: BotContext) -> None:
    """/resume: end the pause."""
    member = await member_or_need_start(update, context)
    if member is not None:
        await show(update, context, await resume(context, member), None, edit=False)


async def resume(context: BotContext, member: Member) -> str:
    """Clear the pause and say when the next check-in comes (or that check-ins are off)."""
    plan = await plan_on(context, member)
    if plan is None:
        return text(context, member.language, "checkin-not-on")
    was_paused = plan.paused_until is not None and plan.paused_until >= today_of(context, plan)
    resumed = await context.services.checkins.change(member.user_id, paused_until=None)
    return resumed_text(context, member, resumed or plan, was_paused)


async def pause_button(
    update: Update, context: BotContext, member: Member, args: list[str]
) -> bool:
    """cis:p (the choices) and cis:p:<1|3|7> (pause that many days, today included)."""
    plan = await plan_on(context, member)
    if plan is None or args not in ([], *([str(days)] for days in PAUSE_CHOICES)):
        return False
    await acknowledge_query(update)
    language = member.language
    if not args:
        examples = example_dates(reader_of(member), today_of(context, plan))
        ask = text(context, language, "checkin-pause-ask", **examples)
        await show(update, context, ask, pause_markup(context, language), edit=True)
        return True
    end = today_of(context, plan) + timedelta(days=int(args[0]) - 1)
    await context.services.checkins.change(member.user_id, paused_until=end)
    await show(
        update, context, paused_text(context, member, end, today_of(context, plan)), None, edit=True
    )
    return True


async def resume_button(
    update: Update, context: BotContext, member: Member, args: list[str]
) -> bool:
    """cis:r: end the pause."""
    if args or await plan_on(context, member) is None:
        return False
    await acknowledge_query(update)
    await show(update, context, await resume(context, member), None, edit=True)
    return True


ACTIONS: dict[str, Action] = {
    **OPT_IN_ACTIONS,
    "menu": open_menu,
    "ct": change_time,
    "at": set_time,
    "cd": change_days,
    "d": set_days,
    "w": switch,
    "s": switch,
    "off": turn_off,
    "p": pause_button,
    "r": resume_button,
}


async def setup_button(update: Update, context: BotContext) -> None:
    """Every cis: button (the check-in settings)."""
    await dispatch(update, context, ACTIONS)


def register(app: BotApplication) -> None:
    """Add /checkin, /pause, /resume, /mood, their buttons and the typed time and note."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("checkin", checkin_command, filters=private))
    app.add_handler(CommandHandler("pause", pause_command, filters=private))
    app.add_handler(CommandHandler("resume", resume_command, filters=private))
    app.add_handler(CallbackQueryHandler(setup_button, pattern=r"^cis(?::|$)"))
    add_answer(app, "time", typed_time)
    handlers.mood.register(app)
