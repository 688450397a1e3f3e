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
