"""The meeting card shows a feed's recovery group and an online meeting's area."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from bot.i18n import load_texts
from bot.meetings.models import TUESDAY, Frequency, Meeting, Recurrence
from bot.services.meeting_texts import MeetingWriter

TEXTS = load_texts(Path(__file__).parents[2] / "content")
LANGUAGES = ["en", "es", "fr", "de", "pt"]
MEETING = Meeting(
    id=1,
    group_id=-1,
    slug="step",
    name="Step Study",
    recurrence=Recurrence(Frequency.WEEKLY, date(2027, 1, 5), weekday=TUESDAY),
    start_time=time(19),
    duration_minutes=60,
    timezone="Europe/London",
    location="Online",
    address="Leeds, UK",
    approximate=True,
    conference_url="https://meet.example.org/step",
    recovery_group="Tuesday <Night> Step Group",
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_card_names_the_recovery_group_escaped_and_the_area(language: str) -> None:
    """The recovery group is shown (HTML-escaped); an approximate address is not a place."""
    lines = MeetingWriter(TEXTS).where_lines(MEETING, language)
    assert any("Tuesday &lt;Night&gt; Step Group" in line for line in lines)
    assert not any(line.startswith("📍") for line in lines)
    assert any(line.startswith("🌍") and "Leeds, UK" in line for line in lines)
    assert TEXTS.has(language, "meeting-recovery-group")
    assert TEXTS.has(language, "meeting-area")


def test_card_without_a_recovery_group_has_no_such_line() -> None:
    """A meeting made in the bot shows its place and no recovery group line."""
    plain = Meeting(**{**MEETING.__dict__, "recovery_group": None, "approximate": False})
    lines = MeetingWriter(TEXTS).where_lines(plain, "en")
    assert lines[0] == "📍 Online, Leeds, UK"
    assert not any("Hosted by" in line for line in lines)
