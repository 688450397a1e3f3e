"""Command menus at start: a staff member who never opened the bot does not stop the rest."""

from __future__ import annotations

from tests.handlers.conftest import ADMIN_ID, HandlerHarness


async def test_unreachable_admin_gets_no_menu_and_start_goes_on(harness: HandlerHarness) -> None:
    """Telegram answers "chat not found" for the admin's chat scope; the bot carries on."""
    personal = [
        call
        for call in harness.core.get_calls("setMyCommands")
        if call.params.get("scope", {}).get("chat_id") == ADMIN_ID
    ]
    assert [(call.status, call.error) for call in personal] == [
        (400, "Bad Request: chat not found")
    ]
    members = [
        call
        for call in harness.core.get_calls("setMyCommands")
        if call.params.get("scope", {}).get("type") == "all_private_chats"
    ]
    assert members
    assert all(call.status == 200 for call in members)
    harness.core.add_user("Ann", 4_400_000_777)
    assert "Hi Ann!" in await harness.ask(4_400_000_777, "/start")


async def test_group_chats_get_a_menu_of_what_answers_there(harness: HandlerHarness) -> None:
    """Typing "/" in a group offers the commands answered in the group (/next, /meetings,
    /rules), in each language, and nothing personal or for staff."""
    groups = [
        call
        for call in harness.core.get_calls("setMyCommands")
        if call.params.get("scope", {}).get("type") == "all_group_chats"
    ]
    assert {call.params.get("language_code") for call in groups} >= {None, "en", "es", "de"}
    for call in groups:
        names = [command["command"] for command in call.params["commands"]]
        assert names == ["next", "meetings", "rules"], names
        assert call.status == 200
    spanish = next(call for call in groups if call.params.get("language_code") == "es")
    assert "reunión" in spanish.params["commands"][0]["description"]
