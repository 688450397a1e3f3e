"""Shared by the check-in handlers: button dispatch, callback data codes and wording."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import date, time
from zoneinfo import ZoneInfo

from telegram import Update

from bot.checkins.models import EVERY_DAY, WEEKDAYS, WEEKENDS, CheckinPlan
from bot.checkins.schedule import next_due
from bot.context import BotContext
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
from handlers.common import callback_of, sender
from handlers.screens import toast

Action = Callable[[Update, BotContext, Member, list[str]], Awaitable[bool]]
_TIME_CODE = re.compile(r"\d{4}")
_DAYS_CODE = re.compile(r"[0-6]{1,7}")
NO_DAYS = "-"


async def dispatch(update: Update, context: BotContext, actions: dict[str, Action]) -> None:
    """Run a button's action for members only; malformed or stale data changes nothing."""
    _, parts = callback_of(update)
    person = sender(update)
    member = await context.services.members.get(person.user_id) if person else None
    if member is None:
        await toast(update, context, "rsvp-need-start")
        return
    action = actions.get(parts[1]) if len(parts) > 1 else None
    if action is None or not await action(update, context, member, parts[2:]):
        await toast(update, context, "button-no-longer-works")


ON, OFF = "on", "off"


# -- callback data ------------------------------------------------------------------------


def time_code(at: time) -> str:
    """A time as four digits for callback data: 21:30 -> '2130'."""
    return at.strftime("%H%M")


def parse_time_code(code: str) -> time | None:
    """The time of a four-digit code, or None when it is not a valid time."""
    if not _TIME_CODE.fullmatch(code):
        return None
    hour, minute = int(code[:2]), int(code[2:])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def days_code(days: frozenset[int]) -> str:
    """Weekdays as digits for callback data ('-' for none): Monday to Friday -> '01234'."""
    return "".join(str(day) for day in sorted(days)) or NO_DAYS


def parse_days_code(code: str) -> frozenset[int] | None:
    """The weekdays of a days code, or None when it is malformed."""
    if code == NO_DAYS:
        return frozenset()
    return frozenset(int(char) for char in code) if _DAYS_CODE.fullmatch(code) else None


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
