"""/next and /meetings in a group chat: the group's own meetings, for everyone in it to see.

A question asked in the group ("when is the next meeting?", "¿cuándo es la próxima reunión?",
"Wann ist das nächste Treffen?") is answered like /next; other talk in the group never is
(`bot.meetings.questions.is_group_meeting_question`). The crisis check reads it first.

Meeting times, places and links are what a group's members share anyway; the answer is in the
group's language and time zone, with a button to the private chat for reminders, calendar
files and answers (the group's invite link, so someone new joins the group as they start).
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.models import Group
from bot.meetings.questions import is_group_meeting_question
from handlers.common import deep_link, link_button
from handlers.meetings import ALSO_ON, MAX_NEXT, WEEK_DAYS, also_on, split_message


async def next_in_group(update: Update, context: BotContext) -> None:
    """/next in a group: its next meetings."""
    await _answer(update, context, week=False)


async def week_in_group(update: Update, context: BotContext) -> None:
    """/meetings in a group: its meetings of the coming week."""
    await _answer(update, context, week=True)


async def question_in_group(update: Update, context: BotContext) -> None:
    """A meeting question typed in a group: its next meetings; any other talk: nothing."""
    message = update.effective_message
    if message is None or not message.text or not is_group_meeting_question(message.text):
        return
    await _answer(update, context, week=False)


async def _answer(update: Update, context: BotContext, week: bool) -> None:
    """The group's meetings as cards, in as few messages as fit, the private button last."""
    chat = update.effective_chat
    group = await context.services.groups.get(chat.id) if chat is not None else None
    if chat is None or group is None:
        return
    services, language = context.services, group.language
    now, zone, writer = services.clock(), group.timezone, services.meeting_writer
    if week:
        found = await services.meetings.coming([group.chat_id], days=WEEK_DAYS)
        blocks = [services.texts.get(language, "week-header" if found else "week-none")]
        blocks.extend(writer.describe(item, language, zone, now) for item in found)
    else:  # one card per meeting: its next date, and the dates after it
        per_meeting = await services.meetings.next_by_meeting([group.chat_id], MAX_NEXT, ALSO_ON)
        blocks = [] if per_meeting else [services.texts.get(language, "next-none")]
        for first, *later in per_meeting:
            card = writer.describe(first, language, zone, now)
            blocks.append(f"{card}\n{also_on(context, language, zone, later)}" if later else card)
    chunks = split_message(blocks)
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        markup = _private_button(context, group) if last else None
        await context.bot.send_message(chat.id, chunk, reply_markup=markup)


def _private_button(context: BotContext, group: Group) -> InlineKeyboardMarkup:
    """'Reminders and calendar, in private': the group's invite link to the bot."""
    label = context.services.texts.get(group.language, "btn-meetings-private")
    return link_button(label, deep_link(context.bot.username, group.invite_code))


def register(app: BotApplication) -> None:
    """Add /next and /meetings for group chats."""
    groups = filters.ChatType.GROUPS
    app.add_handler(CommandHandler("next", next_in_group, filters=groups))
    app.add_handler(CommandHandler("meetings", week_in_group, filters=groups))
    asked = groups & filters.TEXT & ~filters.COMMAND & ~filters.UpdateType.EDITED
    app.add_handler(MessageHandler(asked, question_in_group))
