"""The questions of the meeting conversations: what each step asks and which buttons it offers."""

from __future__ import annotations

import html
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Update

from bot.context import BotContext
from bot.domain.buttons.meeting_editing import (
    ChooseDate,
    ChooseDuration,
    ChooseField,
    ChooseFrequency,
    ChooseLast,
    ChooseNth,
    ChooseWeekday,
    ChooseZone,
    GroupPostChoices,
    KeepZone,
    LastDate,
    SetGroupPost,
    SkipStep,
    StopDraft,
)
from bot.domain.clock import iso
from bot.domain.group_setup import GROUP_POST_CHOICES
from bot.domain.models import Group
from bot.formats.formatting import Reader, example_dates, guide_weekday, reader_for, weekday_name
from bot.meetings.draft_steps import DURATIONS, EDIT_FIELDS, FREQUENCIES, NTHS, WEEKDAYS, Reading
from bot.meetings.models import Meeting, MeetingDraft
from bot.meetings.recurrence import next_occurrences
from bot.services.meeting_admin import Audience, MeetingAdmin
from bot.services.meeting_texts import nth_id
from handlers.common import keyboard, language_of, reply
from handlers.conversations import start_conversation

Rows = list[list[tuple[str, str]]]
ECHO_MAX = 60  # how much of a misunderstood answer is shown back
# Conversations about one date or the end of a series get a clearer stop button than "Cancel".
_CHANGE_MODES = ("cancel", "move", "end")


def admin_of(context: BotContext) -> MeetingAdmin:
    """The facilitators' meeting service, built from the bot's services."""
    return context.services.meeting_admin


def echo(text: str) -> str:
    """A short, one-line copy of what the person typed, to say what was not understood."""
    line = " ".join(text.split())
    return line if len(line) <= ECHO_MAX else line[: ECHO_MAX - 1] + "…"


async def send(update: Update, context: BotContext, text: str, rows: Rows | None = None) -> None:
    """Send a ready text (with buttons) to the update's chat."""
    chat = update.effective_chat
    if chat is not None:
        markup = keyboard(rows) if rows else None
        await context.bot.send_message(chat.id, text, reply_markup=markup)


async def say(update: Update, context: BotContext, message_id: str, /, **args: object) -> str:
    """Return a text in the person's language."""
    return context.services.texts.get(await language_of(update, context), message_id, **args)


async def save_draft(
    context: BotContext, user_id: int, step: str, data: dict[str, Any]
) -> MeetingDraft:
    """Store the conversation at a step (it survives a restart) and return it."""
    draft = MeetingDraft(user_id, step, data)
    await context.services.meeting_drafts.save(draft, iso(context.services.clock()))
    return draft


async def begin(context: BotContext, user_id: int, step: str, data: dict[str, Any]) -> MeetingDraft:
    """Start a meeting conversation; it replaces the person's open question (last one wins)."""
    await start_conversation(context, user_id, "meeting")
    return await save_draft(context, user_id, step, data)


async def refuse(update: Update, context: BotContext, user_id: int) -> None:
    """Say why there is nothing to manage: not staff, or (admins) no group has the bot yet."""
    is_admin = await context.services.roles.is_admin(user_id)
    await reply(update, context, "mte-no-groups" if is_admin else "staff-only")


def reading_of(context: BotContext, data: dict[str, Any]) -> Reading:
    """What typed answers are read against: now, in the meeting's (or group's) zone."""
    zone = str(data.get("zone") or data.get("keep_zone") or context.services.settings.timezone)
    return Reading(context.services.clock(), zone)


def stop_row(context: BotContext, language: str, mode: str) -> list[tuple[str, str]]:
    """The row with the button that ends the conversation."""
    text_id = "btn-mte-stop" if mode in _CHANGE_MODES else "btn-cancel"
    return [(context.services.texts.get(language, text_id), StopDraft().pack())]


def _choice_rows(context: BotContext, language: str, step: str, data: dict[str, Any]) -> Rows:
    """The buttons of a step that does not need the stored meeting."""
    get = context.services.texts.get
    if step == "freq":
        return [
            [(get(language, f"btn-mte-{name}"), ChooseFrequency(name).pack())]
            for name in FREQUENCIES
        ]
    if step == "nth":
        return [[(get(language, f"btn-mte-nth-{nth_id(n)}"), ChooseNth(n).pack()) for n in NTHS]]
    if step == "day":
        reader = Reader(language)
        days = [
            (weekday_name(reader, guide_weekday(d), "abbreviated"), ChooseWeekday(d).pack())
            for d in WEEKDAYS
        ]
        return [days[:4], days[4:]]
    if step == "duration":
        return [
            [(get(language, "btn-mte-minutes", n=n), ChooseDuration(n).pack()) for n in DURATIONS]
        ]
    if step == "zone":
        keep = get(language, "btn-mte-keep-zone", zone=str(data["keep_zone"]))
        return [[(keep, KeepZone().pack())]]
    if step == "field":
        fields = [
            (get(language, f"btn-mte-field-{name}"), ChooseField(name).pack())
            for name in EDIT_FIELDS
        ]
        return [fields[i : i + 2] for i in range(0, len(fields), 2)]
    skips = {"place": "online-only", "link": "no-link", "notes": "no-notes", "reason": "no-reason"}
    if step in skips:
        return [[(get(language, f"btn-mte-{skips[step]}"), SkipStep(step).pack())]]
    return []


