"""The gate's and the agreement's tables: versions, acceptances, settings, pending requests."""

from __future__ import annotations

from bot.domain.models import Group
from bot.joingate.model import JoinRequest, Step
from bot.joingate.storage import GateRepository, erase_join_requests
from bot.rules.storage import AgreementRepository, erase_rules_author
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from tests.storage.conftest import group_columns

CHAT, NEW_CHAT, FRAN, ROBIN = -100_1, -1_000_000_000_778, 71, 72
NOW = "2026-12-07T12:00:00Z"
LATER = "2026-12-07T12:30:00Z"


async def _group(db: Database) -> None:
    """A group the bot is in."""
    group = Group(CHAT, "Circle", "group", "code12345678", "UTC", "en", FRAN, "member", NOW)
    await GroupRepository(db).upsert(group)


def _request(expires_at: str = LATER) -> JoinRequest:
    """Robin waiting at the gate."""
    return JoinRequest(CHAT, ROBIN, ROBIN, "es", Step.QUESTION, NOW, expires_at)


async def test_each_change_is_a_new_version_and_drops_translations(db: Database) -> None:
    """Saving twice makes version 2; the other languages' texts of version 1 go."""
    await _group(db)
    repo = AgreementRepository(db)
    assert await repo.save(CHAT, "One voice at a time.", FRAN, NOW) == 1
    assert await repo.save_translation(CHAT, "es", "Una voz a la vez.", FRAN, NOW)
    spanish = await repo.get(CHAT, "es")
    assert spanish is not None
    assert (spanish.text, spanish.language) == ("Una voz a la vez.", "es")
    german = await repo.get(CHAT, "de")
    assert german is not None
    assert german.text == "One voice at a time."
    assert await repo.save(CHAT, "One voice at a time, and kindness.", FRAN, LATER) == 2
    assert await repo.languages(CHAT) == []


async def test_a_translation_needs_the_agreement_first(db: Database) -> None:
    """No agreement in the group's language: nothing to translate."""
    await _group(db)
    assert not await AgreementRepository(db).save_translation(CHAT, "es", "Una voz.", FRAN, NOW)


async def test_asked_once_per_version_until_accepted(db: Database) -> None:
    """A member is asked once for a version; accepting it means never asked for it again."""
    await _group(db)
    repo = AgreementRepository(db)
    version = await repo.save(CHAT, "One voice at a time.", FRAN, NOW)
    assert await repo.accepted_version(CHAT, FRAN) == (1, 1)  # the author accepted it
    assert await repo.mark_asked(CHAT, ROBIN, version)
    assert not await repo.mark_asked(CHAT, ROBIN, version)
    await repo.accept(CHAT, ROBIN, version, NOW)
    assert await repo.accepted_version(CHAT, ROBIN) == (1, 1)
    second = await repo.save(CHAT, "One voice at a time, and kindness.", FRAN, LATER)
    assert await repo.mark_asked(CHAT, ROBIN, second)
    assert await repo.accepted_version(CHAT, ROBIN) == (1, 2)


async def test_clearing_forgets_acceptances(db: Database) -> None:
    """A removed agreement takes its acceptances along: a new one starts unaccepted."""
    await _group(db)
    repo = AgreementRepository(db)
    await repo.save(CHAT, "One voice at a time.", FRAN, NOW)
    await repo.accept(CHAT, ROBIN, 1, NOW)
    assert await repo.clear(CHAT, FRAN, LATER)
    await repo.save(CHAT, "Something new entirely.", FRAN, LATER)
    assert await repo.accepted_version(CHAT, ROBIN) == (0, 0)


async def test_forget_erases_acceptances_and_authorship(db: Database) -> None:
    """/forget: no acceptance names the person; the agreement stays without its author."""
    await _group(db)
    repo = AgreementRepository(db)
    await repo.save(CHAT, "One voice at a time.", FRAN, NOW)
    async with db.transaction() as tx:
        await erase_rules_author(tx, FRAN)
    assert await repo.acceptances(FRAN) == []
    assert await repo.written_by(FRAN) == []
    assert await repo.get(CHAT) is not None


