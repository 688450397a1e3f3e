"""Onboarding, settings and help through the real bot process."""

from __future__ import annotations

from collections.abc import Callable

from tests.e2e.conftest import onboard, query_db
from tests.e2e.harness import BotProcess, Person

LANGUAGE_BUTTONS = ["English", "Español", "Français", "Deutsch", "Português"]


def test_start_language_consent_and_timezone(
    bot: BotProcess, person: Callable[..., Person]
) -> None:
    """A Spanish-speaking newcomer is greeted in Spanish, picks English, consents, types a city."""
    member = person("Lucía", language_code="es-MX")
    greeting = member.ask("/start")
    assert "Hola, Lucía" in (greeting.plain_text or "")
    assert greeting.button_texts() == LANGUAGE_BUTTONS
    assert query_db(bot.database, "SELECT 1 FROM members WHERE user_id = ?", (member.id,)) == []

    explain = member.press_for_edit(greeting, "English")
    assert "What I keep about you" in (explain.plain_text or "")
    assert "facilitators" in (explain.plain_text or "")
    assert query_db(bot.database, "SELECT 1 FROM members WHERE user_id = ?", (member.id,)) == []

    [ask_zone] = member.press(explain, "Yes")
    assert "time zone" in (ask_zone.plain_text or "")
    assert "Keep Europe/London" in ask_zone.button_texts()

    confirmed, done = member.send("Madrid", count=2)
    assert "Europe/Madrid" in (confirmed.plain_text or "")
    assert "You're all set" in (done.plain_text or "")
    rows = query_db(
        bot.database,
        "SELECT language, timezone, consent_version FROM members WHERE user_id = ?",
        (member.id,),
    )
    assert rows == [("en", "Europe/Madrid", 1)]


def test_timezone_button_and_unknown_zone(bot: BotProcess, person: Callable[..., Person]) -> None:
    """An unknown typed zone gets a kind answer; a name close to a city gets the city's zone as
    a button (issue 20), and the button sets the zone."""
    member = person("Kim")
    greeting = member.ask("/start")
    explain = member.press_for_edit(greeting, "English")
    member.press(explain, "Yes")
    unknown = member.ask("Narnia")
    assert "I don't know the time zone" in (unknown.plain_text or "")
    unsure = member.ask("Atlantis")
    assert "Did you mean one of these?" in (unsure.plain_text or "")
    assert unsure.button_texts() == ["Atlanta · America/New_York"]
    confirmed, _done = member.press(unsure, "Atlanta", count=2)
    assert "America/New_York" in (confirmed.plain_text or "")
    rows = query_db(bot.database, "SELECT timezone FROM members WHERE user_id = ?", (member.id,))
    assert rows == [("America/New_York",)]


def test_declining_stores_nothing(bot: BotProcess, person: Callable[..., Person]) -> None:
    """Saying no at consent keeps nothing and says so."""
    member = person("Noa")
    greeting = member.ask("/start")
    explain = member.press_for_edit(greeting, "English")
    declined = member.press_for_edit(explain, "No, thanks")
    assert "haven't kept anything" in (declined.plain_text or "")
    assert query_db(bot.database, "SELECT 1 FROM members WHERE user_id = ?", (member.id,)) == []
    assert "haven't met" in (member.ask("/settings").plain_text or "")


def test_help_and_welcome_back(bot: BotProcess, person: Callable[..., Person]) -> None:
    """/help lists the member commands; /start again welcomes the member back."""
    member = person("Ola")
    help_text = member.ask("/help").plain_text or ""
    for command in ("/settings", "/privacy", "/mydata", "/forget", "/stop"):
        assert command in help_text
    assert "/groups" not in help_text
    onboard(member)
    assert "Welcome back, Ola" in (member.ask("/start").plain_text or "")


def test_settings_change_language_and_timezone(
    bot: BotProcess, person: Callable[..., Person]
) -> None:
    """/settings switches the language to Spanish and the time zone by button."""
    member = person("Ana")
    onboard(member)
    menu = member.ask("/settings")
    assert "Europe/Madrid" in (menu.plain_text or "")
    chooser = member.press_for_edit(menu, "Language")
    switched = member.press_for_edit(chooser, "Español")
    assert "español" in (switched.plain_text or "")
    menu = member.ask("/settings")
    assert "Zona horaria" in (menu.plain_text or "")
    [ask_zone] = member.press(menu, "Zona horaria")
    [confirmed] = member.press(ask_zone, "America/Bogota")
    assert "America/Bogota" in (confirmed.plain_text or "")
    rows = query_db(
        bot.database, "SELECT language, timezone FROM members WHERE user_id = ?", (member.id,)
    )
    assert rows == [("es", "America/Bogota")]
