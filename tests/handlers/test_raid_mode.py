"""Raid mode through the real Application and the emulator: a spike of joins switches the
group's link to join requests and tells its staff; quiet, or the button, switches it back."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import services_of
from bot.context import BotContext
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.joingate.model import EndRaid, GateSetting, Setting
from bot.joingate.raid import end_quiet_raids
from tests.handlers.conftest import ADMIN_ID, HandlerHarness, running_app
from tests.handlers.world import make_facilitator, onboard

FACILITATOR, MEMBER = 670_000_001, 670_000_002
RAIDERS = range(670_100_001, 670_100_011)
LINK = re.compile(r"https://t\.me/\+\S+")


async def _group(harness: HandlerHarness) -> int:
    """A supergroup with the bot as an admin that may invite, and a facilitator."""
    harness.core.add_user("Ada", ADMIN_ID)
    group = harness.core.add_group("Raid circle", supergroup=True, bot_is_member=False)
    harness.core.make_admin(group.id, ADMIN_ID, owner=True)
    harness.core.add_bot_to_group(group.id, ADMIN_ID, rights={"can_invite_users"})
    await harness.deliver()
    await onboard(harness, FACILITATOR, "Fran")
    await make_facilitator(harness, group.id, FACILITATOR)
    return group.id


async def _open_link(harness: HandlerHarness, group_id: int) -> str:
    """The facilitator turns the gate on and off: the bot's open link."""
    [card] = await harness.send(FACILITATOR, "/gate")
    await harness.press(FACILITATOR, card, GateSetting(Setting.ON, group_id).pack())
    replies = await harness.pressed(FACILITATOR, card, GateSetting(Setting.OFF, group_id).pack())
    found = [LINK.search(m.plain_text or "") for m in replies]
    links = [match.group(0) for match in found if match]
    assert links, [m.plain_text for m in replies]
    return links[0]


def _notices(harness: HandlerHarness, user_id: int, words: str) -> list[StoredMessage]:
    """The bot's messages to a person containing some words."""
    return [m for m in harness.core.bot_messages(user_id) if words in (m.plain_text or "")]


def _link_of(harness: HandlerHarness, group_id: int, url: str) -> dict[str, object]:
    """The emulator's record of one invite link."""
    [found] = [link for link in harness.core.invite_links(group_id) if link["invite_link"] == url]
    return found


async def _raid(harness: HandlerHarness, link: str, people: range) -> None:
    """Many people join by the open link, one after another."""
    for user_id in people:
        harness.core.add_user(f"R{user_id % 100}", user_id)
        harness.core.join_via_link(user_id, link)
    await harness.deliver()


async def test_raid_mode_trips_and_recovers(tmp_path: Path) -> None:
    """Ten joins within a minute: join-request link, the open one revoked, staff told; after
    the quiet period an open link again and the raid link revoked."""
    clock = ManualClock(datetime.now(UTC))
    async with running_app(tmp_path, clock=clock) as harness:
        group_id = await _group(harness)
        link = await _open_link(harness, group_id)
        await _raid(harness, link, RAIDERS[:9])
        assert _notices(harness, FACILITATOR, "Raid mode in") == []
        await _raid(harness, link, RAIDERS[9:])
        [notice] = _notices(harness, FACILITATOR, "Raid mode in Raid circle")
        # The bot can revoke only its own links: the staff hear that the others still work.
        assert "Links made by other admins" in (notice.plain_text or "")
        assert _notices(harness, ADMIN_ID, "Raid mode in Raid circle")
        match = LINK.search(notice.plain_text or "")
        assert match is not None
        raid_link = match.group(0)
        assert _link_of(harness, group_id, raid_link)["creates_join_request"]
        assert _link_of(harness, group_id, link)["is_revoked"]
        context = BotContext(harness.app)
        clock.now += timedelta(minutes=29)
        assert await end_quiet_raids(context) == 0
        clock.now += timedelta(minutes=2)
        assert await end_quiet_raids(context) == 1
        [over] = _notices(harness, FACILITATOR, "is over")
        match = LINK.search(over.plain_text or "")
        assert match is not None
        assert not _link_of(harness, group_id, match.group(0))["creates_join_request"]
        assert _link_of(harness, group_id, raid_link)["is_revoked"]
        actions = await services_of(harness.app).db.fetch_all(
            "SELECT action, actor_id FROM audit_log WHERE action LIKE 'joingate.raid%'"
        )
        assert [tuple(row) for row in actions] == [
            ("joingate.raid_on", None),
            ("joingate.raid_off", None),
        ]


async def test_slow_joins_do_not_trip_it(tmp_path: Path) -> None:
    """Ten joins spread over ten minutes are not a raid."""
    clock = ManualClock(datetime.now(UTC))
    async with running_app(tmp_path, clock=clock) as harness:
        group_id = await _group(harness)
        link = await _open_link(harness, group_id)
        for user_id in RAIDERS:
            await _raid(harness, link, range(user_id, user_id + 1))
            clock.now += timedelta(seconds=61)
        assert _notices(harness, FACILITATOR, "Raid mode in") == []


async def test_the_button_ends_it_for_staff_only(harness: HandlerHarness) -> None:
    """A member's forged press changes nothing; the facilitator's ends raid mode."""
    group_id = await _group(harness)
    link = await _open_link(harness, group_id)
    await _raid(harness, link, RAIDERS)
    [notice] = _notices(harness, FACILITATOR, "Raid mode in Raid circle")
    await onboard(harness, MEMBER, "Robin")
    await harness.press(MEMBER, notice, EndRaid(group_id).pack())
    assert _notices(harness, FACILITATOR, "is over") == []
    await harness.press(FACILITATOR, notice, EndRaid(group_id).pack())
    assert len(_notices(harness, FACILITATOR, "is over")) == 1
    await harness.press(FACILITATOR, notice, EndRaid(group_id).pack())
    assert len(_notices(harness, FACILITATOR, "is over")) == 1