async def test_settings_are_audited_and_default(db: Database) -> None:
    """Never set: off; a change is kept and written to the audit trail; unknown group: no."""
    await _group(db)
    repo = GateRepository(db)
    assert not (await repo.settings(CHAT)).requests_on
    assert await repo.change(CHAT, "requests_on", 1, FRAN, NOW)
    assert await repo.change(CHAT, "readonly_minutes", 15, FRAN, NOW)
    assert await repo.change(CHAT, "invite_link", "https://t.me/+abc", None, NOW)
    gate = await repo.settings(CHAT)
    assert (gate.requests_on, gate.readonly_minutes, gate.invite_link) == (
        True,
        15,
        "https://t.me/+abc",
    )
    rows = await db.fetch_all("SELECT action, subject FROM audit_log ORDER BY id")
    assert [tuple(row) for row in rows] == [("joingate.requests", "1"), ("joingate.readonly", "15")]
    assert not await repo.change(-999, "requests_on", 1, FRAN, NOW)


async def test_raid_mode_on_once_and_off(db: Database) -> None:
    """On once (a second trip changes nothing), joins noted, off once."""
    await _group(db)
    repo = GateRepository(db)
    assert await repo.start_raid(CHAT, NOW)
    assert not await repo.start_raid(CHAT, LATER)
    await repo.joined(CHAT, LATER)
    [gate] = await repo.in_raid()
    assert (gate.raid_since, gate.last_join_at) == (NOW, LATER)
    assert await repo.end_raid(CHAT, None, LATER)
    assert not await repo.end_raid(CHAT, FRAN, LATER)
    assert await repo.in_raid() == []


async def test_a_request_moves_on_step_by_step_and_is_deleted_when_decided(db: Database) -> None:
    """Steps only forward from where it is; decided means gone, private chat id with it."""
    await _group(db)
    repo = GateRepository(db)
    await repo.add_request(_request())
    assert not await repo.set_step(CHAT, ROBIN, Step.AGREEMENT, Step.CONSENT)
    assert await repo.set_step(CHAT, ROBIN, Step.QUESTION, Step.AGREEMENT)
    assert await repo.lapsed(NOW) == []
    [lapsed] = await repo.lapsed(LATER)
    assert lapsed.step is Step.AGREEMENT
    assert await repo.decided(CHAT, ROBIN)
    assert not await repo.decided(CHAT, ROBIN)
    assert await db.fetch_all("SELECT * FROM join_requests") == []


async def test_forget_erases_pending_requests(db: Database) -> None:
    """/forget: the person's requests go."""
    await _group(db)
    repo = GateRepository(db)
    await repo.add_request(_request())
    assert await repo.requests_of(ROBIN) != []
    async with db.transaction() as tx:
        await erase_join_requests(tx, ROBIN)
    assert await repo.requests_of(ROBIN) == []


async def test_a_group_moved_to_a_supergroup_keeps_its_gate(db: Database) -> None:
    """Settings, requests, agreement texts and acceptances follow the new chat id."""
    await _group(db)
    gate, rules = GateRepository(db), AgreementRepository(db)
    await gate.change(CHAT, "requests_on", 1, FRAN, NOW)
    await gate.add_request(_request())
    await rules.save(CHAT, "One voice at a time.", FRAN, NOW)
    await rules.save_translation(CHAT, "es", "Una voz a la vez.", FRAN, NOW)
    assert await GroupRepository(db).migrate(CHAT, NEW_CHAT, group_columns())
    assert (await gate.settings(NEW_CHAT)).requests_on
    assert await gate.request(NEW_CHAT, ROBIN) is not None
    assert await rules.languages(NEW_CHAT) == ["es"]
    assert await rules.accepted_version(NEW_CHAT, FRAN) == (1, 1)
