"""The join gate through the real Application and the emulator: an applicant passes and fails
the gate, a personal invite skips it, read-only minutes, and requests left alone without a gate."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import services_of
from bot.context import BotContext
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.joingate.handlers import decline_lapsed
from bot.joingate.model import Consent, GateAgree, GateConsent, GateReadOnly, GateSetting, Setting
from bot.rules.model import Action, RulesButton, RulesLanguage
from tests.handlers.conftest import ADMIN_ID, HandlerHarness, running_app
from tests.handlers.world import make_facilitator, onboard

FACILITATOR, APPLICANT, FRIEND = 660_000_001, 660_000_002, 660_000_003
AGREEMENT = "What is said here stays here. One voice at a time."
LINK = re.compile(r"https://t\.me/\+\S+")
RIGHTS = {"can_invite_users", "can_pin_messages", "can_restrict_members", "can_delete_messages"}


async def _group(harness: HandlerHarness, title: str = "Gate circle") -> int:
    """A supergroup whose admin adds the bot with the rights the gate needs, its facilitator
    onboarded, an agreement written."""
    if ADMIN_ID not in harness.core.users:
        harness.core.add_user("Ada", ADMIN_ID)
    group = harness.core.add_group(title, supergroup=True, bot_is_member=False)
    harness.core.make_admin(group.id, ADMIN_ID, owner=True)
    harness.core.add_bot_to_group(group.id, ADMIN_ID, rights=RIGHTS)
    await harness.deliver()
    await onboard(harness, FACILITATOR, "Fran")
    await make_facilitator(harness, group.id, FACILITATOR)
    [card] = await harness.send(FACILITATOR, "/rules")
    await harness.press(FACILITATOR, card, RulesButton(Action.EDIT, group.id).pack())
    await harness.send(FACILITATOR, AGREEMENT)
    return group.id


async def _gate_on(harness: HandlerHarness, group_id: int) -> str:
    """The facilitator turns join requests on; return the link the bot gave them."""
    [card] = await harness.send(FACILITATOR, "/gate")
    replies = await harness.pressed(FACILITATOR, card, GateSetting(Setting.ON, group_id).pack())
    found = [LINK.search(m.plain_text or "") for m in replies]
    links = [match.group(0) for match in found if match]
    assert links, [m.plain_text for m in replies]
    return links[0]


async def _applies(harness: HandlerHarness, link: str, user_id: int = APPLICANT) -> StoredMessage:
    """Someone who never opened the bot asks to join by the link; return the bot's question."""
    harness.core.add_user("Ari", user_id)
    harness.core.never_started(user_id)
    mark = harness.core.mark()
    harness.core.join_via_link(user_id, link)
    await harness.deliver()
    [question] = harness.new_messages(user_id, mark.message_seq)
    return question


def _last(harness: HandlerHarness, user_id: int) -> StoredMessage:
    """The bot's latest message to a person."""
    return harness.core.bot_messages(user_id)[-1]


