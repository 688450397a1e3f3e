"""Resources end to end: /crisis, browsing, searching, and a facilitator adding a resource."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.devtools.emulator import StoredMessage
from tests.e2e.conftest import group_with_bot, onboard
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import add_facilitator


def test_crisis_before_start(bot: BotProcess, person: Callable[..., Person]) -> None:
    """Someone the bot has never met gets crisis lines and the emergency number at once."""
    stranger = person("Noa", language_code="es")
    answer = stranger.ask("/crisis")
    text = answer.plain_text or ""
    assert "Personas con las que puedes hablar" in text
    assert "/start" in text


@pytest.mark.parametrize(
    ("zone", "number"), [("Madrid", "024"), ("London", "116 123"), ("Mexico City", "800 911 2000")]
)
def test_crisis_for_members_in_several_countries(
    bot: BotProcess, person: Callable[..., Person], zone: str, number: str
) -> None:
    """The lines follow the member's country, taken from the time zone they chose."""
    member = person("Cruz")
    onboard(member, zone=zone)
    assert number in (member.ask("/crisis").plain_text or "")


def test_browse_and_search(bot: BotProcess, person: Callable[..., Person]) -> None:
    """Topics open lists; a search finds results; a nonsense search says so calmly."""
    member = person("Bea")
    onboard(member, zone="London")
    topics = member.ask("/resources")
    [listing] = member.press(topics, "Housing")
    assert "Shelter" in (listing.plain_text or "")
    found = member.ask("/resources samaritans")
    assert "116 123" in (found.plain_text or "")
    nothing = member.ask("/resources qwxzv")
    assert "I found nothing" in (nothing.plain_text or "")
    assert nothing.button_texts(), "topics are offered instead"


def _last(bot: BotProcess, who: Person) -> StoredMessage:
    """The bot's latest message to a person."""
    return bot.emulator.bot_messages(who.id)[-1]


def test_facilitator_adds_a_resource_members_find(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """A facilitator adds a resource in the chat; a member finds it; a member cannot add one."""
    group, _ = group_with_bot(bot.emulator, admin, "Islington peers")
    facilitator = person("Ines")
    onboard(facilitator, zone="London")
    add_facilitator(admin, group.id, facilitator)
    first = facilitator.ask("/addresource")
    if "Which group" in (first.plain_text or ""):
        facilitator.press(first, "Islington peers")
    facilitator.ask("Islington Listening Bench")
    topic = facilitator.ask("A bench in the park where volunteers listen, Sundays.")
    [phone] = facilitator.press(topic, "Peer support")
    [website] = facilitator.press(phone, "Skip")
    [preview] = facilitator.press(website, "Skip")
    [saved] = facilitator.press(preview, "Save")
    assert "Saved: Islington Listening Bench" in (saved.plain_text or "")
    member = person("Mo")
    onboard(member, zone="London")
    found = member.ask("/resources listening bench")
    assert "Islington Listening Bench" in (found.plain_text or "")
    refused = member.ask("/addresource")
    assert "for facilitators and admins" in (refused.plain_text or "")
