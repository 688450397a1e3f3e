"""Core state tests: update queue semantics, validation, injections, waiting, faults."""

from __future__ import annotations

import threading

import pytest

from bot.devtools.emulator import EmulatorCore, EmulatorTimeout


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh core with bot token 42:T."""
    return EmulatorCore("42:T")


def _ids(core: EmulatorCore, **params: object) -> list[int]:
    """Return the update_ids getUpdates answers with these params."""
    status, body = core.call("getUpdates", params)
    assert status == 200
    return [u["update_id"] for u in body["result"]]


def test_offset_semantics(core: EmulatorCore) -> None:
    """offset confirms updates below it; limit caps; negative offset keeps the last N."""
    user = core.add_user("Ann")
    first = [core.inject_message(user.id, f"m{i}")["message_id"] for i in range(5)]
    assert len(first) == 5
    all_ids = _ids(core)
    assert len(all_ids) == 5
    assert _ids(core, limit=2) == all_ids[:2]
    assert _ids(core, offset=all_ids[2]) == all_ids[2:]
    assert _ids(core) == all_ids[2:]  # confirmed ones are gone for good
    assert _ids(core, offset=-1) == all_ids[-1:]
    assert _ids(core, offset=0) == all_ids[-1:]  # negative offset forgot the earlier ones
    assert _ids(core, offset=all_ids[-1] + 1) == []
    core.wait_for_updates_consumed(timeout=0.1)


def test_allowed_updates_filter_persists(core: EmulatorCore) -> None:
    """chat_member is excluded by default; allowed_updates filters and is remembered."""
    user = core.add_user("Ann")
    group = core.add_group("G", members={user.id: "member"}, bot_is_admin=True)
    core.inject_chat_member(group.id, user.id, "left")
    core.inject_message(user.id, "hi")
    body = core.call("getUpdates", {})[1]
    assert [next(k for k in u if k != "update_id") for u in body["result"]] == ["message"]
    core.inject_chat_member(group.id, user.id, "member")
    core.inject_message(user.id, "again")
    body = core.call("getUpdates", {"allowed_updates": '["chat_member"]'})[1]
    assert [next(k for k in u if k != "update_id") for u in body["result"]] == ["chat_member"]


def test_send_validation_errors(core: EmulatorCore) -> None:
    """Empty/too long text, unknown chat, long captions and long callback_data are 400s."""
    user = core.add_user("Ann")
    cases = [
        ({"chat_id": user.id, "text": ""}, "Bad Request: message text is empty"),
        ({"chat_id": user.id, "text": "x" * 4097}, "Bad Request: message is too long"),
        ({"chat_id": 999, "text": "x"}, "Bad Request: chat not found"),
        (
            {
                "chat_id": user.id,
                "text": "x",
                "reply_markup": {"inline_keyboard": [[{"text": "b", "callback_data": "d" * 65}]]},
            },
            "Bad Request: BUTTON_DATA_INVALID",
        ),
    ]
    for params, description in cases:
        assert core.call("sendMessage", params) == (
            400,
            {"ok": False, "error_code": 400, "description": description},
        )
    tags = "<b>" + "x" * 4096 + "</b>"
    assert (
        core.call("sendMessage", {"chat_id": user.id, "text": tags, "parse_mode": "HTML"})[0] == 200
    )
    params = {"chat_id": user.id, "caption": "c" * 1025}
    status, body = core.call("sendDocument", params, {"document": ("a.txt", b"x")})
    assert (status, body["description"]) == (400, "Bad Request: message caption is too long")


def test_form_encoded_params_are_decoded(core: EmulatorCore) -> None:
    """Form strings (ids, JSON reply_markup) are decoded like the real API does."""
    user = core.add_user("Ann")
    markup = '{"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}'
    status, body = core.call(
        "sendMessage", {"chat_id": str(user.id), "text": "hi", "reply_markup": markup}
    )
    assert status == 200
    assert body["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "go"
    assert core.bot_messages(user.id)[0].button_texts() == ["Go"]


def test_edit_not_modified_and_history(core: EmulatorCore) -> None:
    """Edits keep history; identical text+markup gives 'message is not modified'."""
    user = core.add_user("Ann")
    sent = core.call(
        "sendMessage", {"chat_id": user.id, "text": "<b>v1</b>", "parse_mode": "HTML"}
    )[1]
    params = {
        "chat_id": user.id,
        "message_id": sent["result"]["message_id"],
        "text": "<b>v1</b>",
        "parse_mode": "HTML",
    }
    status, body = core.call("editMessageText", params)
    assert status == 400
    assert body["description"].startswith("Bad Request: message is not modified: ")
    assert core.call("editMessageText", {**params, "text": "v2", "parse_mode": None})[0] == 200
    stored = core.bot_messages(user.id)[0]
    assert (stored.plain_text, stored.edits[0]["raw_text"]) == ("v2", "<b>v1</b>")


def test_delete_and_unknown_method_and_revoked_token(core: EmulatorCore) -> None:
    """deleteMessage marks deleted; unknown method is 404; revoke_token makes calls 401."""
    user = core.add_user("Ann")
    message_id = core.call("sendMessage", {"chat_id": user.id, "text": "x"})[1]["result"][
        "message_id"
    ]
    assert core.call("deleteMessage", {"chat_id": user.id, "message_id": message_id})[0] == 200
    assert core.bot_messages(user.id) == []
    assert core.bot_messages(user.id, include_deleted=True)[0].deleted
    assert core.call("deleteMessage", {"chat_id": user.id, "message_id": message_id})[0] == 400
    assert core.call("fooBar", {})[0] == 404
    assert core.call("getMe", {}, token="42:WRONG")[0] == 401
    core.revoke_token()
    assert core.call("getMe", {}) == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )


def test_commands_are_keyed_by_scope_and_language(core: EmulatorCore) -> None:
    """setMyCommands/getMyCommands/deleteMyCommands work per scope and language_code."""
    commands = [{"command": "start", "description": "Start"}]
    core.call("setMyCommands", {"commands": commands, "language_code": "de"})
    assert core.call("getMyCommands", {"language_code": "de"})[1]["result"] == commands
    assert core.call("getMyCommands", {})[1]["result"] == []
    assert core.my_commands(language_code="de") == commands
    core.call("deleteMyCommands", {"language_code": "de"})
    assert core.call("getMyCommands", {"language_code": "de"})[1]["result"] == []
    bad = [{"command": "Bad Command", "description": "x"}]
    assert (
        core.call("setMyCommands", {"commands": bad})[1]["description"]
        == "Bad Request: BOT_COMMAND_INVALID"
    )


def test_injected_update_shapes(core: EmulatorCore) -> None:
    """Commands get bot_command entities; edits, forwards, media, sender_chat, posts shaped."""
    user = core.add_user("Ann")
    group = core.add_group("G", supergroup=True)
    channel = core.add_channel("News")
    msg = core.inject_message(user.id, "/help@peer_test_bot now", group.id)
    assert msg["entities"] == [{"type": "bot_command", "offset": 0, "length": 19}]
    core.inject_edit(group.id, msg["message_id"], "edited")
    core.inject_forward(user.id, "fw", origin_user_id=user.id)
    photo = core.inject_photo(user.id, b"img", caption="cap")
    core.inject_sticker(user.id)
    core.inject_voice(user.id)
    core.inject_sender_chat_message(group.id, "anon")
    core.inject_channel_post(channel.id, "post")
    other_bot = core.add_user("Helper", username="helper_bot", is_bot=True)
    core.inject_message(other_bot.id, "beep", group.id)
    weird = core.inject_update({"something_new": {"x": 1}})
    updates = core.call("getUpdates", {})[1]["result"]
    kinds = [next(k for k in u if k != "update_id") for u in updates]
    expected = ["message", "edited_message", *["message"] * 5, "channel_post", "message"]
    assert kinds == [*expected, "something_new"]
    assert updates[-2]["message"]["from"]["is_bot"] is True
    assert updates[-1] == weird
    assert updates[-1]["update_id"] == updates[-2]["update_id"] + 1
    assert updates[2]["message"]["forward_origin"]["type"] == "user"
    assert "sticker" in updates[4]["message"]
    assert "voice" in updates[5]["message"]
    assert updates[6]["message"]["sender_chat"]["id"] == group.id
    file_id = photo["photo"][0]["file_id"]
    path = core.call("getFile", {"file_id": file_id})[1]["result"]["file_path"]
    assert core.file_bytes(path) == b"img"


def test_membership_updates_and_chat_member_queries(core: EmulatorCore) -> None:
    """Adding/removing the bot yields my_chat_member; getChatMember reflects statuses."""
    owner = core.add_user("Owner")
    group = core.add_group("G", bot_is_member=False, members={owner.id: "creator"})
    added = core.add_bot_to_group(group.id, owner.id, as_admin=True)
    change = added["my_chat_member"]
    assert (change["old_chat_member"]["status"], change["new_chat_member"]["status"]) == (
        "left",
        "administrator",
    )
    member = core.call("getChatMember", {"chat_id": group.id, "user_id": owner.id})[1]["result"]
    assert member["status"] == "creator"
    admins = core.call("getChatAdministrators", {"chat_id": group.id})[1]["result"]
    assert {a["status"] for a in admins} == {"creator", "administrator"}
    removed = core.remove_bot_from_group(group.id, owner.id)
    assert removed["my_chat_member"]["new_chat_member"] == {
        **removed["my_chat_member"]["new_chat_member"],
        "status": "kicked",
        "until_date": 0,
    }
    status, body = core.call("sendMessage", {"chat_id": group.id, "text": "x"})
    assert (status, body["description"]) == (403, "Forbidden: bot was kicked from the group chat")


def test_press_button_and_answer_once(core: EmulatorCore) -> None:
    """press_button finds a button by text; the query can be answered exactly once."""
    user = core.add_user("Ann")
    markup = {"inline_keyboard": [[{"text": "Yes please", "callback_data": "yes"}]]}
    core.call("sendMessage", {"chat_id": user.id, "text": "ok?", "reply_markup": markup})
    query = core.press_button(user.id, text="Yes")
    assert query["data"] == "yes"
    assert (
        core.call("answerCallbackQuery", {"callback_query_id": query["id"], "text": "done"})[0]
        == 200
    )
    assert core.callback_answer(query["id"]) == {"callback_query_id": query["id"], "text": "done"}
    assert core.call("answerCallbackQuery", {"callback_query_id": query["id"]})[0] == 400
    with pytest.raises(LookupError, match="Yes please"):
        core.press_button(user.id, callback_data="no")


def test_wait_for_messages_cursor_and_since(core: EmulatorCore) -> None:
    """wait_for_messages returns consecutive messages per cursor, honouring since=mark()."""
    user = core.add_user("Ann")
    core.call("sendMessage", {"chat_id": user.id, "text": "one"})
    assert [m.plain_text for m in core.wait_for_messages(user.id)] == ["one"]
    mark = core.mark()
    timer = threading.Timer(0.05, core.call, ("sendMessage", {"chat_id": user.id, "text": "two"}))
    timer.start()
    assert [m.plain_text for m in core.wait_for_messages(user.id, since=mark, timeout=5)] == ["two"]
    core.call("sendMessage", {"chat_id": user.id, "text": "three"})
    assert [m.plain_text for m in core.wait_for_messages(user.id, timeout=1)] == ["three"]
    call = core.wait_for_call("sendmessage", since=mark, timeout=1)
    assert call.params["text"] == "two"
    timer.join()


def test_wait_timeout_explains_what_was_seen(core: EmulatorCore) -> None:
    """EmulatorTimeout is an AssertionError that lists what was seen."""
    user = core.add_user("Ann")
    core.call("sendMessage", {"chat_id": user.id, "text": "only"})
    with pytest.raises(AssertionError, match="only") as caught:
        core.wait_for_messages(user.id, count=2, timeout=0.05)
    assert isinstance(caught.value, EmulatorTimeout)
    with pytest.raises(EmulatorTimeout, match="sendMessage"):
        core.wait_for_call("deleteMessage", timeout=0.05)
    core.inject_message(user.id, "pending")
    with pytest.raises(EmulatorTimeout, match="pending"):
        core.wait_for_updates_consumed(timeout=0.05)


def test_fault_rules_and_persistent_states(core: EmulatorCore) -> None:
    """Queued faults hit matching calls only and have no effect; block/migrate persist."""
    user = core.add_user("Ann")
    group = core.add_group("G")
    core.fail_next(2, "429", method="sendMessage", retry_after=7)
    for _ in range(2):
        status, body = core.call("sendMessage", {"chat_id": user.id, "text": "x"})
        assert (status, body["parameters"]) == (429, {"retry_after": 7})
    assert core.call("sendMessage", {"chat_id": user.id, "text": "x"})[0] == 200
    core.fail_next(1, "500", chat_id=group.id)
    assert core.call("sendMessage", {"chat_id": user.id, "text": "y"})[0] == 200
    assert core.call("sendMessage", {"chat_id": group.id, "text": "y"})[0] == 500
    assert len(core.bot_messages(user.id)) == 2
    assert core.bot_messages(group.id) == []
    core.block_bot(user.id)
    assert (
        core.call("sendMessage", {"chat_id": user.id, "text": "z"})[1]["description"]
        == "Forbidden: bot was blocked by the user"
    )
    new_id = core.migrate_group(group.id)
    status, body = core.call("sendMessage", {"chat_id": group.id, "text": "z"})
    assert (status, body["parameters"]) == (400, {"migrate_to_chat_id": new_id})
    assert core.call("sendMessage", {"chat_id": new_id, "text": "z"})[0] == 200
    with pytest.raises(ValueError, match="unknown fault kind"):
        core.fail_next(1, "418")  # type: ignore[arg-type]


def test_timeout_after_effect_stores_but_delays(core: EmulatorCore) -> None:
    """timeout_after_effect performs the call and reports a delay; timeout/reset do nothing."""
    user = core.add_user("Ann")
    core.fail_next(1, "timeout_after_effect", delay=2.0)
    outcome = core.call_ex("sendMessage", {"chat_id": user.id, "text": "stored"})
    assert (outcome.status, outcome.delay, outcome.reset) == (200, 2.0, False)
    core.fail_next(1, "timeout", delay=2.0)
    core.fail_next(1, "reset")
    assert core.call_ex("sendMessage", {"chat_id": user.id, "text": "lost"}).reset
    assert core.call_ex("sendMessage", {"chat_id": user.id, "text": "lost"}).reset
    assert [m.plain_text for m in core.bot_messages(user.id)] == ["stored"]
