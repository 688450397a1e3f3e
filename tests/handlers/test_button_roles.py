"""Every button the bot registers is classed as a member's or a staff button, and every staff
kind is among those the end-to-end refusal test forges (so a new staff button is not missed)."""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler

from bot.domain.callback import CallbackData
from tests.e2e.test_refusals import staff_buttons
from tests.handlers.conftest import HandlerHarness

# The first part of the callback data of buttons any member may press.
MEMBER_KINDS = frozenset(
    {"onb", "set", "tz", "forget", "crisis", "res", "mt", "cis", "ci", "ma", "jg", "rla", "pr"}
    | {"fb", "wb"}
)
STAFF_KINDS = frozenset(
    {"flag", "oc", "mte", "rese", "fac", "ann", "st", "gs", "au", "cr", "rl", "mh", "md", "mc"}
    | {"rll", "jgs", "shban", "shwin", "brk", "care", "imp"}
)


def _kinds(harness: HandlerHarness) -> set[str]:
    """Return the first word of every kind of button the bot's features declare.

    Every button handler (the general fallback aside) takes its pattern from those classes.
    """
    for handlers in harness.app.handlers.values():
        for handler in handlers:
            if isinstance(handler, CallbackQueryHandler) and handler.pattern is not None:
                assert callable(handler.pattern), handler.pattern
    return {
        kind.prefix.split(":")[0]
        for kind in CallbackData.registry.values()
        if kind.__module__.startswith("bot.")
    }


async def test_every_button_kind_is_classed(harness: HandlerHarness) -> None:
    """No registered button pattern is left unclassed, and the two classes do not overlap."""
    assert _kinds(harness) == MEMBER_KINDS | STAFF_KINDS
    assert MEMBER_KINDS.isdisjoint(STAFF_KINDS)


def test_the_refusal_test_forges_every_staff_kind() -> None:
    """The e2e refusal test presses at least one forged button of each staff kind."""
    forged = {data.split(":", 1)[0] for data in staff_buttons(1, 2, 3, 4)}
    assert forged == STAFF_KINDS
