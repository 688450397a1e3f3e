"""/announce: facilitators (their groups) and admins (any group) write to a group's members."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.context import BotApplication, BotContext
from bot.domain.buttons.announce import (
    ANNOUNCE_BUTTONS,
    DRAFT_BUTTONS,
    ChangeAnnouncement,
    DropAnnouncement,
    PickAnnounceGroup,
    SendAnnouncement,
    StopAnnouncement,
)
from bot.domain.callback import prefix_matcher
from bot.formats.formatting import group_digits
from bot.services.announcements import (
    MAX_TEXT,
    AnnouncementDraft,
    AnnouncementService,
    text_problem,
)
from handlers import announce_progress
from handlers.common import (
    acknowledge,
    keyboard,
    language_of,
    pressed_button,
    reply,
    sender,
    staff_sender,
)
from handlers.conversations import start_conversation
from handlers.stages import Stage
from handlers.text_router import add_answer

log = logging.getLogger(__name__)


def service_of(context: BotContext) -> AnnouncementService:
    """The announcement service."""
    return context.services.announcements


async def command(update: Update, context: BotContext) -> None:
    """/announce in private: pick the group (buttons when there are several), then the text."""
    person = await staff_sender(update, context)
    if person is None:
        return
    groups = await service_of(context).groups_for(person.user_id)
    if not groups:
        await reply(update, context, "ann-no-groups")
        return
    if len(groups) == 1:
        await _start(update, context, person.user_id, groups[0].chat_id)
        return
    rows = [[(group.title, PickAnnounceGroup(group.chat_id).pack())] for group in groups]
    await reply(update, context, "ann-pick-group", markup=keyboard(rows))


async def group_command(update: Update, context: BotContext) -> None:
    """/announce in a group: drafts are written in private."""
    if sender(update) is not None:
        await reply(update, context, "ann-private-only")


async def _start(update: Update, context: BotContext, user_id: int, group_id: int) -> None:
    """Start a draft for the group (replacing any open question) and ask for the text."""
    service = service_of(context)
    if not await service.may_announce(user_id, group_id):
        await reply(update, context, "ann-not-allowed")
        return
    await start_conversation(context, user_id, "announcement")
    draft = await service.begin(user_id, group_id)
    if draft is None:  # the role went in between
        await service.drop_draft(user_id)
        await reply(update, context, "ann-not-allowed")
        return
    await _ask_text(update, context, draft)


async def _ask_text(update: Update, context: BotContext, draft: AnnouncementDraft) -> None:
    """Ask for the announcement's text."""
    group = await context.services.groups.get(draft.group_id)
    title = group.title if group is not None else str(draft.group_id)
    language = await language_of(update, context)
    limit = group_digits(MAX_TEXT, language)
    await reply(update, context, "ann-ask-text", title=title, max=limit)


async def typed(update: Update, context: BotContext, text: str) -> bool:
    """Take the typed text of a draft waiting for it; False when no draft waits for text."""
    person = sender(update)
    if person is None:
        return False
    service = service_of(context)
    draft = await service.draft(person.user_id)
    if draft is None or draft.step != "text":
        return False
    if not await service.may_announce(person.user_id, draft.group_id):
        await service.drop_draft(person.user_id)
        await reply(update, context, "ann-not-allowed")
        return True
    problem = text_problem(text)
    language = await language_of(update, context)
    if problem == "empty":
        await reply(update, context, "ann-empty")
        return True
    if problem == "too-long":
        length, limit = group_digits(len(text), language), group_digits(MAX_TEXT, language)
        await reply(update, context, "ann-too-long", length=length, max=limit)
        return True
    log.info("announcement text taken for group %s (%d chars)", draft.group_id, len(text))
    await _preview(update, context, await service.take_text(draft, text))
    return True


