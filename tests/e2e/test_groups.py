"""Groups end to end: added and removed, joining by deep link, admin-only commands."""

from __future__ import annotations

from collections.abc import Callable

from bot.devtools.emulator import Emulator
from tests.e2e.conftest import (
    button_url,
    db_snapshot,
    group_with_bot,
    invite_code,
    onboard,
    query_db,
)
from tests.e2e.harness import BotProcess, Person


def test_bot_added_and_removed(
    bot: BotProcess, emulator: Emulator, person: Callable[..., Person]
) -> None:
    """Adding the bot registers the group and posts a join button; removing it forgets the group."""
    organiser = person("Olga")
    group = emulator.add_group("Monday peers", supergroup=True)
    emulator.add_bot_to_group(group.id, organiser.id)
    [welcome] = emulator.wait_for_messages(group.id)
    assert "helper bot for this group" in (welcome.plain_text or "")
    url = button_url(welcome)
    assert url.startswith("https://t.me/peer_test_bot?start=")
    rows = query_db(
        bot.database,
        "SELECT title, added_by, invite_code FROM groups WHERE chat_id = ?",
        (group.id,),
    )
    assert rows == [("Monday peers", organiser.id, invite_code(welcome))]

    member = person("Mo")
    onboard(member)
    member.ask(f"/start {invite_code(welcome)}")
    mark = emulator.mark()
    emulator.remove_bot_from_group(group.id, organiser.id)
    # The next update is processed after the removal: its answer proves the removal was handled.
    member.ask("/help")
    assert query_db(bot.database, "SELECT 1 FROM groups WHERE chat_id = ?", (group.id,)) == []
    assert (
        query_db(bot.database, "SELECT 1 FROM group_members WHERE chat_id = ?", (group.id,)) == []
    )
    assert emulator.bot_messages(group.id)[-1].message_id == welcome.message_id
    assert not [
        c
        for c in emulator.get_calls("sendMessage")[mark.call_index :]
        if c.params.get("chat_id") == group.id
    ]


def test_join_by_deep_link(
    bot: BotProcess, emulator: Emulator, person: Callable[..., Person]
) -> None:
    """A newcomer following an invite joins after consenting; a member joins at once, once."""
    organiser = person("Ines")
    group, welcome = group_with_bot(emulator, organiser, "Sunday circle")
    code = invite_code(welcome)

    newcomer = person("Nico")
    greeting = newcomer.ask(f"/start {code}")
    explain = newcomer.press_for_edit(greeting, "English")
    joined, _ask_zone = newcomer.press(explain, "Yes", count=2)
    assert "You've joined Sunday circle" in (joined.plain_text or "")

    again = newcomer.ask(f"/start {code}")
    assert "already part of" in (again.plain_text or "")
    rows = query_db(
        bot.database, "SELECT user_id FROM group_members WHERE chat_id = ?", (group.id,)
    )
    assert rows == [(newcomer.id,)]


def test_bad_invite_codes(bot: BotProcess, person: Callable[..., Person]) -> None:
    """Unknown and malformed invite codes get a clear answer and join nothing."""
    member = person("Bea")
    onboard(member)
    before = db_snapshot(bot.database)
    assert "doesn't work any more" in (member.ask("/start unknowncode123").plain_text or "")
    assert "doesn't work any more" in (member.ask("/start bad'code;--").plain_text or "")
    after = db_snapshot(bot.database)
    assert before["group_members"] == after["group_members"]


def test_group_commands_point_to_private_chat(
    bot: BotProcess, emulator: Emulator, person: Callable[..., Person]
) -> None:
    """/start and /help in a group answer with a private-chat button carrying the invite."""
    organiser = person("Gus")
    group, welcome = group_with_bot(emulator, organiser, "Wednesday room")
    [answer] = organiser.send("/help@peer_test_bot", chat_id=group.id)
    assert "private" in (answer.plain_text or "")
    assert button_url(answer) == button_url(welcome)


def test_admin_only_command_refused_for_members(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """A member trying /groups is refused and nothing changes; the admin gets the list."""
    member = person("Rui")
    onboard(member)
    before = db_snapshot(bot.database)
    refused = member.ask("/groups")
    assert "only for the people who run this bot" in (refused.plain_text or "")
    assert db_snapshot(bot.database) == before
    listing = admin.ask("/groups")
    text = listing.plain_text or ""
    assert "Groups I'm in" in text or "not in any group" in text
    assert "only for the people" not in text
