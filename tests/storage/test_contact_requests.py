"""Requests to reach out on a real database: a claim button, one claim, reminders, erasure."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.config import DEFAULT_CONTENT_DIR
from bot.delivery.outbox import outcome_of
from bot.devtools.clock import ManualClock
from bot.domain.buttons.contact_requests import ClaimContact
from bot.domain.escalation import EscalationPolicy
from bot.domain.models import Group, Member
from bot.i18n import load_texts
from bot.services.contact_requests import Audience, Claim, ContactRequestService
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.contact_requests import ContactRequestRepository
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.members import MemberRepository
from bot.storage.outbox import OutboxRepository, erase_outbox
from bot.storage.roles import RoleRepository

MEMBER, FAY, GUS, ADMIN, STRANGER = 801, 802, 803, 804, 805
GROUP = -100_800
NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
POLICY = EscalationPolicy(
    after=timedelta(minutes=5),
    imminent_after=timedelta(minutes=2),
    rounds=0,
    repeat=timedelta(minutes=30),
    late=timedelta(minutes=60),
    late_after=timedelta(hours=2),
)
TAKE = "I'll reach out"


class World:
    """The contact request service on one database, with a movable clock."""

    def __init__(self, db: Database) -> None:
        """Wire the repositories and the service the way the container does."""
        self.db, self.clock = db, ManualClock(NOON)
        self.members = MemberRepository(db)
        self.roles = RoleService(RoleRepository(db), (), self.clock)
        self.repo = ContactRequestRepository(db)
        self.contacts = ContactRequestService(
            db,
            self.repo,
            self.members,
            self.roles,
            load_texts(DEFAULT_CONTENT_DIR),
            self.clock,
            POLICY,
            outbox=OutboxLink(),
        )
        self.outbox = OutboxRepository(db)
        self.message_ids = iter(range(5000, 6000))

    async def rows(self, prefix: str = "sr") -> list[tuple[str, int, int | None, dict[str, Any]]]:
        """Outbox rows keyed `prefix:…`: key, chat, user and parameters (sent ones too)."""
        rows = await self.db.fetch_all(
            "SELECT dedup_key, chat_id, user_id, payload FROM outbox WHERE dedup_key LIKE ?"
            " ORDER BY id",
            (f"{prefix}:%",),
        )
        return [(r[0], r[1], r[2], json.loads(r[3] or "{}")) for r in rows]

    async def deliver(self) -> dict[str, int]:
        """Send what is due, as the outbox worker would; return message ids by outbox key."""
        delivered: dict[str, int] = {}
        for message in await self.outbox.due("9999-12-31T00:00:00Z", limit=500):
            result: dict[str, Any] = {"message_id": next(self.message_ids)}
            if message.method == "editMessageText":
                result = {"message_id": message.params["message_id"]}
            await self.contacts.on_outcome(outcome_of(message, result))
            await self.outbox.mark_sent_many([message.id], "2026-11-23T12:00:00Z")
            delivered[message.dedup_key] = int(result["message_id"])
        return delivered

    async def request(self, request_id: int) -> dict[str, Any]:
        """The request's row."""
        row = await self.db.fetch_one("SELECT * FROM support_requests WHERE id = ?", (request_id,))
        assert row is not None
        return dict(row)


def button_of(params: dict[str, Any]) -> tuple[str, str]:
    """The one button of a request message (or edit): its label and data."""
    [[button]] = params["reply_markup"]["inline_keyboard"]
    return str(button["text"]), str(button["callback_data"])


@pytest.fixture
async def world(db: Database) -> World:
    """A member in a group with two facilitators; an admin; a stranger."""
    made = World(db)
    stamp = "2026-11-01T00:00:00Z"
    await GroupRepository(db).upsert(
        Group(GROUP, "Circle", "supergroup", "c8", "Europe/Madrid", "en", None, "member", stamp)
    )
    for user_id, name in ((MEMBER, "Mo"), (FAY, "Fay"), (GUS, "Gus"), (ADMIN, "Ada")):
        await made.members.add(
            Member(user_id, name, None, "en", "Europe/Madrid", stamp, 1, False, None, stamp, stamp)
        )
    await made.members.join_group(MEMBER, GROUP, stamp)
    for facilitator in (FAY, GUS):
        await made.roles.roles.add_facilitator(GROUP, facilitator, None, stamp)
    await made.roles.roles.seed_admins((ADMIN,), stamp)
    return made


async def test_each_facilitator_gets_a_copy_with_a_claim_button(world: World) -> None:
    """An 'asked' request: one copy per facilitator (not the admin), each with the button."""
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    assert (opened.audience, opened.told) == (Audience.FACILITATORS, 2)
    rows = await world.rows()
    assert [(key, chat) for key, chat, _user, _p in rows] == [
        (f"sr:{opened.request_id}:{FAY}", FAY),
        (f"sr:{opened.request_id}:{GUS}", GUS),
    ]
    for _key, _chat, user, params in rows:
        assert user == MEMBER  # the member's /forget drops them while unsent
        assert "<b>Mo</b> would like a facilitator to reach out" in params["text"]
        assert button_of(params) == (f"🙋 {TAKE}", ClaimContact(opened.request_id).pack())
    request = await world.request(opened.request_id)
    assert request["claimed_by"] is None
    assert request["next_reminder_at"] == "2026-11-23T12:05:01Z"


