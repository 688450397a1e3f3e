"""The join gate's edges through the real Application: a group without an agreement still
lets a person the bot already knows in once they have answered; someone who says no to the
privacy notice leaves nothing behind, not even their acceptance of the agreement."""

from __future__ import annotations

from bot.joingate.model import Consent, GateAgree, GateConsent
from bot.rules.model import AcceptAgreement
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_join_gate import (
    APPLICANT,
    FACILITATOR,
    FRIEND,
    RIGHTS,
    _applies,
    _gate_on,
    _group,
    _rows,
)
from tests.handlers.world import make_facilitator, onboard


async def _group_without_agreement(harness: HandlerHarness) -> int:
    """A supergroup with the bot and its facilitator, and no agreement written yet."""
    harness.core.add_user("Ada", ADMIN_ID)
    group = harness.core.add_group("Open circle", supergroup=True, bot_is_member=False)
    harness.core.make_admin(group.id, ADMIN_ID, owner=True)
    harness.core.add_bot_to_group(group.id, ADMIN_ID, rights=RIGHTS)
    await harness.deliver()
    await onboard(harness, FACILITATOR, "Fran")
    await make_facilitator(harness, group.id, FACILITATOR)
    return group.id


async def test_a_known_member_is_let_in_where_there_is_no_agreement(
    harness: HandlerHarness,
) -> None:
    """No agreement and no consent to ask for: the answer is the last step, and they are in
    (not left waiting until the request times out)."""
    group_id = await _group_without_agreement(harness)
    link = await _gate_on(harness, group_id)
    await onboard(harness, FRIEND, "Kim")
    harness.core.join_via_link(FRIEND, link)
    await harness.deliver()
    replies = await harness.send(FRIEND, "I'd like to share and listen")
    assert harness.core.member_status(group_id, FRIEND) == "member"
    assert "Welcome to Open circle" in (replies[-1].plain_text or "")
    assert harness.core.join_requests(group_id) == []


async def test_saying_no_to_consent_keeps_no_acceptance(harness: HandlerHarness) -> None:
    """Agreeing to the group's agreement, then saying no to the privacy notice: declined, and
    not even their acceptance of the agreement is kept (nothing about someone who said no)."""
    group_id = await _group(harness)
    await _applies(harness, await _gate_on(harness, group_id))
    [agreement] = await harness.send(APPLICANT, "Looking for people who understand")
    consent = await harness.pressed(APPLICANT, agreement, GateAgree(group_id).pack())
    await harness.press(APPLICANT, consent[-1], GateConsent(group_id, Consent.NO).pack())
    assert harness.core.member_status(group_id, APPLICANT) == "left"
    kept = "SELECT * FROM agreement_acceptances WHERE user_id = ?"
    assert await _rows(harness, kept, APPLICANT) == []


async def test_an_applicant_let_in_has_accepted_the_agreement(harness: HandlerHarness) -> None:
    """Agreeing and consenting: in the group, with this version of the agreement accepted."""
    group_id = await _group(harness)
    await _applies(harness, await _gate_on(harness, group_id))
    [agreement] = await harness.send(APPLICANT, "Looking for people who understand")
    consent = await harness.pressed(APPLICANT, agreement, GateAgree(group_id).pack())
    await harness.press(APPLICANT, consent[-1], GateConsent(group_id, Consent.YES).pack())
    assert harness.core.member_status(group_id, APPLICANT) == "member"
    accepted = "SELECT accepted_version FROM agreement_acceptances WHERE user_id = ?"
    assert await _rows(harness, accepted, APPLICANT) == [(1,)]


async def test_a_forged_accept_from_an_outsider_keeps_nothing(harness: HandlerHarness) -> None:
    """Someone who is not in the group presses a forged "I agree" for its agreement: refused
    as expired, and no row names them (only members and staff accept a group's agreement)."""
    group_id = await _group(harness)
    await onboard(harness, FRIEND, "Kim")
    [anything] = await harness.send(FRIEND, "/help")
    await harness.pressed(FRIEND, anything, AcceptAgreement(group_id, 1).pack())
    kept = "SELECT * FROM agreement_acceptances WHERE user_id = ?"
    assert await _rows(harness, kept, FRIEND) == []
