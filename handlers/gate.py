"""Runs before every feature: drops what does not come from a person, and channel posts.

The gate itself reads and writes nothing for an ordinary update, so the crisis check comes
first. After it, `after_crisis_check` marks a private writer reachable again (the alerts they
missed go before the answer to what they wrote) and stops edits; the crisis check calls
`reached_again` itself for a message it stops.
"""

from __future__ import annotations

import asyncio
import contextlib

from telegram import CallbackQuery, ChatMember, Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.context import BotApplication, BotContext
from bot.domain.callback import callback_parts
from handlers.common import acknowledge, is_private, language_of, reply, sender
from handlers.stages import Stage

# Seconds the answer to a person waits for the alerts they missed to be sent first.
MISSED_ALERTS_WAIT = 5.0


async def gate(update: Update, context: BotContext) -> None:
    """Stop updates no feature should act on; tell stand-in accounts to use their own."""
    if update.channel_post or update.edited_channel_post:
        raise ApplicationHandlerStop
    if update.edited_message is not None and sender(update) is None:
        raise ApplicationHandlerStop
    message = update.message
    if message is not None and sender(update) is None:
        is_command = bool(message.text and message.text.startswith("/"))
        from_stand_in = message.sender_chat is not None or (
            message.from_user is not None and not message.from_user.is_bot
        )
        if is_command and from_stand_in and not is_private(update):
            await reply(update, context, "not-a-person")
        raise ApplicationHandlerStop
    query = update.callback_query
    if query is not None and await _refused_press(update, context, query):
        raise ApplicationHandlerStop
    change = update.my_chat_member
    person = sender(update)
    blocked = change is not None and change.new_chat_member.status == ChatMember.BANNED
    if blocked and person is not None and is_private(update):
        # They blocked the bot: alerts and replies skip them until they come back.
        await context.services.members.mark_unreachable(person.user_id)
        raise ApplicationHandlerStop


async def reached_again(update: Update, context: BotContext) -> None:
    """A private writer no longer blocks the bot: mark them reachable, and send the open
    alerts they missed before the answer to what they wrote (after the crisis check)."""
    person = sender(update)
    if person is None or not is_private(update):
        return
    # Writing to the bot (or unblocking it) means they no longer block it.
    await context.services.members.mark_reachable(person.user_id)
    await _alerts_first(context, person.user_id)


async def _refused_press(update: Update, context: BotContext, query: CallbackQuery) -> bool:
    """Answer a press no feature may act on (a stand-in account's, forged data); True if so.

    Answered, so that the person's spinner stops; never passed on.
    """
    if sender(update) is None:
        message_id = "not-a-person"
    elif callback_parts(query.data) is None:
        message_id = "button-expired"
    else:
        return False
    language = await language_of(update, context)
    await acknowledge(query, context.services.texts.get(language, message_id))
    return True


async def _alerts_first(context: BotContext, user_id: int) -> None:
    """Someone who could not be reached writes: the open alerts they missed come first, before
    the answer to what they wrote (waited for, within a bound)."""
    escalator = context.services.escalator
    keys = await escalator.reach_again(user_id)
    if keys and context.services.outbox_link.running:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(MISSED_ALERTS_WAIT):
                await escalator.wait_sent(keys)


async def after_crisis_check(update: Update, context: BotContext) -> None:
    """Once the crisis check is done: a private writer is reachable again; edits stop here
    (no feature answers an edit)."""
    await reached_again(update, context)
    if update.edited_message is not None:
        raise ApplicationHandlerStop


def register(app: BotApplication) -> None:
    """Install the gate ahead of every feature, and what follows the crisis check."""
    app.add_handler(TypeHandler(Update, gate), group=Stage.GATE)
    app.add_handler(TypeHandler(Update, after_crisis_check), group=Stage.EDITS)