async def test_first_press_claims_and_every_copy_shows_who(world: World) -> None:
    """Fay's press claims it (audit too); Gus's copy shows her; Gus's press is told who."""
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    sent = await world.deliver()
    world.clock.now += timedelta(minutes=1)
    first = await world.contacts.claim(opened.request_id, FAY)
    assert (first.outcome, first.claimer) == (Claim.DONE, "Fay")
    second = await world.contacts.claim(opened.request_id, GUS)
    assert (second.outcome, second.claimer) == (Claim.TAKEN, "Fay")
    again = await world.contacts.claim(opened.request_id, FAY)
    assert again.outcome is Claim.YOURS
    request = await world.request(opened.request_id)
    assert (request["claimed_by"], request["claimed_at"]) == (FAY, "2026-11-23T12:01:00Z")
    assert request["next_reminder_at"] is None
    audit = await world.db.fetch_all("SELECT actor_id, action, subject FROM audit_log")
    assert [tuple(row) for row in audit] == [(FAY, "contact.claim", str(opened.request_id))]
    edits = {chat: params for _key, chat, _user, params in await world.rows("sre")}
    assert set(edits) == {FAY, GUS}
    assert edits[GUS]["message_id"] == sent[f"sr:{opened.request_id}:{GUS}"]
    assert button_of(edits[GUS])[0] == "✅ Fay is reaching out"
    assert button_of(edits[FAY])[0] == "✅ You're reaching out"
    assert button_of(edits[GUS])[1] == ClaimContact(opened.request_id).pack()  # same place, inert


async def test_two_presses_at_once_make_one_claim(world: World) -> None:
    """Simultaneous presses: exactly one claim, one audit entry."""
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    results = await asyncio.gather(
        world.contacts.claim(opened.request_id, FAY), world.contacts.claim(opened.request_id, GUS)
    )
    assert sorted(result.outcome for result in results) == [Claim.DONE, Claim.TAKEN]
    audit = await world.db.fetch_all("SELECT COUNT(*) FROM audit_log")
    assert audit[0][0] == 1


async def test_only_people_told_and_admins_may_claim(world: World) -> None:
    """A stranger is refused and changes nothing; an admin who was not told may claim."""
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    refused = await world.contacts.claim(opened.request_id, STRANGER)
    assert refused.outcome is Claim.NOT_ALLOWED
    assert (await world.request(opened.request_id))["claimed_by"] is None
    assert (await world.contacts.claim(opened.request_id + 99, FAY)).outcome is Claim.GONE
    assert (await world.contacts.claim(opened.request_id, ADMIN)).outcome is Claim.DONE


async def test_unclaimed_request_is_reminded_forever(world: World) -> None:
    """After 5 min a new copy to everyone told and the admin; then every 30 min, then hourly."""
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    await world.deliver()
    world.clock.now = NOON + timedelta(minutes=5)
    assert await world.contacts.remind_due() == 0, "not before the wait is over"
    world.clock.now = NOON + timedelta(minutes=5, seconds=1)
    assert await world.contacts.remind_due() == 1
    assert await world.contacts.remind_due() == 0, "once per due time"
    first = [(key, chat) for key, chat, _u, _p in await world.rows() if key.endswith(":1")]
    assert sorted(chat for _key, chat in first) == [FAY, GUS, ADMIN]
    reminder = (await world.rows())[-1][3]
    assert "nobody has said they'll reach out yet" in reminder["text"]
    assert button_of(reminder)[0] == f"🙋 {TAKE}"
    request = await world.request(opened.request_id)
    assert request["next_reminder_at"] == "2026-11-23T12:35:02Z"
    world.clock.now = NOON + timedelta(hours=3)
    assert await world.contacts.remind_due() == 1
    request = await world.request(opened.request_id)
    assert request["next_reminder_at"] == "2026-11-23T16:00:01Z", "hourly once it is late"


async def test_low_mood_request_is_never_sent_to_admins(world: World) -> None:
    """Consent named facilitators: reminders of a low-run request skip the admins."""
    opened = await world.contacts.open(MEMBER, "low_mood")
    assert opened is not None
    world.clock.now = NOON + timedelta(minutes=6)
    assert await world.contacts.remind_due() == 1
    assert ADMIN not in {chat for _key, chat, _u, _p in await world.rows()}


async def test_nobody_to_tell_is_kept_and_tried_again(world: World) -> None:
    """No facilitator and no admin: recorded, nobody told; a facilitator added later hears."""
    for facilitator in (FAY, GUS):
        await world.roles.roles.remove_facilitator(GROUP, facilitator)
    await world.db.write("DELETE FROM admins")
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    assert (opened.audience, opened.told) == (Audience.NOBODY, 0)
    assert await world.rows() == []
    await world.roles.roles.add_facilitator(GROUP, GUS, None, "2026-11-23T12:01:00Z")
    world.clock.now = NOON + timedelta(minutes=6)
    assert await world.contacts.remind_due() == 1
    assert [chat for _key, chat, _u, _p in await world.rows()] == [GUS]


