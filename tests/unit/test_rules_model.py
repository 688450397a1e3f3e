"""The /rules buttons' data round-trips and refuses what its buttons never carry."""

from __future__ import annotations

import pytest

from bot.rules.model import MAX_AGREEMENT, Action, RulesButton, agreement_problem


@pytest.mark.parametrize("chat_id", [-1001234567890, -5, 0, 2**63 - 1, -(2**63)])
@pytest.mark.parametrize("action", list(Action))
def test_button_data_round_trips(action: Action, chat_id: int) -> None:
    """Packed data parses back to the same button and fits Telegram's 64 bytes."""
    button = RulesButton(action, chat_id)
    assert len(button.pack().encode()) <= 64
    assert RulesButton.parse(button.pack()) == button


@pytest.mark.parametrize(
    "data",
    [None, "", "rl", "rl:e", "rl:q:-5", "rl:e:abc", "rl:e:-5:7", "xx:e:-5", "rl:e:" + "9" * 25],
)
def test_other_data_is_refused(data: str | None) -> None:
    """Anything else, including ids beyond 64 bits, is not a /rules button."""
    assert RulesButton.parse(data) is None


def test_agreement_problems() -> None:
    """Short, long and command-like texts are refused with their reason; others pass."""
    assert agreement_problem("Be kind") == "rules-too-short"
    assert agreement_problem("x" * (MAX_AGREEMENT + 1)) == "rules-too-long"
    assert agreement_problem("/rules please") == "rules-not-a-command"
    assert agreement_problem("  One voice at a time, and kindness.  ") is None
