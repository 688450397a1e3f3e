"""Shared by the check-in handlers: button dispatch and wording."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from telegram import Update

from bot.checkins.models import EVERY_DAY, WEEKDAYS, WEEKENDS, CheckinPlan
from bot.checkins.schedule import next_due
from bot.context import BotContext
from bot.domain.callback import CallbackData
from bot.domain.models import Member
from bot.formats import formatting
from bot.formats.formatting import (
    Reader,
    day_month_text,
    list_text,
    needs_year,
    time_text,
    weekday_name,
)
from handlers.common import pressed_button, sender
from handlers.screens import toast

Pressed = TypeVar("Pressed", bound=CallbackData)
# An action gets the member and the pressed button; False: the button no longer works.
Action = Callable[[Update, BotContext, Member, Any], Awaitable[bool]]
Actions = dict[type[CallbackData], Action]


def on(
    kind: type[Pressed], action: Callable[[Update, BotContext, Member, Pressed], Awaitable[bool]]
) -> tuple[type[CallbackData], Action]:
    """Pair a kind of button with the action it runs (their types must agree)."""
    return kind, action


async def dispatch(update: Update, context: BotContext, actions: Actions) -> None:
    """Run a button's action for members only; malformed or stale data changes nothing."""
    _, pressed = pressed_button(update, *actions)
    person = sender(update)
    member = await context.services.members.get(person.user_id) if person else None
    if member is None:
        await toast(update, context, "rsvp-need-start")
        return
    action = actions.get(type(pressed)) if pressed is not None else None
    if action is None or not await action(update, context, member, pressed):
        await toast(update, context, "button-no-longer-works")


ON, OFF = "on", "off"


# -- wording shared by the check-in handlers ----------------------------------------------


def text(context: BotContext, language: str, message_id: str, **args: object) -> str:
    """A message text in the language."""
    return context.services.texts.get(language, message_id, **args)


def date_text(reader: Reader, day: date, weekday: bool = True, today: date | None = None) -> str:
    """A short date in the reader's words: 'Tue, Jan 13', or 'Jan 13' without the weekday; with
    its year when `today` is given and the date is more than a month from it."""
    if today is not None and needs_year(day, today):
        return formatting.date_text(reader, day, with_year=True)
    return formatting.date_text(reader, day) if weekday else day_month_text(reader, day)


def days_text(context: BotContext, reader: Reader, days: frozenset[int]) -> str:
    """'every day', 'weekdays', 'weekends' or the day names: 'Mon, Wed, and Fri' (CLDR)."""
    groups = {EVERY_DAY: "every", WEEKDAYS: "weekdays", WEEKENDS: "weekends"}
    if days in groups:
        return text(context, reader.language, f"checkin-days-{groups[days]}")
    names = (weekday_name(reader, day, "abbreviated") for day in sorted(days))
    return list_text(reader, names)


def next_text(context: BotContext, reader: Reader, plan: CheckinPlan) -> str:
    """When the next check-in comes, in the plan's zone: 'Tue, Jan 13, 9:30 PM'."""
    due = next_due(plan, context.services.clock())
    if due is None:
        return text(context, reader.language, "checkin-next-none")
    local = due.astimezone(ZoneInfo(plan.timezone))
    return f"{date_text(reader, local.date())}, {time_text(reader, local)}"


def plan_args(context: BotContext, reader: Reader, plan: CheckinPlan) -> dict[str, object]:
    """The days, time, zone and next check-in of a plan, as text arguments."""
    return {
        "days": days_text(context, reader, plan.days),
        "time": time_text(reader, plan.at),
        "zone": plan.timezone,
        "next": next_text(context, reader, plan),
    }
