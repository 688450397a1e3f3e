"""setMyCommands / getMyCommands / deleteMyCommands refuse what Telegram refuses."""

from __future__ import annotations

from typing import Any

import pytest

from bot.devtools.emulator import EmulatorCore

COMMANDS = [{"command": "start", "description": "Start"}]


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh core with bot token 42:T."""
    return EmulatorCore("42:T")


def _description(core: EmulatorCore, method: str, **params: Any) -> tuple[int, str]:
    """Call `method` and return (status, description or "")."""
    status, body = core.call(method, params)
    return status, str(body.get("description", ""))


SCOPE_CASES: list[tuple[Any, str]] = [
    ({"type": "everyone"}, "can't parse BotCommandScope: Unsupported type specified"),
    ({}, "can't parse BotCommandScope: Can't find field \"type\""),
    (["chat"], "can't parse BotCommandScope: BotCommandScope must be an Object"),
    ("chat", "can't parse BotCommandScope JSON object"),
    ({"type": "chat"}, "can't parse BotCommandScope: Can't find field \"chat_id\""),
    ({"type": "chat", "chat_id": ""}, "can't parse BotCommandScope: Empty chat_id specified"),
    ({"type": "chat", "chat_id": 424242}, "chat not found"),
    (
        {"type": "chat_member", "chat_id": 424242, "user_id": 0},
        "can't parse BotCommandScope: Invalid user_id specified",
    ),
]


@pytest.mark.parametrize("method", ["setMyCommands", "getMyCommands", "deleteMyCommands"])
@pytest.mark.parametrize(("scope", "detail"), SCOPE_CASES)
def test_bad_scopes_are_refused(core: EmulatorCore, method: str, scope: Any, detail: str) -> None:
    """Unknown scope types, malformed scopes and unknown chats give Telegram's 400."""
    params: dict[str, Any] = {"scope": scope}
    if method == "setMyCommands":
        params["commands"] = COMMANDS
    assert _description(core, method, **params) == (400, f"Bad Request: {detail}")


@pytest.mark.parametrize("code", ["english", "EN", "e", "en-US", "12"])
@pytest.mark.parametrize("method", ["setMyCommands", "getMyCommands", "deleteMyCommands"])
def test_language_code_must_be_two_letters(core: EmulatorCore, method: str, code: str) -> None:
    """language_code is empty or two lower-case ISO 639-1 letters."""
    params: dict[str, Any] = {"language_code": code}
    if method == "setMyCommands":
        params["commands"] = COMMANDS
    assert _description(core, method, **params) == (
        400,
        "Bad Request: invalid language code specified",
    )


def test_chat_scopes_need_a_chat_the_bot_can_use(core: EmulatorCore) -> None:
    """Chat scopes work for known chats; admin scopes are refused in private chats."""
    user = core.add_user("Ann")
    group = core.add_group("G", members={user.id: "member"})
    gone = core.add_group("Gone", bot_is_member=False)
    channel = core.add_channel()
    chat_scope = {"type": "chat", "chat_id": user.id}
    assert core.call("setMyCommands", {"commands": COMMANDS, "scope": chat_scope})[0] == 200
    assert core.my_commands(scope=chat_scope) == COMMANDS
    member_scope = {"type": "chat_member", "chat_id": group.id, "user_id": user.id}
    assert core.call("setMyCommands", {"commands": COMMANDS, "scope": member_scope})[0] == 200
    admins = {"type": "chat_administrators", "chat_id": user.id}
    assert _description(core, "getMyCommands", scope=admins) == (
        400,
        "Bad Request: can't use specified scope in private chats",
    )
    assert _description(core, "getMyCommands", scope={"type": "chat", "chat_id": channel.id}) == (
        400,
        "Bad Request: can't change commands in channel chats",
    )
    status, _ = _description(core, "getMyCommands", scope={"type": "chat", "chat_id": gone.id})
    assert status == 403


@pytest.mark.parametrize(
    ("command", "detail"),
    [
        ({"command": "start", "description": "  "}, "command description must be non-empty"),
        ({"command": "x" * 33, "description": "d"}, "command length must not exceed 32"),
        (
            {"command": "start", "description": "d" * 257},
            "command description length must not exceed 256",
        ),
        ({"command": "Bad Command", "description": "d"}, "BOT_COMMAND_INVALID"),
    ],
)
def test_bad_commands_are_refused(core: EmulatorCore, command: Any, detail: str) -> None:
    """Empty or long descriptions, long names and bad characters give Telegram's 400."""
    assert _description(core, "setMyCommands", commands=[command]) == (
        400,
        f"Bad Request: {detail}",
    )


def test_leading_slash_and_spaces_are_trimmed(core: EmulatorCore) -> None:
    """Telegram trims the command and description and drops a leading slash."""
    commands = [{"command": " /help ", "description": " Help "}]
    assert core.call("setMyCommands", {"commands": commands, "language_code": "pt"})[0] == 200
    assert core.my_commands(language_code="pt") == [{"command": "help", "description": "Help"}]
