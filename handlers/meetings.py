"""/next, /meetings: coming meetings in the member's zone, calendar files, questions, RSVPs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup, InputFile, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import handlers.meeting_reminders
from bot.context import BotApplication, BotContext
from bot.domain.buttons.meetings import (
    CALENDAR_BUTTONS,
    MEETING_BUTTONS,
    RSVP_BUTTONS,
    Coming,
    GroupCalendar,
    MeetingCalendar,
    MeetingReminders,
    NotComing,
    ReminderOverview,
)
from bot.domain.callback import prefix_matcher
from bot.domain.models import Member
from bot.formats.formatting import list_text, reader_for
from bot.meetings.ics import ics_filename
from bot.meetings.models import Meeting, Occurrence
from bot.meetings.questions import is_meeting_question
from bot.services.meeting_choices import NO, YES
from bot.services.meeting_lookup import groups_with_meetings
from handlers.common import keyboard, label, pressed_button, reply, sender
from handlers.screens import acknowledge_query, member_or_need_start, toast
from handlers.text_router import add_text_interpreter

MAX_NEXT = 5  # meetings, one card each
ALSO_ON = 2  # dates after the next one, named on its card
WEEK_DAYS = 7
MESSAGE_LIMIT = 4096
MAX_SCHEDULE_BUTTONS = 8
# The first word of every members' meeting button ("mt"): old and forged ones are answered too.
_FAMILY = {kind.prefix.split(":")[0] for kind in MEETING_BUTTONS}


async def next_command(update: Update, context: BotContext) -> None:
    """The next meetings of the member's groups, each with calendar and reminder buttons."""
    member = await member_or_need_start(update, context)
    if member is not None:
        await send_next(update, context, member)


async def meeting_question(update: Update, context: BotContext, text: str) -> bool:
    """Answer 'when is the next meeting?' and the like with /next; leave anything else."""
    if not is_meeting_question(text):
        return False
    member = await member_or_need_start(update, context)
    if member is not None:
        await send_next(update, context, member)
    return True


async def send_next(update: Update, context: BotContext, member: Member) -> None:
    """One card per meeting (up to MAX_NEXT), in the member's language and time zone: its next
    date, the dates after it, and the member's own answer for that date."""
    services, chat = context.services, update.effective_chat
    if chat is None:
        return
    group_ids, joined = await services.meetings.groups_of_member(member.user_id)
    if not joined:
        await reply(update, context, "next-no-group")
        return
    found = await services.meetings.next_by_meeting(group_ids, MAX_NEXT, ALSO_ON)
    if not found:
        await reply(update, context, "next-none")
        return
    now = services.clock()
    groups = {items[0].meeting.group_id for items in found}
    staff = await staff_groups(context, member.user_id, groups)
    for occurrence, *later in found:
        card = await card_of(context, member, occurrence, now, occurrence.meeting.group_id in staff)
        lines = [card, *await _also_and_answer(context, member, occurrence, later)]
        markup = card_buttons(context, member.language, occurrence.meeting)
        await context.bot.send_message(chat.id, "\n".join(lines), reply_markup=markup)


async def _also_and_answer(
    context: BotContext, member: Member, occurrence: Occurrence, later: list[Occurrence]
) -> list[str]:
    """'Also on <the next dates>' and the member's own answer for the date shown."""
    services, language = context.services, member.language
    lines = [also_on(context, language, member.timezone, later)] if later else []
    answer = await services.meeting_choices.answer_of(
        occurrence.meeting.id, occurrence.original_date, member.user_id
    )
    if answer in (YES, NO):
        lines.append(services.texts.get(language, f"next-rsvp-{answer}"))
    return lines


async def staff_groups(context: BotContext, user_id: int, group_ids: set[int]) -> set[int]:
    """The groups among these whose answers the person may count: admins all, facilitators own."""
    roles = context.services.roles
    if await roles.is_admin(user_id):
        return group_ids
    return {group_id for group_id in group_ids if await roles.is_facilitator(group_id, user_id)}