async def test_admins_hear_when_the_group_has_no_facilitator(world: World) -> None:
    """'asked' without facilitators goes to the admins and says so."""
    for facilitator in (FAY, GUS):
        await world.roles.roles.remove_facilitator(GROUP, facilitator)
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    assert (opened.audience, opened.told) == (Audience.ADMINS, 1)


async def test_copy_delivered_after_the_claim_is_brought_up_to_date(world: World) -> None:
    """A copy still on its way when claimed is edited as soon as it is delivered."""
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    [message, _] = await world.outbox.due("9999-12-31T00:00:00Z")
    await world.contacts.claim(opened.request_id, GUS)
    await world.contacts.on_outcome(outcome_of(message, {"message_id": 77}))
    [(_key, chat, _user, params)] = await world.rows("sre")
    assert (chat, params["message_id"]) == (FAY, 77)
    assert button_of(params)[0] == "✅ Gus is reaching out"


async def test_member_forget_withdraws_every_copy(world: World) -> None:
    """Delivered copies say 'withdrawn' (no name), unsent ones are dropped, no row is left."""
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    sent = await world.deliver()
    world.clock.now = NOON + timedelta(minutes=6)
    await world.contacts.remind_due()  # a second round, still unsent
    async with world.db.transaction() as tx:
        await erase_outbox(tx, MEMBER)
        await world.contacts.erase(tx, MEMBER)
        await erase_outbox(tx, MEMBER)  # whatever order the erasers run in
    assert [key for key, *_ in await world.rows("sr")] == list(sent)
    withdrawn = await world.rows("sre")
    assert sorted(chat for _key, chat, _user, _p in withdrawn) == [FAY, GUS]
    for _key, _chat, user, params in withdrawn:
        assert user is None
        assert "withdrawn" in params["text"]
        assert "Mo" not in params["text"]
        assert str(MEMBER) not in json.dumps(params)
        assert "reply_markup" not in params
    for table in ("support_requests", "support_request_copies"):
        assert (await world.db.fetch_all(f"SELECT * FROM {table}")) == [], table
    assert await world.contacts.export(MEMBER) is None


async def test_copy_in_flight_at_forget_is_withdrawn_on_delivery(world: World) -> None:
    """A copy sent while the member was being forgotten is edited to 'withdrawn' when it lands."""
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    [message, _] = await world.outbox.due("9999-12-31T00:00:00Z")
    async with world.db.transaction() as tx:
        await world.contacts.erase(tx, MEMBER)
    await world.contacts.on_outcome(outcome_of(message, {"message_id": 91}))
    [(_key, chat, user, params)] = await world.rows("sre")
    assert (chat, user, params["message_id"]) == (FAY, None, 91)
    assert "withdrawn" in params["text"]


async def test_claimer_forget_reopens_the_request(world: World) -> None:
    """Fay's /forget clears her claim, drops her copies; Gus's copy gets the button back."""
    opened = await world.contacts.open(MEMBER, "asked")
    assert opened is not None
    await world.deliver()
    await world.contacts.claim(opened.request_id, FAY)
    await world.deliver()
    world.clock.now = NOON + timedelta(minutes=10)
    async with world.db.transaction() as tx:
        await world.contacts.erase(tx, FAY)
    request = await world.request(opened.request_id)
    assert (request["claimed_by"], request["claimed_at"]) == (None, None)
    assert request["next_reminder_at"] == "2026-11-23T12:15:01Z"
    readers = await world.db.fetch_all("SELECT DISTINCT reader_id FROM support_request_copies")
    assert [row[0] for row in readers] == [GUS]
    reopened = [p for _k, chat, _u, p in await world.rows("sre") if chat == GUS][-1]
    assert button_of(reopened)[0] == f"🙋 {TAKE}"
    assert "Fay" not in json.dumps(reopened)
    assert (await world.contacts.claim(opened.request_id, GUS)).outcome is Claim.DONE


async def test_export_lists_requests_and_claims_without_names(world: World) -> None:
    """/mydata: the member sees their request and that someone said yes; Fay sees her claim."""
    opened = await world.contacts.open(MEMBER, "low_mood")
    assert opened is not None
    await world.contacts.claim(opened.request_id, FAY)
    mine = await world.contacts.export(MEMBER)
    assert mine == {
        "your_requests": [
            {
                "kind": "low_mood",
                "at": "2026-11-23T12:00:00Z",
                "a_facilitator_said_they_would_reach_out_at": "2026-11-23T12:00:00Z",
            }
        ]
    }
    assert await world.contacts.export(FAY) == {
        "you_said_you_would_reach_out": [{"at": "2026-11-23T12:00:00Z"}]
    }
    assert "Fay" not in json.dumps(mine)