async def _date_rows(context: BotContext, language: str, step: str, meeting: Meeting) -> Rows:
    """The date buttons of picking an occurrence, or of the last date of a series."""
    writer, zone = context.services.meeting_writer, meeting.timezone
    admin = admin_of(context)
    if step == "on":
        dates = await admin.changeable(meeting, 6)  # a date cancelled already is not offered
        return [[(writer.date_text(language, on, zone), ChooseDate(on).pack())] for on in dates]
    dates = await admin.upcoming(meeting, 6)
    get = context.services.texts.get
    today = reading_of(context, {"zone": meeting.timezone}).today
    rows: Rows = []
    if dates and dates[0] != today:  # the next date is today: one button says it
        label = get(language, "btn-mte-last-next", date=writer.date_text(language, dates[0], zone))
        rows.append([(label, ChooseLast(LastDate.NEXT).pack())])
    rows.append(
        [
            (
                get(language, "btn-mte-last-today", date=writer.date_text(language, today, zone)),
                ChooseLast(LastDate.TODAY).pack(),
            )
        ]
    )
    return rows


async def ask(
    update: Update,
    context: BotContext,
    draft: MeetingDraft,
    problem: str | None = None,
    typed: str = "",
    zones: tuple[tuple[str, str], ...] = (),
) -> None:
    """Ask the draft's step (or say what was wrong with the answer), with its buttons; `zones`
    are time zones a typed name may mean, as (label, zone), offered above the usual buttons."""
    language = await language_of(update, context)
    data, step = draft.data, draft.step
    args: dict[str, object] = {"zone": str(data.get("zone") or data.get("keep_zone") or "")}
    offered = [[(shown, ChooseZone(zone).pack())] for shown, zone in zones]
    rows = [*offered, *_choice_rows(context, language, step, data)]
    meeting = await context.services.meetings.get(int(data.get("meeting_id", 0)))
    if meeting is not None:
        args["name"] = meeting.name
        if step in ("on", "last"):
            rows = await _date_rows(context, language, step, meeting)
    rows.append(stop_row(context, language, str(data.get("mode", "add"))))
    texts = context.services.texts
    args |= _examples(context, language, reading_of(context, data).zone)
    if problem is not None:
        text = texts.get(language, problem, text=echo(typed), **args)
    else:
        text = texts.get(language, f"mte-ask-{step}", **args)
    await send(update, context, text, rows)


def _examples(context: BotContext, language: str, zone: str) -> dict[str, str]:
    """Date examples for the prompts, a week from the answers' today (the meeting's zone)."""
    today = context.services.clock().astimezone(ZoneInfo(zone)).date()
    return example_dates(reader_for(language, zone), today)


async def post_label(context: BotContext, language: str, minutes: int) -> str:
    """'60 min before' or 'off': the group chat reminder in words."""
    get = context.services.texts.get
    if not minutes:
        return get(language, "mte-post-off")
    span = context.services.meeting_writer.span_text(language, minutes)
    return get(language, "mte-post-before", span=span)


async def post_row(
    context: BotContext, language: str, group: Group, named: bool
) -> list[tuple[str, str]]:
    """The button that opens a group's chat reminder choices."""
    minutes = await admin_of(context).group_post_minutes(group.chat_id)
    when = await post_label(context, language, minutes)
    get = context.services.texts.get
    label = (
        get(language, "btn-mte-group-post-named", group=group.title, when=when)
        if named
        else get(language, "btn-mte-group-post", when=when)
    )
    # Buttons are plain text: undo the HTML escaping texts give their arguments.
    return [(html.unescape(label), GroupPostChoices(group.chat_id).pack())]


def post_choice_rows(context: BotContext, language: str, group_id: int) -> Rows:
    """The group chat reminder choices: Off, 15 min, 1 h, 3 h, 1 day."""
    writer, get = context.services.meeting_writer, context.services.texts.get
    return [
        [
            (
                writer.span_text(language, m) if m else get(language, "btn-mte-post-off"),
                SetGroupPost(group_id, m).pack(),
            )
        ]
        for m in GROUP_POST_CHOICES
    ]


async def card(context: BotContext, meeting: Meeting, language: str) -> str:
    """The meeting as members see its next occurrence, with how often it happens."""
    services = context.services
    now = services.clock()
    changes = await services.meetings.changes(meeting.id) if meeting.id else []
    found = next_occurrences(meeting, changes, now, 1, include_cancelled=True)
    rule = context.services.meeting_writer.rule_text(language, meeting)
    if not found:
        name = services.texts.get(language, "meeting-name", name=meeting.name)
        lines = [f"<b>{name}</b>", rule, *services.meeting_writer.where_lines(meeting, language)]
        return "\n".join(lines)
    described = services.meeting_writer.describe(found[0], language, meeting.timezone, now)
    head, _, rest = described.partition("\n")
    return f"{head}\n{rule}\n{rest}"


def told_text(context: BotContext, language: str, audience: Audience) -> str:
    """Who hears of a change: 'N subscribers and the group chat will be told.'"""
    chat = "yes" if audience.group_chat else "no"
    return context.services.texts.get(language, "mte-told", n=audience.subscribers, chat=chat)
