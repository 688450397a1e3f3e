"""An alert's button data is made and read by one type, and refuses what it never carries."""

from __future__ import annotations

import pytest

from bot.domain.flag_buttons import FlagAction, FlagButton


@pytest.mark.parametrize("action", list(FlagAction))
@pytest.mark.parametrize("flag_id", [1, 42, 2**63 - 1])
def test_alert_buttons_round_trip(action: FlagAction, flag_id: int) -> None:
    """Packed data parses back to the same press and fits in 64 bytes."""
    button = FlagButton(action, flag_id)
    assert len(button.pack().encode()) <= 64
    assert FlagButton.parse(button.pack()) == button


def test_the_packed_form_is_the_one_alerts_always_had() -> None:
    """flag:<action>:<id>, so buttons on alerts sent before this change still work."""
    assert FlagButton(FlagAction.ACK, 7).pack() == "flag:ack:7"
    assert FlagButton.parse("flag:resok:7") == FlagButton(FlagAction.RESOLVE_OK, 7)


@pytest.mark.parametrize(
    "data",
    [None, "flag:ack", "flag:ack:0", "flag:ack:-3", "flag:nuke:7", "flag:ack:7:8", "oc:ack:7",
     "flag:ack:" + "9" * 25, "flag:ack:x"],
)  # fmt: skip
def test_anything_else_is_not_an_alert_button(data: str | None) -> None:
    """Unknown actions, ids no flag can have and other prefixes are refused."""
    assert FlagButton.parse(data) is None
