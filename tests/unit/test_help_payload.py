"""The group nudge's private link carries the language and country to answer a stranger in."""

from __future__ import annotations

from bot.crisis.models import Category, Detection
from bot.domain.tiers import Tier
from handlers.crisis_nudge import help_payload, read_help_payload


def _detection(*rules: str) -> Detection:
    """A detection that fired these rules."""
    return Detection(Tier.HIGH, Category.IDEATION, ((0, 4),), rules)


def test_a_detection_knows_the_language_its_rules_are_written_for() -> None:
    """Rules of one language give it; the model alone, shared rules or a mix give none."""
    assert _detection("es.ideation.want_die", "es.cue.time", "model@1.00").language() == "es"
    assert _detection("model@0.93").language() is None
    assert _detection("en.ideation.want_die", "fr.cue.time").language() is None
    assert _detection("shared.emoji.pill", "de.plan.method").language() == "de"


def test_help_payloads_read_back() -> None:
    """help, help-es and help-es-ES read back; anything else gives nothing."""
    assert help_payload("es", "ES") == "help-es-ES"
    assert help_payload("fr", None) == "help-fr"
    assert read_help_payload("help-es-ES") == ("es", "ES")
    assert read_help_payload("help-fr") == ("fr", None)
    assert read_help_payload("help") == (None, None)
    assert read_help_payload("help-xx-yy-zz") == (None, None)