async def card_of(
    context: BotContext, member: Member, occurrence: Occurrence, now: datetime, counted: bool
) -> str:
    """One occurrence's card; with the yes/no counts when the reader is staff of its group."""
    services = context.services
    counts = None
    if counted:
        answers = await services.meeting_choices.counts(
            occurrence.meeting.id, occurrence.original_date
        )
        counts = {"yes": 0, "no": 0, **answers}
    return services.meeting_writer.describe(
        occurrence, member.language, member.timezone, now, counts, member.clock
    )


def card_buttons(context: BotContext, language: str, meeting: Meeting) -> InlineKeyboardMarkup:
    """'Add to calendar' and 'Remind me' under a card."""
    return keyboard(
        [
            [
                (label(context, language, "btn-add-calendar"), MeetingCalendar(meeting.id).pack()),
                (label(context, language, "btn-remind-me"), MeetingReminders(meeting.id).pack()),
            ]
        ]
    )


def also_on(context: BotContext, language: str, zone: str, later: list[Occurrence]) -> str:
    """'Also on Tue, Jan 20 and Tue, Jan 27': the dates after a card's own, in the zone."""
    writer = context.services.meeting_writer
    local = [item.start.astimezone(ZoneInfo(zone)) for item in later]
    days = [writer.date_text(language, moment, zone) for moment in local]
    dates = list_text(reader_for(language, zone), days)
    return context.services.texts.get(language, "next-also-on", dates=dates)


# -- /meetings ----------------------------------------------------------------------------


async def meetings_command(update: Update, context: BotContext) -> None:
    """The coming week of the member's groups (cancelled and moved ones marked), in one message."""
    member = await member_or_need_start(update, context)
    chat = update.effective_chat
    if member is None or chat is None:
        return
    services, language = context.services, member.language
    group_ids, joined = await services.meetings.groups_of_member(member.user_id)
    if not joined:
        await reply(update, context, "next-no-group")
        return
    found = await services.meetings.coming(group_ids, days=WEEK_DAYS)
    now = services.clock()
    blocks = [services.texts.get(language, "week-header" if found else "week-none")]
    blocks.extend(
        services.meeting_writer.describe(item, language, member.timezone, now, clock=member.clock)
        for item in found
    )
    markup = await week_buttons(context, language, group_ids)
    chunks = split_message(blocks)
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        await context.bot.send_message(chat.id, chunk, reply_markup=markup if last else None)


async def week_buttons(
    context: BotContext, language: str, group_ids: list[int]
) -> InlineKeyboardMarkup:
    """A 'Whole schedule' button per group with meetings, and 'Reminders'."""
    services = context.services
    rows = [
        [
            (
                label(context, language, "btn-whole-schedule", group=group.title),
                GroupCalendar(group.chat_id).pack(),
            )
        ]
        for group in await groups_with_meetings(
            services.meetings, services.groups, group_ids, MAX_SCHEDULE_BUTTONS
        )
    ]
    rows.append([(label(context, language, "btn-reminders"), ReminderOverview().pack())])
    return keyboard(rows)