async def _rows(harness: HandlerHarness, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Rows of the bot's database."""
    rows = await services_of(harness.app).db.fetch_all(sql, params)
    return [tuple(row) for row in rows]


async def test_an_applicant_passes_the_gate(harness: HandlerHarness) -> None:
    """Question, agreement, consent: let in, a member the bot can reach, nothing of the answer
    kept and the pending request (with its private chat id) gone."""
    group_id = await _group(harness)
    link = await _gate_on(harness, group_id)
    question = await _applies(harness, link)
    assert "What brings you to this group?" in (question.plain_text or "")
    assert await _rows(harness, "SELECT user_chat_id FROM join_requests") == [(APPLICANT,)]
    answer = "My sister told me about it, I've been low since the summer"
    [agreement] = await harness.send(APPLICANT, answer)
    assert AGREEMENT in (agreement.plain_text or "")
    consent = await harness.pressed(APPLICANT, agreement, GateAgree(group_id).pack())
    assert "What I keep about you" in (consent[-1].plain_text or "")
    await harness.press(APPLICANT, consent[-1], GateConsent(group_id, Consent.YES).pack())
    assert harness.core.member_status(group_id, APPLICANT) == "member"
    assert "Welcome to Gate circle" in (_last(harness, APPLICANT).plain_text or "")
    assert await _rows(harness, "SELECT * FROM join_requests") == []
    assert await _rows(
        harness, "SELECT chat_id FROM group_members WHERE user_id = ?", APPLICANT
    ) == [(group_id,)]
    accepted = "SELECT accepted_version FROM agreement_acceptances WHERE user_id = ?"
    assert await _rows(harness, accepted, APPLICANT) == [(1,)]
    dump = "\n".join(services_of(harness.app).db.path.read_bytes().decode("latin-1").split("\0"))
    assert answer not in dump


async def test_a_non_answer_is_asked_again_and_the_time_runs_out(tmp_path: Path) -> None:
    """Emoji is no answer; after the timeout the request is declined kindly and forgotten."""
    clock = ManualClock(datetime.now(UTC))
    async with running_app(tmp_path, clock=clock) as harness:
        group_id = await _group(harness)
        await _applies(harness, await _gate_on(harness, group_id))
        [again] = await harness.send(APPLICANT, "👍👍")
        assert "didn't catch an answer" in (again.plain_text or "")
        context = BotContext(harness.app)
        assert await decline_lapsed(context) == 0
        clock.now += timedelta(minutes=31)
        assert await decline_lapsed(context) == 1
        assert harness.core.join_requests(group_id) == []
        assert harness.core.member_status(group_id, APPLICANT) == "left"
        assert "use the group's invite link again" in (_last(harness, APPLICANT).plain_text or "")
        assert await _rows(harness, "SELECT * FROM join_requests") == []
        assert await services_of(harness.app).questions.current(APPLICANT) is None


async def test_saying_no_to_the_privacy_notice_declines(harness: HandlerHarness) -> None:
    """No consent: declined, nothing kept about the person."""
    group_id = await _group(harness)
    await _applies(harness, await _gate_on(harness, group_id))
    [agreement] = await harness.send(APPLICANT, "Looking for people who understand")
    consent = await harness.pressed(APPLICANT, agreement, GateAgree(group_id).pack())
    await harness.press(APPLICANT, consent[-1], GateConsent(group_id, Consent.NO).pack())
    assert harness.core.join_requests(group_id) == []
    assert harness.core.member_status(group_id, APPLICANT) == "left"
    assert await _rows(harness, "SELECT * FROM members WHERE user_id = ?", APPLICANT) == []
    assert await _rows(harness, "SELECT * FROM join_requests") == []


async def test_a_forged_consent_skips_nothing(harness: HandlerHarness) -> None:
    """Pressing "yes" before answering the question lets nobody in."""
    group_id = await _group(harness)
    question = await _applies(harness, await _gate_on(harness, group_id))
    await harness.press(APPLICANT, question, GateConsent(group_id, Consent.YES).pack())
    await harness.press(APPLICANT, question, GateAgree(group_id).pack())
    assert harness.core.join_requests(group_id) == [APPLICANT]
    assert harness.core.member_status(group_id, APPLICANT) == "left"


async def test_a_member_already_known_skips_consent(harness: HandlerHarness) -> None:
    """Someone who already uses the bot answers and agrees: let in without a second consent."""
    group_id = await _group(harness)
    link = await _gate_on(harness, group_id)
    await onboard(harness, FRIEND, "Kim")
    mark = harness.core.mark()
    harness.core.join_via_link(FRIEND, link)
    await harness.deliver()
    assert harness.new_messages(FRIEND, mark.message_seq)
    [agreement] = await harness.send(FRIEND, "I'd like to share and listen")
    await harness.press(FRIEND, agreement, GateAgree(group_id).pack())
    assert harness.core.member_status(group_id, FRIEND) == "member"


async def test_an_invited_person_skips_the_gate(harness: HandlerHarness) -> None:
    """/invite: a one-person link without a join request; they come straight in, unasked."""
    group_id = await _group(harness)
    await _gate_on(harness, group_id)
    replies = await harness.send(FACILITATOR, "/invite")
    match = LINK.search(replies[-1].plain_text or "")
    assert match is not None, replies[-1].plain_text
    harness.core.add_user("Kim", FRIEND)
    harness.core.join_via_link(FRIEND, match.group(0))
    await harness.deliver()
    assert harness.core.member_status(group_id, FRIEND) == "member"
    assert harness.core.bot_messages(FRIEND) == []
    [made] = [link for link in harness.core.invite_links(group_id) if link.get("member_limit")]
    assert made["member_limit"] == 1
    assert not made["creates_join_request"]
    audit = "SELECT actor_id FROM audit_log WHERE action = 'joingate.invite'"
    assert await _rows(harness, audit) == [(FACILITATOR,)]


async def test_read_only_minutes_after_joining(harness: HandlerHarness) -> None:
    """With 15 read-only minutes, the newcomer is restricted until then."""
    group_id = await _group(harness)
    link = await _gate_on(harness, group_id)
    [card] = await harness.send(FACILITATOR, "/gate")
    await harness.press(FACILITATOR, card, GateReadOnly(group_id, 15).pack())
    await _applies(harness, link)
    [agreement] = await harness.send(APPLICANT, "I'm new to all this")
    consent = await harness.pressed(APPLICANT, agreement, GateAgree(group_id).pack())
    await harness.press(APPLICANT, consent[-1], GateConsent(group_id, Consent.YES).pack())
    assert harness.core.member_status(group_id, APPLICANT) == "restricted"
    assert "15 minutes" in (_last(harness, APPLICANT).plain_text or "")
    harness.core.advance_clock(16 * 60)
    assert harness.core.member_status(group_id, APPLICANT) == "member"


async def test_without_a_gate_requests_are_left_to_the_admins(harness: HandlerHarness) -> None:
    """Join requests on a link the bot did not gate: the bot neither writes nor decides."""
    group_id = await _group(harness)
    link = harness.core.create_invite_link(group_id, ADMIN_ID, creates_join_request=True)
    harness.core.add_user("Ari", APPLICANT)
    harness.core.join_via_link(APPLICANT, link)
    await harness.deliver()
    assert harness.core.bot_messages(APPLICANT) == []
    assert harness.core.join_requests(group_id) == [APPLICANT]


async def test_the_agreement_is_pinned_and_a_new_version_replaces_it(
    harness: HandlerHarness,
) -> None:
    """With the right to pin, the agreement is posted and pinned; a change pins the new one."""
    group_id = await _group(harness)
    pinned = harness.core.pinned(group_id)
    assert pinned is not None
    assert AGREEMENT in (pinned.plain_text or "")
    [card] = await harness.send(FACILITATOR, "/rules")
    await harness.press(FACILITATOR, card, RulesButton(Action.EDIT, group_id).pack())
    await harness.send(FACILITATOR, AGREEMENT + " And kindness.")
    pinned = harness.core.pinned(group_id)
    assert pinned is not None
    assert "And kindness." in (pinned.plain_text or "")


async def test_status_names_the_missing_right(harness: HandlerHarness) -> None:
    """Gate on, then the bot loses the right to invite: /status says so and how to fix it."""
    group_id = await _group(harness)
    await _gate_on(harness, group_id)
    assert "Invite users via link" not in await harness.ask(ADMIN_ID, "/status")
    harness.core.set_bot_rights(group_id, {"can_pin_messages"}, by_user_id=ADMIN_ID)
    await harness.deliver()
    status = await harness.ask(ADMIN_ID, "/status")
    assert "I can't make invite links" in status
    assert "Invite users via link" in status


async def test_mydata_shows_a_pending_request_and_forget_erases_it(
    harness: HandlerHarness,
) -> None:
    """What the gate keeps while someone waits is theirs to see and to erase."""
    group_id = await _group(harness)
    await _applies(harness, await _gate_on(harness, group_id))
    privacy = services_of(harness.app).privacy
    exported = await privacy.export(APPLICANT)
    [pending] = exported["joingate"]["join_requests"]
    assert pending["group"] == group_id
    await privacy.erase(APPLICANT)
    assert await _rows(harness, "SELECT * FROM join_requests") == []


async def test_a_newcomer_is_greeted_in_their_language_with_its_agreement(
    harness: HandlerHarness,
) -> None:
    """The facilitator writes the agreement in Spanish too; a Spanish-speaking applicant gets
    the question and that text in Spanish."""
    group_id = await _group(harness)
    [card] = await harness.send(FACILITATOR, "/rules")
    asked = await harness.pressed(FACILITATOR, card, RulesLanguage(group_id, "es").pack())
    assert "Gate circle in Spanish" in (asked[-1].plain_text or "")
    spanish = "Lo que se dice aquí se queda aquí. Una voz a la vez."
    await harness.send(FACILITATOR, spanish)
    link = await _gate_on(harness, group_id)
    harness.core.add_user("Ana", APPLICANT, language_code="es-MX")
    harness.core.never_started(APPLICANT)
    mark = harness.core.mark()
    harness.core.join_via_link(APPLICANT, link)
    await harness.deliver()
    [question] = harness.new_messages(APPLICANT, mark.message_seq)
    assert "¿Qué te trae a este grupo?" in (question.plain_text or "")
    [agreement] = await harness.send(APPLICANT, "Me lo recomendó mi terapeuta")
    assert spanish in (agreement.plain_text or "")
    assert AGREEMENT not in (agreement.plain_text or "")
