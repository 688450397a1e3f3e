"""Facilitators change their groups' meetings: edit, cancel or move one date, end a series.

Each command lists the meetings of the person's groups; a pressed meeting starts a draft (in the
database) whose steps handlers.meeting_editing drives. Every button checks the role again.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.meeting_editing import (
    POST_BUTTONS,
    ChangeMode,
    ChooseDate,
    ChooseLast,
    ConfirmChange,
    LastDate,
    PickMeeting,
)
from bot.domain.callback import prefix_matcher
from bot.meetings.draft_steps import first_edit_step
from bot.meetings.draft_values import change_of, edited, has_place_or_link
from bot.meetings.models import ChangeKind, Meeting, MeetingDraft
from bot.services.meetings import MeetingError
from handlers.common import acknowledge, keyboard, language_of, pressed_button, reply, sender
from handlers.meeting_group_chat import news_row, post_button
from handlers.meeting_steps import (
    admin_of,
    ask,
    begin,
    card,
    post_row,
    reading_of,
    refuse,
    save_draft,
    say,
    send,
    stop_row,
    told_text,
)

log = logging.getLogger(__name__)
_LIST_TEXTS = {
    "edit": "mte-edit-choose",
    "cancel": "mte-cancel-choose",
    "move": "mte-move-choose",
    "end": "mte-end-choose",
}
_FIRST_STEPS = {"edit": "field", "cancel": "on", "move": "on", "end": "last"}


async def _list(update: Update, context: BotContext, mode: ChangeMode) -> None:
    """List the meetings of the person's groups to pick one (edit: and the group reminders)."""
    person = sender(update)
    if person is None:
        return
    admin = admin_of(context)
    groups = await admin.groups_of(person.user_id)
    if not groups:
        await refuse(update, context, person.user_id)
        return
    language = await language_of(update, context)
    titles = {group.chat_id: group.title for group in groups}
    meetings = await admin.meetings_of(person.user_id)
    rows = [
        [(_label(meeting, titles), PickMeeting(mode, meeting.id).pack())] for meeting in meetings
    ]
    rows = rows[:30]
    if mode is ChangeMode.EDIT:
        named = len(groups) > 1
        for group in groups[:10]:
            rows.append(await post_row(context, language, group, named))
            rows.append(news_row(context, language, group, named))
    text_id = _LIST_TEXTS[mode] if meetings else "mte-none"
    await reply(update, context, text_id, markup=keyboard(rows) if rows else None)


def _label(meeting: Meeting, titles: dict[int, str]) -> str:
    """A meeting's button: its name, and its group's when the person has several."""
    if len(titles) < 2:
        return meeting.name
    return f"{meeting.name} · {titles.get(meeting.group_id, '')}"


async def edit_command(update: Update, context: BotContext) -> None:
    """/editmeeting: pick a meeting to change, or a group chat reminder."""
    await _list(update, context, ChangeMode.EDIT)


async def cancel_command(update: Update, context: BotContext) -> None:
    """/cancelmeeting: pick a meeting to cancel one of its dates."""
    await _list(update, context, ChangeMode.CANCEL)


async def move_command(update: Update, context: BotContext) -> None:
    """/movemeeting: pick a meeting to move one of its dates."""
    await _list(update, context, ChangeMode.MOVE)


async def end_command(update: Update, context: BotContext) -> None:
    """/endmeeting: pick a meeting series to end."""
    await _list(update, context, ChangeMode.END)


async def pick_button(update: Update, context: BotContext) -> None:
    """A picked meeting: start editing, cancelling or moving one date of, or ending it."""
    query, pressed = pressed_button(update, PickMeeting)
    await acknowledge(query)
    person = sender(update)
    if person is None:
        return
    if not isinstance(pressed, PickMeeting):
        await reply(update, context, "button-expired")
        return
    mode, meeting = pressed.mode, await context.services.meetings.get(pressed.meeting_id)
    if meeting is None:
        await reply(update, context, "button-expired")
        return
    admin = admin_of(context)
    if not await admin.may_manage(person.user_id, meeting.group_id):
        log.info("meeting %s refused to user %s", meeting.id, person.user_id)
        await reply(update, context, "mte-not-yours")
        return
    if mode in (ChangeMode.CANCEL, ChangeMode.MOVE) and not await admin.changeable(meeting, 1):
        await reply(update, context, "mte-no-dates", name=meeting.name)
        return
    zone = meeting.timezone
    data = {"mode": mode.value, "meeting_id": meeting.id, "group_id": meeting.group_id}
    data |= {"zone": zone, "keep_zone": zone}
    if mode is ChangeMode.EDIT:
        await send(
            update, context, await card(context, meeting, await language_of(update, context))
        )
    await ask(update, context, await begin(context, person.user_id, _FIRST_STEPS[mode], data))


async def _meeting_of(update: Update, context: BotContext, draft: MeetingDraft) -> Meeting | None:
    """The draft's meeting, if it still exists; else the draft is dropped and the button expired."""
    meeting = await context.services.meetings.get(int(draft.data.get("meeting_id", 0)))
    if meeting is None:
        await context.services.meeting_drafts.delete(draft.user_id)
        await reply(update, context, "button-expired")
    return meeting


