"""How a facilitator reads an alert's times: their zone, their locale, their own clock."""

from __future__ import annotations

from bot.services.alert_reader import Reader

RAISED = "2026-12-06T23:03:00Z"


def test_alert_times_follow_the_facilitators_zone_and_locale() -> None:
    """A New York facilitator reads 6:03 PM; one in Berlin reads 00:03; none reads ''."""
    assert Reader("en", "America/New_York").local_time(RAISED).replace("\u202f", " ") == "6:03 PM"
    assert Reader("de", "Europe/Berlin").local_time(RAISED) == "00:03"
    assert Reader("en", "UTC").local_time(None) == ""


def test_alert_times_follow_the_facilitators_own_clock() -> None:
    """A facilitator who chose 24 hours in /settings reads 18:03 in New York."""
    assert Reader("en", "America/New_York", "24").local_time(RAISED) == "18:03"
