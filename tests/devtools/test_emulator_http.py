"""The HTTP emulator driven by a real PTB `Bot`, exactly as the bot process would use it."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Conflict, InvalidToken
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from bot.devtools.emulator import Emulator
from bot.devtools.emulator.images import make_png
from bot.devtools.emulator.models import Outcome

TOKEN = "123456:EMULATOR-TEST"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """A running emulator; stopped (thread joined) after the test."""
    with Emulator(TOKEN) as emulator:
        yield emulator
    assert not any(t.name == "telegram-emulator" for t in threading.enumerate())


def make_bot(emu: Emulator, token: str = TOKEN, read_timeout: float = 5.0) -> Bot:
    """A PTB Bot pointed at the emulator."""
    request = HTTPXRequest(read_timeout=read_timeout, connection_pool_size=4)
    return Bot(
        token,
        base_url=emu.base_url,
        base_file_url=emu.base_file_url,
        request=request,
        get_updates_request=HTTPXRequest(read_timeout=read_timeout),
    )


@pytest.fixture
async def bot(emu: Emulator) -> AsyncIterator[Bot]:
    """An initialised PTB Bot talking to `emu` over HTTP."""
    async with make_bot(emu) as client:
        yield client


async def test_get_me(bot: Bot, emu: Emulator) -> None:
    """getMe returns the bot user with the bot-only flags; the call is recorded."""
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username, me.can_join_groups) == (
        123456,
        True,
        "peer_test_bot",
        True,
    )
    assert emu.wait_for_call("getMe", timeout=1).status == 200


async def test_send_edit_delete(bot: Bot, emu: Emulator) -> None:
    """Messages are stored with raw HTML, plain text, markup and edit history; delete marks them."""
    user = emu.add_user("Ann")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])
    sent = await bot.send_message(
        user.id, "<b>Hi</b> &lt;3", parse_mode="HTML", reply_markup=markup
    )
    assert sent.text == "Hi <3"
    assert sent.text_html == "<b>Hi</b> &lt;3"
    stored = emu.wait_for_messages(user.id, timeout=1)[0]
    assert (stored.text, stored.plain_text, stored.button_texts()) == (
        "<b>Hi</b> &lt;3",
        "Hi <3",
        ["Yes"],
    )
    edited = await bot.edit_message_text("<i>Bye</i>", user.id, sent.message_id, parse_mode="HTML")
    assert not isinstance(edited, bool)
    assert edited.edit_date is not None
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("<i>Bye</i>", user.id, sent.message_id, parse_mode="HTML")
    await bot.edit_message_reply_markup(user.id, sent.message_id, reply_markup=markup)
    current = emu.message(user.id, sent.message_id)
    assert (current.plain_text, len(current.edits), current.button_texts()) == ("Bye", 2, ["Yes"])
    assert await bot.delete_message(user.id, sent.message_id)
    assert emu.bot_messages(user.id) == []


async def test_html_and_validation_errors_are_bad_requests(bot: Bot, emu: Emulator) -> None:
    """Escaping bugs, unknown chats and long texts surface as PTB BadRequest."""
    user = emu.add_user("Ann")
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.send_message(user.id, "1 < 2 & 3", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999, "hi")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(user.id, "x" * 4097)
    assert emu.bot_messages(user.id) == []


async def test_documents_and_photos_round_trip(bot: Bot, emu: Emulator) -> None:
    """A sent document's bytes come back through getFile + the file download route."""
    user = emu.add_user("Ann")
    sent = await bot.send_document(
        user.id, b"report,1\n", filename="report.csv", caption="<b>r</b>", parse_mode="HTML"
    )
    assert sent.document is not None
    assert sent.document.file_name == "report.csv"
    assert sent.caption == "r"
    downloaded = await (await bot.get_file(sent.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == b"report,1\n"
    stored = emu.bot_messages(user.id)[0]
    assert stored.file is not None
    assert (stored.file.data, stored.kind) == (
        b"report,1\n",
        "document",
    )
    photo = await bot.send_photo(user.id, make_png(40, 30))
    again = await bot.send_photo(user.id, photo.photo[-1].file_id)
    assert again.photo[-1].file_id == photo.photo[-1].file_id
    user_photo = emu.inject_photo(user.id, b"selfie")
    file = await bot.get_file(user_photo["photo"][0]["file_id"])
    assert bytes(await file.download_as_bytearray()) == b"selfie"


async def test_long_poll_returns_promptly_and_offset_confirms(bot: Bot, emu: Emulator) -> None:
    """A waiting getUpdates returns as soon as an update is injected; offset confirms it."""
    user = emu.add_user("Ann")
    assert await bot.get_updates(timeout=0) == ()
    asyncio.get_running_loop().call_later(0.1, emu.inject_message, user.id, "/start")
    started = time.monotonic()
    updates = await bot.get_updates(timeout=5)
    assert time.monotonic() - started < 2
    assert updates[0].message is not None
    assert updates[0].message.text == "/start"
    assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=0) == ()
    emu.wait_for_updates_consumed(timeout=1)


async def test_an_idle_long_poll_sleeps_until_a_change(
    bot: Bot, emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long poll with nothing to deliver waits for a change: the core is asked for updates
    once or twice, not in a loop (its own "a poll is waiting" note used to wake it at once, so
    every idle bot cost the emulator half a core)."""
    asked: list[str] = []
    real_call = emu.call_ex

    def counting_call(method: str, *args: Any, **kwargs: Any) -> Outcome:
        """Count the core's getUpdates evaluations, then answer as before."""
        if method == "getUpdates":
            asked.append(method)
        return real_call(method, *args, **kwargs)

    monkeypatch.setattr(emu, "call_ex", counting_call)
    assert await bot.get_updates(timeout=1) == ()
    assert 1 <= len(asked) <= 3, f"the idle poll asked the core {len(asked)} times"


async def test_second_poller_gets_conflict(bot: Bot, emu: Emulator) -> None:
    """An older overlapping getUpdates is terminated with 409 Conflict."""
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.to_thread(emu.wait_until, lambda core: core.waiting_polls == 1, 2)
    async with make_bot(emu) as second:
        assert await second.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_get_updates_with_webhook_conflicts(bot: Bot, emu: Emulator) -> None:
    """getUpdates while a webhook is set is a 409; deleteWebhook(drop_pending) clears the queue."""
    user = emu.add_user("Ann")
    await bot.set_webhook("http://127.0.0.1:9/hook")
    with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
        await bot.get_updates()
    emu.inject_message(user.id, "queued")
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates(timeout=0) == ()
    with pytest.raises(BadRequest, match=r"(?i)bad webhook"):
        await bot.set_webhook("https://example.com/hook")


async def test_wrong_and_revoked_token(emu: Emulator) -> None:
    """A wrong token and a revoked token are 401 (PTB InvalidToken)."""
    with pytest.raises(InvalidToken):
        async with make_bot(emu, token="123456:WRONG"):  # initialize() calls getMe
            pass
    emu.revoke_token()
    with pytest.raises(InvalidToken):
        async with make_bot(emu):
            pass
    assert [call.status for call in emu.get_calls("getMe")] == [401, 401]


async def test_raw_http_get_json_and_unknown_method(emu: Emulator) -> None:
    """GET query args and JSON bodies work; unknown methods are 404 Not Found."""
    user = emu.add_user("Ann")
    async with httpx.AsyncClient(base_url=f"{emu.url}/bot{TOKEN}") as client:
        got = await client.get("/sendMessage", params={"chat_id": user.id, "text": "via GET"})
        posted = await client.post("/sendMessage", json={"chat_id": user.id, "text": "via JSON"})
        missing = await client.post("/noSuchMethod", json={})
    assert got.json()["result"]["text"] == "via GET"
    assert posted.json()["ok"] is True
    assert missing.status_code == 404
    assert missing.json() == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_control_side_drives_the_emulator(bot: Bot, emu: Emulator) -> None:
    """/_control/ creates users, injects messages, presses buttons and lists messages/calls."""
    async with httpx.AsyncClient(base_url=f"{emu.url}/_control") as client:
        user = (await client.post("/users", json={"first_name": "Shell"})).json()
        await client.post("/message", json={"user_id": user["id"], "text": "hello"})
        updates = await bot.get_updates(timeout=1)
        assert updates[0].message is not None
        assert updates[0].message.text == "hello"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
        waiting = client.get("/messages", params={"chat_id": user["id"], "wait": 5})
        sender = bot.send_message(user["id"], "menu", reply_markup=markup)
        listed, _ = await asyncio.gather(waiting, sender)
        assert [m["plain_text"] for m in listed.json()] == ["menu"]
        pressed = await client.post("/press", json={"chat_id": user["id"], "text": "Go"})
        assert pressed.json()["data"] == "go"
        calls = (await client.get("/calls")).json()
        assert "sendMessage" in [c["method"] for c in calls]


async def test_stop_answers_pending_long_poll(emu: Emulator) -> None:
    """Stopping the emulator answers a pending long poll at once and joins its thread."""
    async with make_bot(emu, read_timeout=10) as client:
        poll = asyncio.create_task(client.get_updates(timeout=30))
        await asyncio.to_thread(emu.wait_until, lambda core: core.waiting_polls == 1, 2)
        started = time.monotonic()
        await asyncio.to_thread(emu.stop)
        assert await poll == ()
        assert time.monotonic() - started < 3


async def test_application_polling_end_to_end(emu: Emulator) -> None:
    """A PTB Application polling the emulator answers a /start and a button press."""
    user = emu.add_user("Ann")
    replies: list[str] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Send a document with a button."""
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
        assert update.effective_chat is not None
        await context.bot.send_document(
            update.effective_chat.id, b"doc", filename="a.txt", reply_markup=markup
        )

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Record and answer the button press."""
        assert update.callback_query is not None
        replies.append(str(update.callback_query.data))
        await update.callback_query.answer("ok")

    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(emu.base_url)
        .base_file_url(emu.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        emu.inject_message(user.id, "/start")
        [menu] = await asyncio.to_thread(emu.wait_for_messages, user.id, 1, 5.0)
        assert (menu.kind, menu.button_texts()) == ("document", ["Go"])
        query = emu.press_button(user.id, text="Go")
        await asyncio.to_thread(emu.wait_for_call, "answerCallbackQuery", None, 5.0)
        await app.updater.stop()
        await app.stop()
    assert replies == ["go"]
    assert emu.callback_answer(query["id"]) == {"callback_query_id": query["id"], "text": "ok"}


async def test_malformed_keyboard_over_http_is_400_not_500(emu: Emulator) -> None:
    """A keyboard that is not a list of lists of objects gets a JSON 400 over HTTP."""
    user = emu.add_user("Ann")
    async with httpx.AsyncClient(base_url=f"{emu.url}/bot{TOKEN}") as client:
        fields = {"chat_id": str(user.id), "text": "hi"}
        form = await client.post(
            "/sendMessage", data={**fields, "reply_markup": '{"inline_keyboard": [1]}'}
        )
        body = await client.post(
            "/sendMessage",
            json={"chat_id": user.id, "text": "hi", "reply_markup": {"inline_keyboard": [["x"]]}},
        )
    assert (form.status_code, body.status_code) == (400, 400)
    assert "Array of Arrays" in form.json()["description"]
    assert "InlineKeyboardButton must be an Object" in body.json()["description"]
