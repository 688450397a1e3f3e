"""Turning daily check-ins on: time, days and consent buttons, and a typed time.

Each step's choice travels in the next buttons' data (bot.domain.buttons.checkins), so nothing
is stored until the member answers the consent question. "Other time…" opens the person's
question "time" (stored, lapsing after TIME_WAIT); the next typed text that reads as a time is
the answer.
"""

from __future__ import annotations

from datetime import time, timedelta

from telegram import InlineKeyboardMarkup, Update

from bot.checkins.models import EVERY_DAY, WEEKDAYS, WEEKENDS, CheckinPlan
from bot.context import BotContext
from bot.domain.buttons.checkins import (
    Consent,
    NewTime,
    OtherTime,
    PickDays,
    SetDays,
    SetTime,
    TimeMode,
)
from bot.domain.models import Member
from bot.formats.formatting import Reader, time_text, weekday_name
from bot.meetings.parsing import parse_time
from handlers.checkin_words import OFF, ON, Actions, on, plan_args, text
from handlers.common import keyboard, label, reader_of, reply, sender
from handlers.conversations import start_conversation
from handlers.screens import acknowledge_query, member_or_need_start, show, toast

TIME_CHOICES = (time(8), time(12), time(18), time(20), time(21), time(22))
TIME_WAIT = timedelta(minutes=10)
NEW, CHANGE = TimeMode.NEW, TimeMode.CHANGE
_MAX_TYPED = 30
Rows = list[list[tuple[str, str]]]


# -- screens ------------------------------------------------------------------------------


def time_rows(context: BotContext, member: Member, mode: TimeMode) -> Rows:
    """The common times three per row, then 'Other time…'; new plans and changes differ."""
    language, reader = member.language, reader_of(member)
    buttons = [
        (time_text(reader, at), (NewTime(at) if mode == NEW else SetTime(at)).pack())
        for at in TIME_CHOICES
    ]
    other = label(context, language, "btn-checkin-time-other")
    return [buttons[:3], buttons[3:], [(other, OtherTime(mode).pack())]]


def intro_view(context: BotContext, member: Member) -> tuple[str, InlineKeyboardMarkup]:
    """What check-ins are, with the time buttons that start opting in."""
    language = member.language
    intro = text(context, language, "checkin-intro", zone=member.timezone)
    return intro, keyboard(time_rows(context, member, NEW))


def days_view(
    context: BotContext, member: Member, at: time | None
) -> tuple[str, InlineKeyboardMarkup]:
    """Every day, weekdays, weekends or 'Choose days…' (for a new time, or the plan's: None)."""
    language = member.language
    presets = (
        ("btn-checkin-every-day", EVERY_DAY),
        ("btn-checkin-weekdays", WEEKDAYS),
        ("btn-checkin-weekends", WEEKENDS),
    )
    rows: Rows = [
        [(label(context, language, key), SetDays(at, days).pack())] for key, days in presets
    ]
    choose = label(context, language, "btn-checkin-choose-days")
    rows.append([(choose, PickDays(at, frozenset()).pack())])
    if at is None:
        return text(context, language, "checkin-days-change"), keyboard(rows)
    when = time_text(reader_of(member), at)
    return text(context, language, "checkin-days-ask", time=when), keyboard(rows)


def toggles_view(
    context: BotContext, language: str, at: time | None, chosen: frozenset[int]
) -> tuple[str, InlineKeyboardMarkup]:
    """Seven day toggles (ticked when chosen) and Done."""
    buttons = [
        (
            ("✅ " if day in chosen else "") + weekday_name(Reader(language), day, "abbreviated"),
            PickDays(at, chosen ^ {day}).pack(),
        )
        for day in range(7)
    ]
    done = (label(context, language, "btn-checkin-days-done"), SetDays(at, chosen).pack())
    rows = [buttons[:4], buttons[4:], [done]]
    return text(context, language, "checkin-days-choose"), keyboard(rows)


