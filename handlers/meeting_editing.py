"""Facilitators add meetings in the chat, one question at a time; the draft is the person's open
question (kept in the database at each step, so a restart keeps it).

The same draft carries edits, cancellations, moves and endings (handlers.meeting_changes): typed
answers and the buttons of every step come through here, and each one checks the role again.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.meeting_editing import (
    DRAFT_BUTTONS,
    AddForGroup,
    ChooseDate,
    ChooseDuration,
    ChooseField,
    ChooseFrequency,
    ChooseLast,
    ChooseNth,
    ChooseWeekday,
    ChooseZone,
    ConfirmChange,
    KeepZone,
    SaveMeeting,
    SkipStep,
    StopDraft,
)
from bot.domain.callback import CallbackData, prefix_matcher
from bot.domain.zones import is_valid_timezone
from bot.meetings.draft_steps import (
    DURATIONS,
    EDIT_FIELDS,
    FREQUENCIES,
    NTHS,
    TYPED_STEPS,
    WEEKDAYS,
    first_edit_step,
    next_step,
    place_settled,
    read_answer,
)
from bot.meetings.draft_values import meeting_of, place_or_link_given
from bot.meetings.models import MeetingDraft
from bot.meetings.recurrence import next_occurrences
from handlers import meeting_changes
from handlers.common import acknowledge, keyboard, language_of, pressed_button, reply, sender
from handlers.meeting_steps import (
    admin_of,
    ask,
    begin,
    card,
    reading_of,
    refuse,
    save_draft,
    say,
    send,
    stop_row,
    told_text,
)
from handlers.text_router import add_answer

log = logging.getLogger(__name__)
_SKIPPED = {"place": {"location": None, "address": None}, "link": {"link": None}}
_SKIPPED |= {"notes": {"notes": None}, "reason": {"reason": None}}


async def add_command(update: Update, context: BotContext) -> None:
    """/addmeeting: start a new meeting for one of the person's groups."""
    person = sender(update)
    if person is None:
        return
    groups = await admin_of(context).groups_of(person.user_id)
    if not groups:
        await refuse(update, context, person.user_id)
        return
    if len(groups) == 1:
        await _start(update, context, person.user_id, groups[0].chat_id)
        return
    rows = [[(group.title, AddForGroup(group.chat_id).pack())] for group in groups[:30]]
    language = await language_of(update, context)
    rows.append(stop_row(context, language, "add"))
    await reply(update, context, "mte-add-which-group", markup=keyboard(rows))


async def _start(update: Update, context: BotContext, user_id: int, group_id: int) -> None:
    """Create the draft and ask for the name."""
    group = await context.services.groups.get(group_id)
    if group is None or not await admin_of(context).may_manage(user_id, group_id):
        await reply(update, context, "mte-not-yours")
        return
    data = {"mode": "add", "group_id": group_id, "keep_zone": group.timezone}
    await ask(update, context, await begin(context, user_id, "name", data))


async def _checked_draft(update: Update, context: BotContext, user_id: int) -> MeetingDraft | None:
    """The person's draft if they may still change its group; a draft they may not is dropped."""
    draft = await context.services.meeting_drafts.get(user_id)
    if draft is None:
        return None
    if not await admin_of(context).may_manage(user_id, int(draft.data.get("group_id", 0))):
        await context.services.meeting_drafts.delete(user_id)
        await reply(update, context, "mte-not-yours")
        return None
    return draft


async def draft_text(update: Update, context: BotContext, text: str) -> bool:
    """Take a typed answer of the person's meeting conversation; False when they have none."""
    person = sender(update)
    if person is None or await context.services.meeting_drafts.get(person.user_id) is None:
        return False
    draft = await _checked_draft(update, context, person.user_id)
    if draft is None:
        return True
    if draft.step not in TYPED_STEPS:
        await reply(update, context, "mte-use-buttons")
        return True
    answer = read_answer(draft.step, text, reading_of(context, draft.data))
    if answer.problem is not None:
        log.info("meeting answer not understood: step %s", draft.step)
        zones = tuple(answer.values.get("zone_choices", ()))
        await ask(update, context, draft, problem=answer.problem, typed=text, zones=zones)
        return True
    await advance(update, context, draft, answer.values)
    return True


