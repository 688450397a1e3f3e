"""Peers raising concern in Telegram: /report as a reply in a group, /worried in private, and
the watch on hostile replies aimed at a member with an open flag."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Final

from telegram import Message, MessageEntity, MessageOriginUser, Update
from telegram.constants import MessageEntityType
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.domain.models import Group
from bot.peer_reports.model import HostileWords, Outcome, Source, Subject, WorriedGroup
from bot.peer_reports.service import Filed, PeerReportService, hostile_words, peer_report_service
from bot.services.container import Services
from handlers.common import acknowledge, keyboard, language_of, person_of, reply, sender
from handlers.conversations import start_conversation
from handlers.screens import toast
from handlers.text_router import add_answer

log = logging.getLogger(__name__)

# A member who tapped /worried and walked away: a text hours later is not their worry.
ASK_LIFETIME = timedelta(minutes=30)
QUESTION: Final = "worried"


def reports_of(context: BotContext) -> PeerReportService:
    """The feature's service."""
    return peer_report_service(context.services)


def _subject(message: Message | None) -> Subject | None:
    """The person who wrote a message (None for the bot, a channel or an anonymous admin)."""
    if message is None or message.sender_chat is not None:
        return None
    person = person_of(message.from_user)
    if person is None:
        return None
    return Subject(person.user_id, person.first_name, person.username)


async def _tell(
    context: BotContext, user_id: int, language: str, text_id: str, **args: object
) -> bool:
    """Write to a person privately; False when they cannot be reached (never in the group)."""
    text = context.services.texts.get(language, text_id, **args)
    try:
        await context.bot.send_message(user_id, text)
    except TelegramError as error:
        log.info("report answer to a member not sent: %s", type(error).__name__)
        return False
    return True


async def _delete(context: BotContext, chat_id: int, message_id: int) -> bool:
    """Delete the /report message from the group at once; False when the bot may not."""
    try:
        return bool(await context.bot.delete_message(chat_id, message_id))
    except TelegramError as error:
        log.info("report command not deleted: %s", type(error).__name__)
        return False


async def _lines(context: BotContext, user_id: int, language: str) -> str:
    """The crisis lines of the person's country, in HTML."""
    member = await context.services.members.get(user_id)
    return context.services.support.lines_block(language, member)


async def _answer_filed(
    context: BotContext, user_id: int, language: str, filed: Filed, sent_id: str, group: str
) -> None:
    """Tell the reporter what became of their report, with the lines when it sounded urgent."""
    services = context.services
    if filed.outcome is Outcome.TOO_MANY:
        text = services.texts.get(language, "report-too-many")
        text = f"{text}\n\n{await _lines(context, user_id, language)}"
    elif filed.outcome is Outcome.ALREADY:
        text = services.texts.get(language, "report-already", group=group)
    else:
        told = filed.told.value if filed.told is not None else "no"
        text = services.texts.get(language, sent_id, group=group, told=told)
        if filed.urgent:
            urgent = services.texts.get(language, "report-urgent")
            text = f"{text}\n\n{urgent}\n\n{await _lines(context, user_id, language)}"
    try:
        await context.bot.send_message(user_id, text)
    except TelegramError as error:
        log.info("report answer to a member not sent: %s", type(error).__name__)


async def group_report(update: Update, context: BotContext) -> None:
    """/report [reason] as a reply in a group: removed at once, the facilitators told."""
    message = update.message
    person = sender(update)
    chat = update.effective_chat
    if message is None or person is None or chat is None:
        return
    deleted = await _delete(context, chat.id, message.message_id)
    language = await language_of(update, context)
    title = chat.title or ""
    target = message.reply_to_message
    subject = _subject(target)
    if target is None or subject is None or target.forum_topic_created is not None:
        await _tell(context, person.user_id, language, "report-usage")
    else:
        filed = await reports_of(context).report(
            reporter_id=person.user_id,
            group_id=chat.id,
            group_title=title,
            subject=subject,
            message_id=target.message_id,
            text=target.text or target.caption or "",
            reason=" ".join(context.args or []),
        )
        log.info("report in %d: %s", chat.id, filed.outcome.value)
        await _answer_filed(context, person.user_id, language, filed, "report-thanks", title)
    if not deleted:
        await _tell(context, person.user_id, language, "report-not-deleted", group=title)


async def private_report(update: Update, context: BotContext) -> None:
    """/report in private: how to report a message, and /worried."""
    await reply(update, context, "report-usage")


async def _groups_of(context: BotContext, user_id: int) -> list[Group]:
    """The groups a person belongs to or facilitates, which a worry can be about."""
    services = context.services
    joined = await services.members.members.group_ids(user_id)
    facilitated = await services.roles.roles.facilitated_groups(user_id)
    found = []
    for chat_id in dict.fromkeys([*joined, *facilitated]):
        group = await services.groups.get(chat_id)
        if group is not None:
            found.append(group)
    return found


async def worried_command(update: Update, context: BotContext) -> None:
    """/worried: which group the person is worried about someone in, then their words."""
    person = sender(update)
    if person is None:
        return
    groups = await _groups_of(context, person.user_id)
    language = await language_of(update, context)
    if not groups:
        text = context.services.texts.get(language, "worried-no-groups")
        await reply_html(
            update, context, f"{text}\n\n{await _lines(context, person.user_id, language)}"
        )
        return
    if len(groups) == 1:
        await _ask(update, context, person.user_id, groups[0])
        return
    rows = [[(group.title, WorriedGroup(group.chat_id).pack())] for group in groups]
    await reply(update, context, "worried-pick", keyboard(rows))