def consent_view(
    context: BotContext, language: str, at: time, days: frozenset[int]
) -> tuple[str, InlineKeyboardMarkup]:
    """May a facilitator be told about a run of hard days? Yes / No."""
    rows = [
        [(label(context, language, "btn-checkin-consent-yes"), Consent(at, days, True).pack())],
        [(label(context, language, "btn-checkin-consent-no"), Consent(at, days, False).pack())],
    ]
    return text(context, language, "checkin-consent-ask"), keyboard(rows)


def confirmation(context: BotContext, member: Member, plan: CheckinPlan) -> str:
    """'Check-ins on: every day at 21:30 (Europe/Madrid). Next one: …' and what follows."""
    share = ON if plan.share_low_mood else OFF
    args = plan_args(context, reader_of(member), plan)
    return text(context, member.language, "checkin-on", share=share, **args)


# -- the opt-in steps (a time, another time, the day toggles, days for a time, consent) ----


async def chose_time(update: Update, context: BotContext, member: Member, pressed: NewTime) -> bool:
    """A time for a new plan; ask for the days."""
    await acknowledge_query(update)
    await show(update, context, *days_view(context, member, pressed.at), edit=True)
    return True


async def other_time(
    update: Update, context: BotContext, member: Member, pressed: OtherTime
) -> bool:
    """Ask for a typed time (for a new plan or to change the time)."""
    data: dict[str, str | int] = {"mode": pressed.mode.value}
    await start_conversation(context, member.user_id, "time", data, TIME_WAIT)
    await acknowledge_query(update)
    await show(update, context, text(context, member.language, "checkin-time-ask"), None, True)
    return True


async def choose_days(
    update: Update, context: BotContext, member: Member, pressed: PickDays
) -> bool:
    """The day toggles, with these days ticked."""
    if not await time_or_plan_on(context, member, pressed.at):
        return False
    await acknowledge_query(update)
    view = toggles_view(context, member.language, pressed.at, pressed.days)
    await show(update, context, *view, edit=True)
    return True


async def chose_days(update: Update, context: BotContext, member: Member, pressed: SetDays) -> bool:
    """Days for a new plan at a time; ask for consent (the plan's own days: elsewhere)."""
    if pressed.at is None:
        return False
    if not pressed.days:
        await toast(update, context, "checkin-days-none")
        return True
    await acknowledge_query(update)
    view = consent_view(context, member.language, pressed.at, pressed.days)
    await show(update, context, *view, edit=True)
    return True


async def consented(update: Update, context: BotContext, member: Member, pressed: Consent) -> bool:
    """Turn check-ins on and confirm the plan."""
    checkins = context.services.checkins
    plan = await checkins.opt_in(member.user_id, pressed.at, pressed.days, pressed.share)
    if plan is None:
        return False
    await acknowledge_query(update)
    await show(update, context, confirmation(context, member, plan), None, edit=True)
    return True


async def time_or_plan_on(context: BotContext, member: Member, at: time | None) -> bool:
    """Tell whether a step is for a new time, or for the plan's own days with check-ins on."""
    if at is None:
        plan = await context.services.checkins.plan(member.user_id)
        return plan is not None and plan.enabled
    return True


OPT_IN_ACTIONS: Actions = dict(
    [
        on(NewTime, chose_time),
        on(OtherTime, other_time),
        on(PickDays, choose_days),
        on(SetDays, chose_days),
        on(Consent, consented),
    ]
)


# -- a typed time -------------------------------------------------------------------------


async def waiting_mode(update: Update, context: BotContext) -> TimeMode | None:
    """NEW or CHANGE while a typed time is awaited (and not stale), else None."""
    person = sender(update)
    if person is None:
        return None
    question = await context.services.questions.waiting(person.user_id, "time")
    mode = question.data.get("mode") if question is not None else None
    return TimeMode(mode) if mode in (NEW, CHANGE) else None


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
    update: Update, context: BotContext, member: Member, mode: TimeMode, at: time
) -> None:
    """Change the plan's time (CHANGE with check-ins on), or go on to the days of a new plan."""
    services = context.services
    plan = await services.checkins.plan(member.user_id)
    if mode == CHANGE and plan is not None and plan.enabled:
        changed = await services.checkins.change(member.user_id, at=at)
        if changed is not None:
            await show(update, context, confirmation(context, member, changed), None, False)
            return
    await show(update, context, *days_view(context, member, at), edit=False)