async def advance(
    update: Update, context: BotContext, draft: MeetingDraft, values: dict[str, Any]
) -> None:
    """Keep an answer and go to the next step: a question, the preview, or the change itself."""
    data = {**draft.data, **values}
    mode = str(data.get("mode"))
    step = next_step(data, draft.step)
    if mode == "add" and place_settled(draft.step, step) and not place_or_link_given(data):
        await reply(update, context, "mte-need-place-or-link")
        await ask(update, context, await save_draft(context, draft.user_id, "place", data))
        return
    if step == "confirm" and mode == "add":
        data.pop("redo", None)  # a changed answer is in: the preview again
    draft = await save_draft(context, draft.user_id, step, data)
    if step == "confirm" and mode == "add":
        await _preview(update, context, draft)
    elif step == "confirm":
        await meeting_changes.confirm_screen(update, context, draft)
    elif step == "save":
        await meeting_changes.save_edit(update, context, draft)
    else:
        await ask(update, context, draft)


async def _preview(update: Update, context: BotContext, draft: MeetingDraft) -> None:
    """Show the meeting as members will see it, with Save and Cancel."""
    reading = reading_of(context, draft.data)
    meeting = meeting_of(draft.data, reading.today)
    if not next_occurrences(meeting, [], reading.now, 1):
        await reply(update, context, "mte-once-past")
        await ask(update, context, await save_draft(context, draft.user_id, "date", draft.data))
        return
    language = await language_of(update, context)
    intro = await say(update, context, "mte-preview")
    get = context.services.texts.get
    changes = [
        (get(language, f"btn-mte-change-{name}"), ChooseField(name).pack()) for name in EDIT_FIELDS
    ]
    rows = [changes[i : i + 2] for i in range(0, len(changes), 2)]
    rows.append(
        [(get(language, "btn-save"), SaveMeeting().pack()), *stop_row(context, language, "add")]
    )
    told = told_text(context, language, await admin_of(context).audience(meeting))
    shown = await card(context, meeting, language)
    await send(update, context, f"{intro}\n\n{shown}\n\n{told}", rows)


async def _save(update: Update, context: BotContext, draft: MeetingDraft) -> None:
    """Store the new meeting (members see it at once) and drop the draft."""
    reading = reading_of(context, draft.data)
    meeting = meeting_of(draft.data, reading.today)
    await context.services.meeting_drafts.delete(draft.user_id)
    stored = await context.services.meetings.add(meeting, by=draft.user_id, announce=True)
    log.info("meeting %s added to group %s", stored.id, stored.group_id)
    await reply(update, context, "mte-saved", name=stored.name)


def _button_values(pressed: CallbackData | None, draft: MeetingDraft) -> dict[str, Any] | None:
    """The answer a step button gives, or None when it does not fit the draft's step."""
    step = draft.step
    if isinstance(pressed, ChooseFrequency) and step == "freq" and pressed.frequency in FREQUENCIES:
        return {"freq": pressed.frequency}
    if isinstance(pressed, ChooseNth) and step == "nth" and pressed.nth in NTHS:
        return {"nth": pressed.nth}
    if isinstance(pressed, ChooseWeekday) and step == "day" and pressed.weekday in WEEKDAYS:
        return {"day": pressed.weekday}
    if isinstance(pressed, ChooseDuration) and step == "duration" and pressed.minutes in DURATIONS:
        return {"duration": pressed.minutes}
    if isinstance(pressed, KeepZone) and step == "zone":
        return {"zone": draft.data.get("keep_zone")}
    if isinstance(pressed, ChooseZone) and step == "zone" and is_valid_timezone(pressed.zone):
        return {"zone": pressed.zone}
    if isinstance(pressed, SkipStep) and step == pressed.step and pressed.step in _SKIPPED:
        return _SKIPPED[pressed.step]
    return None


