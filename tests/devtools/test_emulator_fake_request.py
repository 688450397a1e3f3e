"""In-process handler tests: a real PTB Application served by EmulatorRequest (no sockets)."""

from __future__ import annotations

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import RetryAfter, TimedOut
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.devtools.emulator import EmulatorCore, EmulatorRequest

TOKEN = "999:INPROC"

pytestmark = pytest.mark.filterwarnings(
    "ignore::telegram.warnings.PTBDeprecationWarning"  # RetryAfter builds its message with it
)


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply to /start with an HTML greeting and a button."""
    assert update.effective_chat is not None
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Join", callback_data="join")]])
    await context.bot.send_message(
        update.effective_chat.id, "<b>Welcome</b>", parse_mode="HTML", reply_markup=markup
    )


async def _join(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the button press and edit the message."""
    query = update.callback_query
    assert query is not None
    await query.answer("Joined")
    await query.edit_message_text("You joined.")


async def test_application_handlers_against_core() -> None:
    """A real Application processes injected updates; replies land in the core's store."""
    core = EmulatorCore(TOKEN)
    user = core.add_user("Ann")
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .request(EmulatorRequest(core))
        .get_updates_request(EmulatorRequest(core))
        .build()
    )
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(CallbackQueryHandler(_join, pattern="^join$"))
    async with app:
        update = core.inject_message(user.id, "/start")
        await app.process_update(Update.de_json({"update_id": 1, "message": update}, app.bot))
        [greeting] = core.bot_messages(user.id)
        assert (greeting.plain_text, greeting.button_texts()) == ("Welcome", ["Join"])
        query = core.press_button(user.id, text="Join")
        await app.process_update(Update.de_json({"update_id": 2, "callback_query": query}, app.bot))
    assert core.callback_answer(query["id"]) == {"callback_query_id": query["id"], "text": "Joined"}
    edited = core.message(user.id, greeting.message_id)
    assert (edited.plain_text, edited.reply_markup, len(edited.edits)) == ("You joined.", None, 1)


async def test_fake_transport_faults_and_get_updates() -> None:
    """getUpdates returns immediately through the fake transport; faults raise PTB errors."""
    core = EmulatorCore(TOKEN)
    user = core.add_user("Ann")
    request = EmulatorRequest(core)
    app = ApplicationBuilder().token(TOKEN).request(request).get_updates_request(request).build()
    async with app:
        assert await app.bot.get_updates(timeout=30) == ()
        core.inject_message(user.id, "hi")
        [update] = await app.bot.get_updates()
        assert update.message is not None
        assert update.message.text == "hi"
        core.fail_next(1, "429", retry_after=2)
        with pytest.raises(RetryAfter, match="Retry in 2 seconds"):
            await app.bot.send_message(user.id, "x")
        core.fail_next(1, "timeout")
        with pytest.raises(TimedOut):
            await app.bot.send_message(user.id, "y")
    assert core.bot_messages(user.id) == []
