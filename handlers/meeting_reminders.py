"""/reminders: members choose meeting reminders (per meeting or per group) and quiet hours."""

from __future__ import annotations

import html
import re
from datetime import time

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.meetings import (
    REMINDER_BUTTONS,
    AskQuietHours,
    GroupReminders,
    MeetingReminders,
    QuietChoices,
    ReminderOverview,
    RemindersDone,
    SetQuietHours,
    Subject,
    ToggleReminder,
)
from bot.domain.callback import CallbackData, prefix_matcher
from bot.domain.models import Member
from bot.formats.formatting import time_text
from bot.meetings.parsing import parse_time
from bot.services.meeting_lookup import (
    chosen_offsets,
    entry_line,
    followable,
    groups_with_meetings,
    offset_text,
    offsets_text,
    quiet_line,
    reminder_entries,
)
from handlers.common import keyboard, label, pressed_button, reader_of, reply, sender
from handlers.conversations import start_conversation
from handlers.screens import acknowledge_query, member_or_need_start, show, toast
from handlers.text_router import add_answer

QUIET_CHOICES = ((time(22), time(8)), (time(23), time(7)), (time(21), time(9)))
MAX_GROUP_BUTTONS = 8
_MAX_TYPED = 40
_RANGE = re.compile(r"\s*(?:[-\u2013\u2014]|\bto\b|\ba\b|\bhasta\b)\s*")
Rows = list[list[tuple[str, str]]]


# -- /reminders -------------------------------------------------------------------------


async def reminders_command(update: Update, context: BotContext) -> None:
    """List the member's reminders and quiet hours, with buttons to change them."""
    member = await member_or_need_start(update, context)
    if member is not None:
        await show(update, context, *await overview(context, member), edit=False)


async def overview(context: BotContext, member: Member) -> tuple[str, InlineKeyboardMarkup]:
    """The reminders overview: each meeting's or group's offsets, quiet hours, buttons."""
    services, language = context.services, member.language
    writer = services.meeting_writer
    entries = await reminder_entries(
        services.meeting_choices, services.meetings, services.groups, member.user_id
    )
    lines = [services.texts.get(language, "reminders-header")]
    lines.extend(entry_line(writer, language, entry) for entry in entries)
    if not entries:
        lines.append(services.texts.get(language, "reminders-none"))
    lines.extend(
        ["", quiet_line(services.texts, member), services.texts.get(language, "quiet-explain")]
    )
    rows: Rows = [
        [
            (
                label(context, language, "btn-meeting-reminders", name=entry.label),
                MeetingReminders(entry.meeting_id, in_place=True).pack(),
            )
        ]
        for entry in entries
        if entry.meeting_id is not None
    ]
    group_ids, _ = await services.meetings.groups_of_member(member.user_id)
    for group in await groups_with_meetings(
        services.meetings, services.groups, group_ids, MAX_GROUP_BUTTONS
    ):
        text = label(context, language, "btn-group-reminders", group=group.title)
        rows.append([(text, GroupReminders(group.chat_id, in_place=True).pack())])
    rows.append([(label(context, language, "btn-quiet"), QuietChoices().pack())])
    return "\n".join(lines), keyboard(rows)


# -- reminder toggles ---------------------------------------------------------------------


def subject(kind: Subject, key: int) -> dict[str, int | None]:
    """The remind() arguments for a meeting or a group."""
    meeting = kind is Subject.MEETING
    return {"meeting_id": key if meeting else None, "group_id": None if meeting else key}


