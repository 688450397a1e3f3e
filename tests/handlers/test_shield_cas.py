"""The optional public spammer list (CAS) through the real Application, against a tiny local
HTTP server on 127.0.0.1: asked in the background, never in a message's way, cached a day."""

from __future__ import annotations

import time

from bot.shield.cas import CasClient
from tests.handlers.conftest import HandlerHarness
from tests.handlers.test_shield import FACILITATOR, SPAM, _private, _shield, _world
from tests.unit.test_shield_cas import LISTED, SLOW, FakeCas, cas_url

__all__ = ["cas_url"]  # the local server's fixture, used by name


async def test_a_listed_newcomer_is_removed_and_the_answer_is_kept(
    harness: HandlerHarness, cas_url: str
) -> None:
    """A listed person who joins is looked up once, removed, and the facilitators told; when
    they come back the kept answer removes them again without asking."""
    world, _holder = await _world(harness)
    shield = _shield(harness)
    shield.cas.client = CasClient(cas_url, timeout=2.0)
    harness.core.add_user("Spammy", LISTED)
    mark = harness.core.mark()
    harness.core.user_joins(world.group_id, LISTED)
    await harness.deliver()
    await shield.cas.settled()
    await harness.flush_outbox()
    assert harness.core.member_status(world.group_id, LISTED) == "kicked"
    told = _private(harness, FACILITATOR, mark.message_seq)
    assert any("public spammer list (CAS), so I removed them" in text for text in told), told
    harness.core.inject_chat_member(world.group_id, LISTED, "member")
    await harness.deliver()
    assert harness.core.member_status(world.group_id, LISTED) == "kicked"
    assert FakeCas.asked == [LISTED]


async def test_a_slow_list_never_holds_a_message_up(harness: HandlerHarness, cas_url: str) -> None:
    """The list does not answer: the newcomer's message is handled at once (held as any
    newcomer's link), and when the lookup gives up nothing is decided."""
    world, holder = await _world(harness)
    shield = _shield(harness)
    shield.cas.client = CasClient(cas_url, timeout=1.0)
    harness.core.add_user("Slow", SLOW)
    harness.core.user_joins(world.group_id, SLOW)
    await harness.deliver()
    started = time.monotonic()
    await harness.send(SLOW, SPAM, chat_id=world.group_id)
    assert time.monotonic() - started < 0.8
    assert [call[2] for call in holder.calls] == [SLOW]
    await shield.cas.settled()
    assert harness.core.member_status(world.group_id, SLOW) == "member"
    assert FakeCas.asked == [SLOW]  # the join's lookup; the message found it under way