async def draft_button(update: Update, context: BotContext) -> None:
    """The buttons of a meeting conversation, checked against its step."""
    query, pressed = pressed_button(update, *DRAFT_BUTTONS)
    await acknowledge(query)
    person = sender(update)
    if person is None:
        return
    if isinstance(pressed, AddForGroup):
        await _start(update, context, person.user_id, pressed.group_id)
        return
    if isinstance(pressed, StopDraft):
        await _stop(update, context, person.user_id)
        return
    draft = await _checked_draft(update, context, person.user_id)
    if draft is None:
        if await context.services.meeting_drafts.get(person.user_id) is None:
            await reply(update, context, "button-expired")
        return
    await _on_button(update, context, draft, pressed)


async def _on_button(
    update: Update, context: BotContext, draft: MeetingDraft, pressed: CallbackData | None
) -> None:
    """Act on a step button of the person's own draft."""
    values = _button_values(pressed, draft)
    step, mode = draft.step, draft.data.get("mode")
    if values is not None:
        await advance(update, context, draft, values)
    elif isinstance(pressed, ChooseField) and step == "field" and pressed.name in EDIT_FIELDS:
        data = {**draft.data, "field": pressed.name}
        first = first_edit_step(pressed.name)
        await ask(update, context, await save_draft(context, draft.user_id, first, data))
    elif isinstance(pressed, ChooseField) and _previewed(draft) and pressed.name in EDIT_FIELDS:
        data = {**draft.data, "redo": pressed.name}  # change one answer, then the preview again
        first = first_edit_step(pressed.name)
        await ask(update, context, await save_draft(context, draft.user_id, first, data))
    elif isinstance(pressed, ChooseDate | ChooseLast) and step == _date_step(pressed):
        chosen = await meeting_changes.date_values(update, context, draft, pressed)
        if chosen is not None:
            await advance(update, context, draft, chosen)
    elif isinstance(pressed, SaveMeeting) and step == "confirm" and mode == "add":
        await _save(update, context, draft)
    elif isinstance(pressed, ConfirmChange) and step == "confirm" and mode != "add":
        await meeting_changes.apply_change(update, context, draft)
    else:
        await reply(update, context, "button-expired")


def _previewed(draft: MeetingDraft) -> bool:
    """Tell whether an add draft is at its preview (where any answer may be changed)."""
    return draft.step == "confirm" and draft.data.get("mode") == "add"


def _date_step(pressed: ChooseDate | ChooseLast) -> str:
    """The step a date button answers: the date to change, or the last of a series."""
    return "on" if isinstance(pressed, ChooseDate) else "last"


async def _stop(update: Update, context: BotContext, user_id: int) -> None:
    """End the conversation without changing anything."""
    had = await context.services.meeting_drafts.get(user_id) is not None
    await context.services.meeting_drafts.delete(user_id)
    await reply(update, context, "mte-stopped" if had else "mte-nothing-to-stop")


async def cancel_command(update: Update, context: BotContext) -> None:
    """/cancel: end a meeting conversation (or a resource one) without changing anything."""
    person = sender(update)
    if person is None:
        return
    services = context.services
    no_meeting = await services.meeting_drafts.get(person.user_id) is None
    if no_meeting and await services.resources.draft(person.user_id) is not None:
        await services.resources.drop_draft(person.user_id)
        await reply(update, context, "resources-cancelled")
        return
    await _stop(update, context, person.user_id)


def register(app: BotApplication) -> None:
    """Add the meeting commands and buttons, and the answer to a meeting conversation's step."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("addmeeting", add_command, filters=private))
    app.add_handler(CommandHandler("cancel", cancel_command, filters=private))
    meeting_changes.register(app)
    app.add_handler(CallbackQueryHandler(draft_button, pattern=prefix_matcher(*DRAFT_BUTTONS)))
    add_answer(app, "meeting", draft_text)
