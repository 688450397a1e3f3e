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
from bot.domain.buttons.checkins import (
    PAUSE_CHOICES,
    SETUP_BUTTONS,
    ChangeDays,
    ChangeTime,
    OpenMenu,
    Pause,
    Resume,
    SetDays,
    SetTime,
    SwitchShare,
    SwitchSummary,
    TurnOff,
)
from bot.domain.callback import prefix_matcher
from bot.domain.models import Member
from bot.formats.formatting import day_month_text, example_dates
from handlers.checkin_setup import (
    CHANGE,
    OPT_IN_ACTIONS,
    Rows,
    chose_days,
    days_view,
    intro_view,
    time_rows,
    typed_time,
)
from handlers.checkin_words import (
    OFF,
    ON,
    Actions,
    date_text,
    dispatch,
    next_text,
    on,
    plan_args,
    text,
)
from handlers.common import keyboard, label, reader_of
from handlers.screens import acknowledge_query, member_or_need_start, show, toast
from handlers.text_router import add_answer

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
            (label(context, language, "btn-checkin-change-time"), ChangeTime().pack()),
            (label(context, language, "btn-checkin-change-days"), ChangeDays().pack()),
        ],
        [(label(context, language, "btn-checkin-pause"), Pause().pack())],
        [(label(context, language, f"btn-checkin-summary-{summary}"), SwitchSummary().pack())],
        [(label(context, language, f"btn-checkin-share-{share}"), SwitchShare().pack())],
        [(label(context, language, "btn-checkin-off"), TurnOff().pack())],
    ]
    return "\n".join(lines), keyboard(rows)


def today_of(context: BotContext, plan: CheckinPlan) -> date:
    """The member's local date now."""
    return context.services.checkins.today(plan)


async def plan_on(context: BotContext, member: Member) -> CheckinPlan | None:
    """The member's plan when check-ins are on, else None."""
    plan = await context.services.checkins.plan(member.user_id)
    return plan if plan is not None and plan.enabled else None


# -- changing a plan that is on (menu, time, days, switches, off, pause, resume) ----------


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


async def open_menu(update: Update, context: BotContext, member: Member, _: OpenMenu) -> bool:
    """From /settings: the /checkin screen in place."""
    await acknowledge_query(update)
    await show(update, context, *await overview(context, member), edit=True)
    return True


async def change_time(update: Update, context: BotContext, member: Member, _: ChangeTime) -> bool:
    """The times to choose from."""
    if await plan_on(context, member) is None:
        return False
    await acknowledge_query(update)
    zone = member.timezone
    choose = text(context, member.language, "checkin-time-choose", zone=zone)
    await show(update, context, choose, keyboard(time_rows(context, member, CHANGE)), True)
    return True


async def set_time(update: Update, context: BotContext, member: Member, pressed: SetTime) -> bool:
    """The new time of the plan."""
    return await changed(update, context, member, at=pressed.at)


async def change_days(update: Update, context: BotContext, member: Member, _: ChangeDays) -> bool:
    """The day choices for the plan."""
    if await plan_on(context, member) is None:
        return False
    await acknowledge_query(update)
    await show(update, context, *days_view(context, member, None), edit=True)
    return True


async def set_days(update: Update, context: BotContext, member: Member, pressed: SetDays) -> bool:
    """New days for the plan (no time); with a time, the days belong to opting in."""
    if pressed.at is not None:
        return await chose_days(update, context, member, pressed)
    if await plan_on(context, member) is None:
        return False
    if not pressed.days:
        await toast(update, context, "checkin-days-none")
        return True
    return await changed(update, context, member, days=pressed.days)


async def switch(
    update: Update, context: BotContext, member: Member, pressed: SwitchSummary | SwitchShare
) -> bool:
    """Turn the weekly summary or telling a facilitator on or off."""
    plan = await plan_on(context, member)
    if plan is None:
        return False
    if isinstance(pressed, SwitchSummary):
        return await changed(update, context, member, weekly_summary=not plan.weekly_summary)
    return await changed(update, context, member, share_low_mood=not plan.share_low_mood)


async def turn_off(update: Update, context: BotContext, member: Member, _: TurnOff) -> bool:
    """Turn check-ins off (past check-ins stay)."""
    if await plan_on(context, member) is None:
        return False
    await context.services.checkins.change(member.user_id, enabled=False)
    await acknowledge_query(update)
    await show(update, context, text(context, member.language, "checkin-off-done"), None, True)
    return True


# -- /pause and /resume -------------------------------------------------------------------


def pause_markup(context: BotContext, language: str) -> InlineKeyboardMarkup:
    """1 day, 3 days, 1 week, Resume now."""
    rows: Rows = [
        [(label(context, language, f"btn-checkin-pause-{days}"), Pause(days).pack())]
        for days in PAUSE_CHOICES
    ]
    rows.append([(label(context, language, "btn-checkin-resume"), Resume().pack())])
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


async def pause_button(update: Update, context: BotContext, member: Member, pressed: Pause) -> bool:
    """The choices, or a pause of 1, 3 or 7 days (today included)."""
    plan = await plan_on(context, member)
    if plan is None:
        return False
    await acknowledge_query(update)
    language = member.language
    if pressed.days is None:
        examples = example_dates(reader_of(member), today_of(context, plan))
        ask = text(context, language, "checkin-pause-ask", **examples)
        await show(update, context, ask, pause_markup(context, language), edit=True)
        return True
    end = today_of(context, plan) + timedelta(days=pressed.days - 1)
    await context.services.checkins.change(member.user_id, paused_until=end)
    await show(
        update, context, paused_text(context, member, end, today_of(context, plan)), None, edit=True
    )
    return True


async def resume_button(update: Update, context: BotContext, member: Member, _: Resume) -> bool:
    """End the pause."""
    if await plan_on(context, member) is None:
        return False
    await acknowledge_query(update)
    await show(update, context, await resume(context, member), None, edit=True)
    return True


ACTIONS: Actions = {
    **OPT_IN_ACTIONS,
    **dict(
        [
            on(OpenMenu, open_menu),
            on(ChangeTime, change_time),
            on(SetTime, set_time),
            on(ChangeDays, change_days),
            on(SetDays, set_days),
            on(SwitchSummary, switch),
            on(SwitchShare, switch),
            on(TurnOff, turn_off),
            on(Pause, pause_button),
            on(Resume, resume_button),
        ]
    ),
}


async def setup_button(update: Update, context: BotContext) -> None:
    """Every check-in settings button (opting in and changing the plan)."""
    await dispatch(update, context, ACTIONS)


def register(app: BotApplication) -> None:
    """Add /checkin, /pause, /resume, /mood, their buttons and the typed time and note."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("checkin", checkin_command, filters=private))
    app.add_handler(CommandHandler("pause", pause_command, filters=private))
    app.add_handler(CommandHandler("resume", resume_command, filters=private))
    app.add_handler(CallbackQueryHandler(setup_button, pattern=prefix_matcher(*SETUP_BUTTONS)))
    add_answer(app, "time", typed_time)
    handlers.mood.register(app)
