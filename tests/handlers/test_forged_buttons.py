"""Forged button data with numbers no database can hold: answered, and no ERROR (issue 18).

Before: a 21-digit number in a button's data raised OverflowError deep in a handler (an ERROR
traceback in the log) and the press was never answered, so the person's spinner kept spinning.
"""

from __future__ import annotations

import logging

import pytest

from tests.handlers.conftest import ADMIN_ID, HandlerHarness

MEMBER = 640_000_001
HUGE = "123456789012345678901"  # 21 digits: more than SQLite's 64-bit integers
NUMBERS = (HUGE, f"-{HUGE}", "9" * 40)


def _templates(n: str) -> list[str]:
    """Every kind of button the bot makes, with `n` wherever a number goes."""
    return [
        *(f"flag:{action}:{n}" for action in ("ack", "res", "fa", "resok", "faok", "back", "who")),
        f"flag:reopen:{n}",
        *(f"oc:{action}:{n}" for action in ("take", "who")),
        f"oc:give:{n}:{n}",
        *(f"oc:rot:{n}:{period}" for period in ("daily", "weekly", "-")),
        *(f"mte:pick:{mode}:{n}" for mode in ("edit", "cancel", "move", "end")),
        f"mte:grp:{n}",
        f"mte:gp:{n}",
        f"mte:gps:{n}:{n}",
        f"rese:grp:{n}",
        *(f"rese:{action}:{n}" for action in ("m", "e", "ret")),
        *(f"fac:{action}:{n}:{n}" for action in ("add", "rm", "ask")),
        f"ann:grp:{n}",
        f"ann:stop:{n}",
        f"st:{n}:30",
        f"st:{n}:{n}",
        *(f"gs:{action}:{n}" for action in ("go", "later", "keep", "tztype", "stop")),
        f"gs:tz:{n}:Europe/Madrid",
        f"gs:lang:{n}:es",
        f"gs:post:{n}:{n}",
        f"au:o:{n}",
        f"cr:take:{n}",
        *(f"rl:{action}:{n}" for action in ("s", "e", "x")),
        *(f"mh:{action}:{n}" for action in ("r", "d")),
        *(f"md:{action}:{n}" for action in ("u", "l")),
        *(f"mc:{action}:{n}:{n}:{n}" for action in ("w", "m", "h")),
        f"ma:{n}",
        *(f"mt:{action}:{n}" for action in ("y", "n", "ics", "icsg", "rem", "remg", "t", "q")),
        f"mt:done:{n}",
        *(f"ci:{action}:{n}" for action in ("m", "skip", "note", "help", "keep", "drop")),
        f"ci:m:{n}:{n}",
        f"cis:{n}",
        f"res:cat:{n}",
        f"crisis:cc:{n}",
        f"onb:lang:en:{n}",
        f"tz:o:{n}",
        f"set:{n}",
        f"forget:{n}",
    ]


@pytest.mark.parametrize("presser", [ADMIN_ID, MEMBER])
async def test_every_button_with_a_huge_number_is_answered_without_error(
    harness: HandlerHarness, caplog: pytest.LogCaptureFixture, presser: int
) -> None:
    """Admin (past every role check) or member: each forged press is answered; no ERROR."""
    harness.core.add_user("Ada" if presser == ADMIN_ID else "Mo", presser)
    [anything] = await harness.send(presser, "/help")
    caplog.set_level(logging.WARNING)
    unanswered = []
    for number in NUMBERS:
        for data in _templates(number):
            query_id = await harness.press(presser, anything, data)
            if harness.core.callback_answer(query_id) is None:
                unanswered.append(data)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == []
    assert unanswered == []


async def test_a_press_from_the_anonymous_admin_account_is_answered(
    harness: HandlerHarness,
) -> None:
    """Telegram's stand-in for anonymous group admins pressing a button: told to use their own
    account (the spinner stops), and nothing is done."""
    harness.core.add_user("Mo", MEMBER)
    [anything] = await harness.send(MEMBER, "/help")
    stand_in = 1_087_968_824
    harness.core.add_user("Group", stand_in)
    query_id = await harness.press(stand_in, anything, "flag:ack:1")
    answer = harness.core.callback_answer(query_id)
    assert answer is not None
    assert "your own account" in str(answer)