async def toggles(
    context: BotContext, member: Member, kind: Subject, key: int
) -> tuple[str, InlineKeyboardMarkup] | None:
    """The choice of offsets for a meeting or group: checkmarks on the chosen ones, Done."""
    services, language = context.services, member.language
    found = await followable(services.meetings, services.groups, member.user_id, kind, key)
    if found is None:
        return None
    name, group_id = found
    chosen = await chosen_offsets(services.meeting_choices, member.user_id, **subject(kind, key))
    rows: Rows = []
    for minutes in services.settings.meeting_reminder_choices:
        text = html.unescape(offset_text(services.meeting_writer, language, minutes))
        data = ToggleReminder(kind, key, minutes).pack()
        rows.append([(f"✅ {text}" if minutes in chosen else text, data)])
    group = await services.groups.get(group_id) if kind is Subject.MEETING else None
    if group is not None:
        every = label(context, language, "btn-group-reminders", group=group.title)
        rows.append([(every, GroupReminders(group_id, in_place=True).pack())])
    rows.append([(label(context, language, "btn-done"), RemindersDone(kind, key).pack())])
    message_id = "remind-choose-meeting" if kind is Subject.MEETING else "remind-choose-group"
    return services.texts.get(language, message_id, name=name, group=name), keyboard(rows)


async def open_toggles(
    update: Update, context: BotContext, member: Member, pressed: MeetingReminders | GroupReminders
) -> None:
    """Show a meeting's or a group's reminder choices (in place: edit the pressed message)."""
    if isinstance(pressed, MeetingReminders):
        view = await toggles(context, member, Subject.MEETING, pressed.meeting_id)
    else:
        view = await toggles(context, member, Subject.GROUP, pressed.group_id)
    if view is None:
        await toast(update, context, "button-no-longer-works")
        return
    await acknowledge_query(update)
    await show(update, context, *view, edit=pressed.in_place)


async def toggle(
    update: Update, context: BotContext, member: Member, pressed: ToggleReminder
) -> None:
    """Add or remove one offset and redraw the choices."""
    services = context.services
    kind, key, minutes = pressed.subject, pressed.key, pressed.minutes
    allowed = minutes in services.settings.meeting_reminder_choices
    view = await toggles(context, member, kind, key) if allowed else None
    if view is None:
        await toast(update, context, "button-no-longer-works")
        return
    chosen = await chosen_offsets(services.meeting_choices, member.user_id, **subject(kind, key))
    await services.meeting_choices.remind(
        member.user_id, sorted(chosen ^ {minutes}), **subject(kind, key)
    )
    await acknowledge_query(update)
    view = await toggles(context, member, kind, key)
    if view is not None:
        await show(update, context, *view, edit=True)


async def done(update: Update, context: BotContext, member: Member, pressed: RemindersDone) -> None:
    """Say what is saved and take the buttons away."""
    services, language = context.services, member.language
    where = subject(pressed.subject, pressed.key)
    chosen = await chosen_offsets(services.meeting_choices, member.user_id, **where)
    offsets = offsets_text(services.meeting_writer, language, chosen)
    saved = services.texts.get(language, "remind-saved", offsets=offsets)
    await acknowledge_query(update)
    scope = "group" if pressed.subject is Subject.GROUP else "meeting"
    text = saved if chosen else services.texts.get(language, "remind-saved-none", scope=scope)
    await show(update, context, text, None, edit=True)


# -- quiet hours --------------------------------------------------------------------------


def quiet_text(context: BotContext, member: Member, hours: tuple[time, time] | None) -> str:
    """The confirmation of new quiet hours (or of none), with the one-line explanation."""
    texts, language = context.services.texts, member.language
    if hours is None:
        return texts.get(language, "quiet-cleared")
    start, end = (time_text(reader_of(member), moment) for moment in hours)
    first = texts.get(language, "quiet-set", start=start, end=end, zone=member.timezone)
    return f"{first}\n{texts.get(language, 'quiet-explain')}"


def quiet_rows(context: BotContext, member: Member) -> Rows:
    """The quiet-hours choices: three common ones, None and Other…"""
    language, reader = member.language, reader_of(member)
    rows = [
        [(f"{time_text(reader, a)}–{time_text(reader, b)}", SetQuietHours(a, b).pack())]
        for a, b in QUIET_CHOICES
    ]
    none, other = (label(context, language, f"btn-quiet-{name}") for name in ("none", "other"))
    return [*rows, [(none, SetQuietHours(None, None).pack()), (other, AskQuietHours().pack())]]


