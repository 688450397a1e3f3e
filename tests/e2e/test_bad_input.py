"""Bad and odd input gets a clear, kind answer (or is ignored) and changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.devtools.emulator import Emulator
from tests.e2e.conftest import db_snapshot, group_with_bot, onboard, query_db
from tests.e2e.harness import BotProcess, Person

HELP_MARK = "What I can do for you"


def assert_ignored(member: Person, emulator: Emulator, since_seq: int) -> None:
    """The next answer in the chat is the reply to /help: the input before it got none."""
    mark = emulator.mark()
    emulator.inject_message(member.id, "/help")
    [first] = emulator.wait_for_messages(member.id, since=mark)
    assert HELP_MARK in (first.plain_text or "")
    assert [m for m in emulator.bot_messages(member.id) if since_seq < m.seq < first.seq] == []


@pytest.fixture
def member(bot: BotProcess, person: Callable[..., Person]) -> Person:
    """An onboarded member."""
    someone = person("Eli")
    onboard(someone)
    return someone


def test_unknown_command(bot: BotProcess, member: Person) -> None:
    """An unknown command points to /help and changes nothing."""
    before = db_snapshot(bot.database)
    assert "don't know that command" in (member.ask("/frobnicate now").plain_text or "")
    assert db_snapshot(bot.database) == before


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice"])
def test_media_without_text(bot: BotProcess, emulator: Emulator, member: Person, kind: str) -> None:
    """Stickers, photos and voice messages get a kind 'text only' answer."""
    before = db_snapshot(bot.database)
    mark = emulator.mark()
    getattr(emulator, f"inject_{kind}")(member.id)
    [answer] = emulator.wait_for_messages(member.id, since=mark)
    assert "only read text" in (answer.plain_text or "")
    assert db_snapshot(bot.database) == before


def test_plain_and_forwarded_text(bot: BotProcess, emulator: Emulator, member: Person) -> None:
    """Plain text and forwarded text get the friendly fallback."""
    assert "simple bot" in (member.ask("hello there").plain_text or "")
    mark = emulator.mark()
    emulator.inject_forward(member.id, "something someone else wrote")
    [answer] = emulator.wait_for_messages(member.id, since=mark)
    assert "simple bot" in (answer.plain_text or "")


def test_edited_message_is_ignored(bot: BotProcess, emulator: Emulator, member: Person) -> None:
    """Editing an earlier message (even into a command) triggers nothing."""
    before = db_snapshot(bot.database)
    mark = emulator.mark()
    sent = emulator.inject_message(member.id, "hi")
    emulator.wait_for_messages(member.id, since=mark)
    mark = emulator.mark()
    emulator.inject_edit(member.id, sent["message_id"], "/forget")
    assert_ignored(member, emulator, mark.message_seq)
    assert db_snapshot(bot.database) == before


def test_other_bots_and_channels_are_ignored(
    bot: BotProcess, emulator: Emulator, member: Person, person: Callable[..., Person]
) -> None:
    """Messages from bots and channel posts get no answer and store nothing."""
    before = db_snapshot(bot.database)
    robot = person("Robo", is_bot=True)
    mark = emulator.mark()
    emulator.inject_message(robot.id, "/start")
    channel = emulator.add_channel("News")
    emulator.inject_channel_post(channel.id, "/start")
    assert_ignored(member, emulator, mark.message_seq)
    assert [m for m in emulator.bot_messages(robot.id) if m.seq > mark.message_seq] == []
    assert emulator.bot_messages(channel.id) == []
    assert db_snapshot(bot.database) == before


def test_message_on_behalf_of_a_chat(
    bot: BotProcess, emulator: Emulator, person: Callable[..., Person]
) -> None:
    """A command sent as the group (anonymous admin) is answered with 'use your own account'."""
    organiser = person("Hana")
    group, _welcome = group_with_bot(emulator, organiser, "Anon test")
    before = db_snapshot(bot.database)
    mark = emulator.mark()
    emulator.inject_sender_chat_message(group.id, "/groups")
    [answer] = emulator.wait_for_messages(group.id, since=mark)
    assert "your own account" in (answer.plain_text or "")
    assert db_snapshot(bot.database) == before


def test_very_long_message(bot: BotProcess, member: Person) -> None:
    """A 4,096-character message gets the normal fallback answer."""
    assert "simple bot" in (member.ask("a" * 4096).plain_text or "")


def test_lone_surrogates_and_controls(
    bot: BotProcess, emulator: Emulator, person: Callable[..., Person]
) -> None:
    """Lone surrogates, bidi overrides and zero-width characters in text and names break nothing."""
    member = person("Ev\u202eil\u200b\ud800Name")
    greeting = member.ask("/start")
    assert "Evil\ufffdName" in (greeting.plain_text or "")
    explain = member.press_for_edit(greeting, "English")
    member.press(explain, "Yes")
    answer = member.ask("bad \ud83d text \u202e\u2066 here")
    assert 'time zone "bad \ufffd text  here"' in (answer.plain_text or "")
    rows = query_db(bot.database, "SELECT first_name FROM members WHERE user_id = ?", (member.id,))
    assert rows == [("Evil\ufffdName",)]


def test_sql_and_html_metacharacters(bot: BotProcess, person: Callable[..., Person]) -> None:
    """SQL and HTML in names and typed answers are treated as plain data."""
    evil = "Bob'); DROP TABLE members;-- <b>&"
    member = person(evil)
    greeting = member.ask("/start")
    assert evil in (greeting.plain_text or "")
    explain = member.press_for_edit(greeting, "English")
    member.press(explain, "Yes")
    answer = member.ask("<i>'; DELETE FROM members; --")
    assert "I don't know the time zone" in (answer.plain_text or "")
    assert "<i>'; DELETE FROM members; --" in (answer.plain_text or "")
    rows = query_db(bot.database, "SELECT first_name FROM members WHERE user_id = ?", (member.id,))
    assert rows == [(evil,)]