async def date_values(
    update: Update, context: BotContext, draft: MeetingDraft, pressed: ChooseDate | ChooseLast
) -> dict[str, Any] | None:
    """The answer of a date button (a date to change, or a series' last), or None if stale."""
    meeting = await _meeting_of(update, context, draft)
    if meeting is None:
        return None
    admin = admin_of(context)
    if isinstance(pressed, ChooseDate):
        if pressed.on in await admin.changeable(meeting, 6):
            return {"on": pressed.on.isoformat()}
    elif pressed.which is LastDate.TODAY:
        return {"last": reading_of(context, {"zone": meeting.timezone}).today.isoformat()}
    elif coming := await admin.upcoming(meeting, 1):
        return {"last": coming[0].isoformat()}
    await reply(update, context, "button-expired")
    return None


async def confirm_screen(update: Update, context: BotContext, draft: MeetingDraft) -> None:
    """Show what will be announced, and to whom, before anything changes."""
    meeting = await _meeting_of(update, context, draft)
    if meeting is None:
        return
    language = await language_of(update, context)
    admin = admin_of(context)
    if draft.data.get("mode") == "edit":
        changed = await _checked_edit(update, context, draft, meeting)
        if changed is None:
            return
        news = await admin.edit_preview(meeting, changed, language)
        if not news:  # nothing members need to hear (the same time again, say)
            await save_edit(update, context, draft)
            return
    else:
        change, last = change_of(draft.data)
        news = await admin.news_preview(meeting, change, last, language)
    told = told_text(context, language, await admin.audience(meeting))
    intro = await say(update, context, "mte-confirm")
    mode = str(draft.data.get("mode"))
    button = context.services.texts.get(language, f"btn-mte-confirm-{mode}")
    rows = [[(button, ConfirmChange().pack())], stop_row(context, language, mode)]
    await send(update, context, f"{intro}\n\n{news}\n\n{told}", rows)


async def apply_change(update: Update, context: BotContext, draft: MeetingDraft) -> None:
    """Edit, cancel, move or end as confirmed; the schedule announces it by itself."""
    if draft.data.get("mode") == "edit":
        await save_edit(update, context, draft, announce=True)
        return
    meeting = await _meeting_of(update, context, draft)
    if meeting is None:
        return
    services, language = context.services, await language_of(update, context)
    await services.meeting_drafts.delete(draft.user_id)
    told = told_text(context, language, await admin_of(context).audience(meeting))
    change, last = change_of(draft.data)
    writer, get = services.meeting_writer, services.texts.get
    try:
        if change is None:
            assert last is not None
            await services.meetings.end(meeting.id, last, by=draft.user_id)
            when = writer.date_text(language, last, meeting.timezone)
            done = get(language, "mte-end-done", name=meeting.name, date=when)
        elif change.kind is ChangeKind.CANCELLED:
            await services.meetings.cancel(
                meeting.id, change.original_date, change.reason, by=draft.user_id
            )
            when = writer.date_text(language, change.original_date, meeting.timezone)
            done = get(language, "mte-cancel-done", name=meeting.name, date=when)
        else:
            assert change.new_start is not None
            moved = await services.meetings.move(
                meeting.id, change.original_date, change.new_start, change.reason, by=draft.user_id
            )
            when = writer.when_text(language, moved.start, meeting.timezone)
            done = get(language, "mte-move-done", name=meeting.name, when=when)
    except MeetingError as error:
        log.info("meeting %s change refused: %s", meeting.id, error)
        await reply(update, context, "mte-change-failed")
        return
    log.info(
        "meeting %s changed (%s) by user %s", meeting.id, draft.data.get("mode"), draft.user_id
    )
    await send(update, context, f"{done}\n{told}")


async def _checked_edit(
    update: Update, context: BotContext, draft: MeetingDraft, meeting: Meeting
) -> Meeting | None:
    """The meeting as the edit draft leaves it; None (and the field asked again) when it would
    leave members nowhere to go and no way to join."""
    changed = edited(meeting, draft.data, reading_of(context, draft.data).today)
    if not has_place_or_link(changed):
        await reply(update, context, "mte-need-place-or-link")
        step = first_edit_step(str(draft.data.get("field")))
        await ask(update, context, await save_draft(context, draft.user_id, step, draft.data))
        return None
    return changed


async def save_edit(
    update: Update, context: BotContext, draft: MeetingDraft, announce: bool = False
) -> None:
    """Save an edited field (announced when confirmed so) and show the meeting as members
    now see it."""
    meeting = await _meeting_of(update, context, draft)
    if meeting is None:
        return
    changed = await _checked_edit(update, context, draft, meeting)
    if changed is None:
        return
    await context.services.meeting_drafts.delete(draft.user_id)
    language = await language_of(update, context)
    told = told_text(context, language, await admin_of(context).audience(meeting))
    try:
        stored = await context.services.meetings.update(
            changed, by=draft.user_id, announce=announce
        )
    except MeetingError:
        await reply(update, context, "button-expired")
        return
    intro = await say(
        update, context, "mte-updated" if announce else "mte-updated-quiet", name=stored.name
    )
    after = f"\n\n{told}" if announce else ""
    await send(update, context, f"{intro}\n\n{await card(context, stored, language)}{after}")


def register(app: BotApplication) -> None:
    """Add /editmeeting, /cancelmeeting, /movemeeting, /endmeeting and their first buttons."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("editmeeting", edit_command, filters=private))
    app.add_handler(CommandHandler("cancelmeeting", cancel_command, filters=private))
    app.add_handler(CommandHandler("movemeeting", move_command, filters=private))
    app.add_handler(CommandHandler("endmeeting", end_command, filters=private))
    app.add_handler(CallbackQueryHandler(pick_button, pattern=prefix_matcher(PickMeeting)))
    app.add_handler(CallbackQueryHandler(post_button, pattern=prefix_matcher(*POST_BUTTONS)))