async def quiet(
    update: Update,
    context: BotContext,
    member: Member,
    pressed: QuietChoices | SetQuietHours | AskQuietHours,
) -> None:
    """The quiet-hours choices, a chosen one (or none), or 'Other…' (the member types them)."""
    services, language = context.services, member.language
    await acknowledge_query(update)
    if isinstance(pressed, QuietChoices):
        text = services.texts.get(language, "quiet-choose", zone=member.timezone)
        await show(update, context, text, keyboard(quiet_rows(context, member)), edit=True)
    elif isinstance(pressed, AskQuietHours):
        await start_conversation(context, member.user_id, "quiet_hours")
        await show(update, context, services.texts.get(language, "quiet-ask"), None, edit=True)
    else:
        hours = pressed.hours
        await services.meeting_choices.set_quiet_hours(member.user_id, *(hours or (None, None)))
        await show(update, context, quiet_text(context, member, hours), None, edit=True)


def parse_quiet_hours(text: str) -> tuple[time, time] | None:
    """Read quiet hours: '22:30-07:00', '22:30 – 7:00', '10pm to 7am', 'de 22:00 a 7:00'."""
    cleaned = re.sub(r"^(?:from|de|desde)\s+", "", text.strip().casefold())
    parts = _RANGE.split(cleaned, maxsplit=1)
    if len(parts) != 2:
        return None
    start, end = parse_time(parts[0]), parse_time(parts[1])
    return (start, end) if start is not None and end is not None and start != end else None


async def typed_quiet_hours(update: Update, context: BotContext, text: str) -> bool:
    """The answer to 'Other…': typed quiet hours; anything unlike a time is left to others."""
    person = sender(update)
    questions = context.services.questions
    if person is None or await questions.waiting(person.user_id, "quiet_hours") is None:
        return False
    if len(text) > _MAX_TYPED or not any(char.isdigit() for char in text):
        await questions.close(person.user_id, "quiet_hours")
        return False
    hours = parse_quiet_hours(text)
    if hours is None:
        await reply(update, context, "quiet-bad")
        return True
    await questions.close(person.user_id, "quiet_hours")
    member = await member_or_need_start(update, context)
    if member is not None:
        await context.services.meeting_choices.set_quiet_hours(member.user_id, *hours)
        await show(update, context, quiet_text(context, member, hours), None, edit=False)
    return True


async def reminder_button(update: Update, context: BotContext) -> None:
    """The reminders overview, choices, toggles, Done and quiet hours, for members only."""
    _, pressed = pressed_button(update, *REMINDER_BUTTONS)
    person = sender(update)
    member = await context.services.members.get(person.user_id) if person else None
    if member is None:
        await toast(update, context, "rsvp-need-start")
    elif pressed is None:
        await toast(update, context, "button-no-longer-works")
    elif isinstance(pressed, ReminderOverview):
        await acknowledge_query(update)
        await show(update, context, *await overview(context, member), edit=False)
    else:
        await _on_choice(update, context, member, pressed)


async def _on_choice(
    update: Update, context: BotContext, member: Member, pressed: CallbackData
) -> None:
    """Act on a reminder or quiet-hours button of a member."""
    if isinstance(pressed, MeetingReminders | GroupReminders):
        await open_toggles(update, context, member, pressed)
    elif isinstance(pressed, ToggleReminder):
        await toggle(update, context, member, pressed)
    elif isinstance(pressed, RemindersDone):
        await done(update, context, member, pressed)
    elif isinstance(pressed, QuietChoices | SetQuietHours | AskQuietHours):
        await quiet(update, context, member, pressed)


def register(app: BotApplication) -> None:
    """Add /reminders, the reminder and quiet-hours buttons and typed quiet hours."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("reminders", reminders_command, filters=private))
    pattern = prefix_matcher(*REMINDER_BUTTONS)
    app.add_handler(CallbackQueryHandler(reminder_button, pattern=pattern))
    add_answer(app, "quiet_hours", typed_quiet_hours)