async def _preview(update: Update, context: BotContext, draft: AnnouncementDraft) -> None:
    """Show exactly what members will get and to how many, with Send / Change / Cancel."""
    service, chat = service_of(context), update.effective_chat
    group = await context.services.groups.get(draft.group_id)
    if chat is None or group is None or draft.text is None:
        return
    count = await service.audience(group.chat_id)
    if count == 0:
        await service.drop_draft(draft.user_id)
        await reply(update, context, "ann-nobody", title=group.title)
        return
    language = await language_of(update, context)
    get = context.services.texts.get
    audience = get(
        language,
        "ann-preview-audience",
        count=count,
        n=group_digits(count, language),
        title=group.title,
    )
    body = service.message(language, group.title, draft.text)
    text = f"{get(language, 'ann-preview-intro')}\n\n{body}\n\n{audience}"
    rows = [
        [
            (get(language, "btn-ann-send"), SendAnnouncement().pack()),
            (get(language, "btn-ann-change"), ChangeAnnouncement().pack()),
        ],
        [(get(language, "btn-ann-cancel"), DropAnnouncement().pack())],
    ]
    await context.bot.send_message(chat.id, text, reply_markup=keyboard(rows))


async def button(update: Update, context: BotContext) -> None:
    """Pick a group, send, change or drop a draft, stop sending; every one re-checks roles."""
    query, pressed = pressed_button(update, *ANNOUNCE_BUTTONS)
    await acknowledge(query)
    person = sender(update)
    if person is None:
        return
    if isinstance(pressed, StopAnnouncement):
        await announce_progress.cancel_pressed(
            update, context, person.user_id, pressed.announcement_id
        )
    elif isinstance(pressed, PickAnnounceGroup):
        await _start(update, context, person.user_id, pressed.group_id)
    elif isinstance(pressed, DRAFT_BUTTONS):
        await _draft_button(update, context, person.user_id, pressed)
    else:
        await reply(update, context, "button-expired")


async def _draft_button(
    update: Update,
    context: BotContext,
    user_id: int,
    pressed: SendAnnouncement | ChangeAnnouncement | DropAnnouncement,
) -> None:
    """Send, change the text of, or drop the person's previewed draft."""
    service = service_of(context)
    draft = await service.draft(user_id)
    if draft is None or draft.step != "preview":
        await reply(update, context, "button-expired")
        return
    await _remove_buttons(update)
    if isinstance(pressed, DropAnnouncement):
        await service.drop_draft(user_id)
        await reply(update, context, "ann-dropped")
        return
    if not await service.may_announce(user_id, draft.group_id):
        await service.drop_draft(user_id)
        await reply(update, context, "ann-not-allowed")
        return
    if isinstance(pressed, ChangeAnnouncement):
        await _ask_text(update, context, await service.ask_again(draft))
        return
    announcement = await service.send(user_id)
    if announcement is None:  # every member left or /stop'ped since the preview
        group = await context.services.groups.get(draft.group_id)
        await service.drop_draft(user_id)
        await reply(update, context, "ann-nobody", title=group.title if group else "")
        return
    log.info("announcement %s queued for %d member(s)", announcement.id, announcement.total)
    await announce_progress.start(context, announcement)


async def _remove_buttons(update: Update) -> None:
    """Take the buttons off the pressed preview, so it cannot be pressed twice."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError as error:
        log.info("preview buttons not removed: %s", type(error).__name__)


async def cancel_command(update: Update, context: BotContext) -> None:
    """/cancel while writing an announcement: drop it; otherwise leave /cancel to others."""
    person = sender(update)
    if person is None or not await service_of(context).drop_draft(person.user_id):
        return
    await reply(update, context, "ann-dropped")
    raise ApplicationHandlerStop


async def not_text(update: Update, context: BotContext) -> None:
    """A photo, sticker or file while an announcement waits for its text: text only for now."""
    person = sender(update)
    if person is None:
        return
    draft = await service_of(context).draft(person.user_id)
    if draft is None or draft.step != "text":
        return
    await reply(update, context, "ann-text-only")
    raise ApplicationHandlerStop


def register(app: BotApplication) -> None:
    """Add /announce, its buttons, its typed step, and the progress job."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("announce", command, filters=private))
    app.add_handler(CommandHandler("announce", group_command, filters=filters.ChatType.GROUPS))
    app.add_handler(CallbackQueryHandler(button, pattern=prefix_matcher(*ANNOUNCE_BUTTONS)))
    app.add_handler(CommandHandler("cancel", cancel_command, filters=private), group=Stage.EARLY)
    others = private & ~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL
    app.add_handler(MessageHandler(others, not_text), group=Stage.EARLY)
    add_answer(app, "announcement", typed)
    announce_progress.schedule(app)
