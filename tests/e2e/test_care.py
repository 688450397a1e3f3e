"""Facilitator care end to end: a debrief request reaches the supervisor without member data."""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.e2e.conftest import onboard
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import CRISIS_TEXT, circle, wait_for_alerts

OFFER = "hard moment"


def test_debrief_requests_reach_the_supervisor_without_member_data(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """A facilitator resolves an imminent flag, is offered a debrief and asks for a supervisor:
    the supervisor is asked to talk with the facilitator, and nothing they receive holds the
    member's name or any word of the member's message."""
    emulator = bot.emulator
    _group, facilitator, member = circle(bot, admin, person, "Debrief circle")
    supervisor = person("Sage")
    onboard(supervisor)
    mark = emulator.mark()
    emulator.inject_message(admin.id, f"/supervisors add {supervisor.id}")
    [added] = emulator.wait_for_messages(
        admin.id, since=mark, predicate=lambda m: "supervisor" in (m.plain_text or "")
    )
    assert "is now a supervisor" in (added.plain_text or ""), added.plain_text

    before_flag = emulator.mark()
    member.send(CRISIS_TEXT)
    [alert] = wait_for_alerts(emulator, facilitator)
    question = facilitator.press_for_edit(alert, "Resolved")
    mark = emulator.mark()
    facilitator.press_for_edit(question, "Yes, resolved")
    [offer] = emulator.wait_for_messages(
        facilitator.id, since=mark, predicate=lambda m: OFFER in (m.plain_text or "")
    )
    assert "Robin" not in (offer.plain_text or "")
    mark = emulator.mark()
    facilitator.press_for_edit(offer, "supervisor")
    [request] = emulator.wait_for_messages(
        supervisor.id,
        since=mark,
        predicate=lambda m: "would like to talk through a hard moment" in (m.plain_text or ""),
    )
    assert "Fran" in (request.plain_text or "")
    words = {word.lower() for word in re.findall(r"\w{3,}", CRISIS_TEXT)}
    received = [m for m in emulator.bot_messages(supervisor.id) if m.seq > before_flag.message_seq]
    assert received
    for message in received:
        shown = " ".join(
            [message.plain_text or "", message.text or "", *message.button_texts()]
        ).lower()
        assert "robin" not in shown, shown
        assert str(member.id) not in shown, shown
        for word in words:
            assert not re.search(rf"\b{word}\b", shown), (word, shown)