async def reply_html(update: Update, context: BotContext, text: str) -> None:
    """Send a ready HTML text in the update's chat."""
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(chat.id, text)


async def _ask(update: Update, context: BotContext, user_id: int, group: Group) -> None:
    """Open the question: forward one of their messages, or write a few words."""
    await start_conversation(context, user_id, QUESTION, {"chat_id": group.chat_id}, ASK_LIFETIME)
    await reply(update, context, "worried-ask", group=group.title)


async def group_button(update: Update, context: BotContext) -> None:
    """pr:<chat id>: the group chosen for a worry (only one of the presser's own groups)."""
    query = update.callback_query
    person = sender(update)
    pressed = WorriedGroup.parse(query.data if query else None)
    if query is None or person is None:
        return
    groups = {group.chat_id: group for group in await _groups_of(context, person.user_id)}
    if pressed is None or pressed.chat_id not in groups:
        await toast(update, context, "button-expired")
        return
    await acknowledge(query)
    await _ask(update, context, person.user_id, groups[pressed.chat_id])


async def worried_answer(update: Update, context: BotContext, text: str) -> bool:
    """The answer to /worried: a forwarded message of theirs, or the member's own words."""
    person = sender(update)
    message = update.effective_message
    questions = context.services.questions
    question = await questions.waiting(person.user_id, QUESTION) if person else None
    chat_id = question.data.get("chat_id") if question is not None else None
    if person is None or message is None or not isinstance(chat_id, int) or text.startswith("/"):
        return False
    groups = {group.chat_id: group for group in await _groups_of(context, person.user_id)}
    await questions.close(person.user_id, QUESTION)
    language = await language_of(update, context)
    group = groups.get(chat_id)
    if group is None:  # left the group meanwhile
        await reply(update, context, "button-expired")
        return True
    origin = message.forward_origin
    subject = None
    if isinstance(origin, MessageOriginUser):
        who = person_of(origin.sender_user)
        subject = Subject(who.user_id, who.first_name, who.username) if who else None
    forwarded = origin is not None
    filed = await reports_of(context).report(
        reporter_id=person.user_id,
        group_id=group.chat_id,
        group_title=group.title,
        subject=subject if subject is None or subject.user_id != person.user_id else None,
        message_id=None,
        text=text if forwarded else "",
        reason="" if forwarded else text,
        source=Source.WORRIED,
    )
    log.info("worry about someone in %d: %s", group.chat_id, filed.outcome.value)
    await _answer_filed(context, person.user_id, language, filed, "worried-sent", group.title)
    return True


def _mentioned(message: Message) -> list[int]:
    """The people a group message replies to or names by a mention that carries its user."""
    found = []
    subject = _subject(message.reply_to_message)
    replied = message.reply_to_message
    if subject is not None and replied is not None and replied.forum_topic_created is None:
        found.append(subject.user_id)
    for entity in message.entities or ():
        if entity.type == MessageEntityType.TEXT_MENTION and entity.user is not None:
            found.append(entity.user.id)
    return list(dict.fromkeys(found))


async def hostile_reply(update: Update, context: BotContext) -> None:
    """A hostile phrase aimed at someone: a HIGH alert when they have an open crisis flag."""
    message = update.message
    person = sender(update)
    chat = update.effective_chat
    if message is None or person is None or chat is None or not message.text:
        return
    writer = Subject(person.user_id, person.first_name, person.username)
    service = reports_of(context)
    for target in _mentioned(message):
        flag_id = await service.hostile_reply(
            writer=writer,
            target_id=target,
            group_id=chat.id,
            group_title=chat.title or "",
            message_id=message.message_id,
            text=message.text,
        )
        if flag_id is not None:
            log.info("hostile reply in %d: flag %d", chat.id, flag_id)
            return


class _Hostile(filters.MessageFilter):
    """Group text holding a hostile phrase and aimed at someone (a reply or a mention)."""

    def __init__(self, words: HostileWords) -> None:
        """Match against these phrases."""
        super().__init__(name="hostile")
        self.words = words

    def filter(self, message: Message) -> bool:
        """Tell whether the message is aimed at someone and holds a hostile phrase."""
        aimed = message.reply_to_message is not None or any(
            entity.type == MessageEntity.TEXT_MENTION for entity in message.entities or ()
        )
        return aimed and bool(message.text) and self.words.matches(message.text or "")


def register(app: BotApplication) -> None:
    """Add /report (groups and private), /worried, its group buttons and the typed worry."""
    app.add_handler(CommandHandler("report", group_report, filters=filters.ChatType.GROUPS))
    app.add_handler(CommandHandler("report", private_report, filters=filters.ChatType.PRIVATE))
    app.add_handler(CommandHandler("worried", worried_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(group_button, pattern=prefix_matcher(WorriedGroup)))
    add_answer(app, QUESTION, worried_answer)


def watch_hostile_replies(app: BotApplication, services: Services) -> None:
    """Watch group replies for hostile phrases (read once from content/ at start)."""
    words = hostile_words(services.settings.content_dir)
    watched = filters.ChatType.GROUPS & filters.UpdateType.MESSAGE & ~filters.COMMAND
    watched = watched & _Hostile(words)
    app.add_handler(MessageHandler(watched, hostile_reply))
