"""A member's week and a facilitator's alert in every language, walked in `peerbot shell`.

Each walk runs the real bot behind the shell: onboarding in the language, joining the demo
group, /next, /meetings, /reminders, a check-in answered a day later, the /mood chart,
/resources, /crisis, /privacy, /mydata, /settings, /help; then the facilitator switches to the
same language, gets the member's crisis alert, takes it and reads /flags and /stats. Nothing the
bot writes to them may be left in English (demo data such as the meeting's name excepted).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.devtools.test_shell import run_shell

# language: (its button on the language question, a city, a crisis message in the language)
WALKS = {
    "es": (2, "Madrid", "esta noche me voy a tirar del puente"),
    "fr": (3, "Paris", "ce soir je vais me foutre en l'air"),
    "de": (4, "Berlin", "ich will mich heute nacht umbringen"),
    "pt": (5, "Lisboa", "hoje a noite vou me matar"),
}
ZONES = {"es": "Europe/Madrid", "fr": "Europe/Paris", "de": "Europe/Berlin", "pt": "Europe/Lisbon"}
# Words of the English interface that no other language uses.
ENGLISH = re.compile(
    r"\b(the|your|you|you're|please|tap|send|welcome|nobody|which|what|here|there|with|this"
    r"|that|when|where|would|reminders?|settings|language|taken|alert|statistics)\b",
    re.IGNORECASE,
)
# The demo world's own data, which the walk shows as its organisers wrote it.
DEMO_DATA = (
    "Demo group weekly meeting",
    "Everyone is welcome. Come as you are.",
    "Community room, 1 High Street",
    "Demo group",
)
BLOCK = re.compile(r"^\[bot → (\w+)[^\]]*\]\n((?:  .*\n?)*)", re.MULTILINE)


def checkin_moment(zone: str) -> tuple[str, str]:
    """A check-in time soon (never so late that its answer falls on the next day) and the wait.

    The shell's clock starts at the real time, so the walk types a time 10 to 15 minutes ahead
    (00:10 when that would be after 23:30) and then waits until 10 minutes past it."""
    now = datetime.now(ZoneInfo(zone))
    due = (now + timedelta(minutes=15)).replace(second=0, microsecond=0)
    due -= timedelta(minutes=due.minute % 5)
    if due.hour == 23 and due.minute > 30:
        due = (due + timedelta(days=1)).replace(hour=0, minute=10)
    wait = int((due - now).total_seconds() // 60) + 10
    return f"{due:%H:%M}", f"/wait {wait}m"


def walk_script(language: str) -> str:
    """The week of Sam (member) and the alert of Fran (facilitator) in one language."""
    button, city, crisis = WALKS[language]
    at, wait = checkin_moment(ZONES[language])
    return "\n".join(
        [
            *("/start", str(button), "1", city, "/in group", "1", "/in private"),
            *("/next", "/meetings", "/reminders", "/checkin", "7", at, "1", "1", wait, "4"),
            *("/mood", "/resources", "1", "/crisis", "/privacy", "/mydata", "/settings", "/help"),
            *("/as facilitator", "/settings", "1", str(button), "/as member", crisis),
            *("/as facilitator", "1", "/flags", "/stats", "/quit"),
        ]
    )


def bot_words(screen: str, person: str, after: str = "") -> list[str]:
    """The texts and buttons the bot sent one person, from a point of the screen onwards."""
    start = screen.index(after) if after else 0
    blocks = [body for who, body in BLOCK.findall(screen[start:]) if who == person]
    texts = []
    for body in blocks:
        for data in DEMO_DATA:
            body = body.replace(data, "")
        # Links, saved files and /commands (Telegram's command names are English everywhere).
        texts.append(re.sub(r"https?://\S+|\(\w+ saved: [^)]*\)|/\w+", "", body))
    return texts


@pytest.fixture(scope="module", params=sorted(WALKS))
def walked(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, str]:
    """One walk per language on a fresh database: the language and the screen."""
    language = str(request.param)
    folder: Path = tmp_path_factory.mktemp(f"walk-{language}")
    return language, run_shell(folder, walk_script(language))


@pytest.mark.e2e
def test_a_members_week_has_no_english_left(walked: tuple[str, str]) -> None:
    """Every message and button the member sees is in their language, chart and file saved."""
    language, screen = walked
    button, _, _ = WALKS[language]
    # The greeting before the language is chosen follows Telegram's language (English here).
    texts = bot_words(screen, "Sam", after=f"(Sam presses [{button}]")
    assert len(texts) >= 20, screen
    leftovers = [(match, text) for text in texts for match in ENGLISH.findall(text)]
    assert leftovers == [], f"{language}: {[match for match, _ in leftovers]} {leftovers[:3]}"
    assert re.search(r"\(photo saved: \S+-mood\.png\)", screen), "the mood chart was sent"
    assert re.search(r"\(document saved: \S+my-data\.json\)", screen), "the data export was sent"


@pytest.mark.e2e
def test_the_facilitators_alert_flags_and_stats_are_in_their_language(
    walked: tuple[str, str],
) -> None:
    """After switching language, Fran's alert, its buttons, /flags and /stats have no English."""
    language, screen = walked
    _, _, crisis = WALKS[language]
    texts = bot_words(screen, "Fran", after=f"Sam (private)> {crisis}")
    assert any(crisis in text for text in texts), "the alert quotes the member's words"
    assert len(texts) >= 4, screen
    leftovers = [(match, text) for text in texts for match in ENGLISH.findall(text)]
    assert leftovers == [], f"{language}: {leftovers[:5]}"


@pytest.mark.e2e
def test_the_walk_is_checked_against_english_itself() -> None:
    """The marker words do find the English interface (so the checks above can fail)."""
    english_screen = "[bot → Sam, private]\n  Send /help to see what I can do for you.\n"
    texts = bot_words(english_screen, "Sam")
    assert [ENGLISH.findall(text) for text in texts] == [["Send", "what", "you"]]