def split_message(blocks: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join blocks with blank lines into messages of at most `limit` characters."""
    pieces: list[str] = []
    for block in blocks:
        if len(block) <= limit:
            pieces.append(block)
        else:  # one overlong card: cut at line breaks
            pieces.extend(_pack([line[:limit] for line in block.split("\n")], limit, "\n"))
    return _pack(pieces, limit, "\n\n")


def _pack(pieces: list[str], limit: int, separator: str) -> list[str]:
    """Join pieces (each at most `limit` long) into as few texts of at most `limit` as fit."""
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        joined = f"{current}{separator}{piece}" if current else piece
        if len(joined) <= limit:
            current = joined
        else:
            chunks.append(current)
            current = piece
    return [*chunks, current] if current else chunks


# -- calendar files -----------------------------------------------------------------------


async def calendar_button(update: Update, context: BotContext) -> None:
    """'Add to calendar' (one meeting) and 'Whole schedule' (a group's): an .ics file."""
    _, pressed = pressed_button(update, *CALENDAR_BUTTONS)
    services, chat, person = context.services, update.effective_chat, sender(update)
    member = await services.members.get(person.user_id) if person else None
    if member is None or chat is None:
        await toast(update, context, "rsvp-need-start")
        return
    found = None
    if isinstance(pressed, MeetingCalendar | GroupCalendar):
        found = await calendar_meetings(context, member, pressed)
    if found is None:
        await toast(update, context, "button-no-longer-works")
        return
    name, meetings = found
    await acknowledge_query(update)
    data = await services.meetings.calendar(meetings, name)
    caption = services.texts.get(member.language, "calendar-caption", name=name)
    document = InputFile(data, filename=ics_filename(name))
    await context.bot.send_document(chat.id, document, caption=caption)


async def calendar_meetings(
    context: BotContext, member: Member, pressed: MeetingCalendar | GroupCalendar
) -> tuple[str, list[Meeting]] | None:
    """The calendar's name and meetings for the button, if the member may have them."""
    services = context.services
    allowed, _ = await services.meetings.groups_of_member(member.user_id)
    if isinstance(pressed, MeetingCalendar):
        meeting = await services.meetings.get(pressed.meeting_id)
        if meeting is not None and meeting.group_id in allowed:
            return meeting.name, [meeting]
        return None
    key = pressed.group_id
    group = await services.groups.get(key) if key in allowed else None
    meetings = await services.meetings.of_groups([key]) if group is not None else []
    return (group.title, meetings) if group is not None and meetings else None


# -- "I'll be there" ----------------------------------------------------------------------


async def rsvp_button(update: Update, context: BotContext) -> None:
    """Record "I'll be there" or "Can't make it" (members only, coming meetings only)."""
    _, pressed = pressed_button(update, *RSVP_BUTTONS)
    services, person = context.services, sender(update)
    if not isinstance(pressed, Coming | NotComing):
        await toast(update, context, "button-no-longer-works")
        return
    answer = YES if isinstance(pressed, Coming) else NO
    meeting_id, original = pressed.meeting_id, pressed.on
    if person is None or await services.members.get(person.user_id) is None:
        await toast(update, context, "rsvp-need-start")
        return
    occurrence = await services.meetings.occurrence(meeting_id, original)
    if occurrence is None or not await may_answer(update, context, occurrence.meeting):
        await toast(update, context, "button-no-longer-works")
    elif occurrence.cancelled:
        await toast(update, context, "rsvp-cancelled")
    elif occurrence.end <= services.clock():
        await toast(update, context, "rsvp-past")
    else:
        await services.meeting_choices.answer(meeting_id, original, person.user_id, answer)
        await toast(update, context, "rsvp-thanks-yes" if answer == YES else "rsvp-thanks-no")


async def may_answer(update: Update, context: BotContext, meeting: Meeting) -> bool:
    """Only the group's own people answer: its members (or staff), or those in its chat."""
    person, chat = sender(update), update.effective_chat
    if person is None:
        return False
    if chat is not None and chat.id == meeting.group_id:
        return True  # pressed on the reminder posted in the group chat itself
    group_ids, _ = await context.services.meetings.groups_of_member(person.user_id)
    return meeting.group_id in group_ids


async def broken_button(update: Update, context: BotContext) -> None:
    """Any other mt: button (old or forged): say it no longer works; nothing changes."""
    await toast(update, context, "button-no-longer-works")


def of_the_family(data: object) -> bool:
    """Tell whether data starts like the members' meeting buttons (mt:), of a known kind or not."""
    return isinstance(data, str) and data.split(":", 1)[0] in _FAMILY


def register(app: BotApplication) -> None:
    """Add /next, /meetings, calendar buttons, reminders, RSVPs and the question interpreter."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("next", next_command, filters=private))
    app.add_handler(CommandHandler("meetings", meetings_command, filters=private))
    app.add_handler(
        CallbackQueryHandler(calendar_button, pattern=prefix_matcher(*CALENDAR_BUTTONS))
    )
    app.add_handler(CallbackQueryHandler(rsvp_button, pattern=prefix_matcher(*RSVP_BUTTONS)))
    handlers.meeting_reminders.register(app)
    app.add_handler(CallbackQueryHandler(broken_button, pattern=of_the_family))
    add_text_interpreter(app, meeting_question)
