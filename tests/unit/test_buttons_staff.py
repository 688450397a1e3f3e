"""The staff features' buttons: setup, announcements, audit, facilitators, resources, stats,
requests to reach out. Their data as written on the wire, and what they refuse."""

from __future__ import annotations

import pytest

from bot.domain.buttons.announce import (
    ANNOUNCE_BUTTONS,
    ChangeAnnouncement,
    DropAnnouncement,
    PickAnnounceGroup,
    SendAnnouncement,
    StopAnnouncement,
)
from bot.domain.buttons.audit import OlderAudit
from bot.domain.buttons.contact_requests import ClaimContact
from bot.domain.buttons.facilitators import (
    AddFacilitator,
    AskRemoval,
    KeepFacilitator,
    RemoveFacilitator,
)
from bot.domain.buttons.group_setup import (
    SETUP_BUTTONS,
    KeepName,
    PickLanguage,
    PickPost,
    PickZone,
    SetupLater,
    StartSetup,
    StopSetup,
    TypeZone,
)
from bot.domain.buttons.resource_editing import (
    DRAFT_BUTTONS,
    MANAGE_BUTTONS,
    CancelResource,
    EditResource,
    ManageResource,
    PickCategory,
    PickResourceGroup,
    RetireResource,
    SaveResource,
    SkipResourceStep,
)
from bot.domain.buttons.stats import STATS_WINDOWS, StatsReport
from bot.domain.callback import CallbackData, parse_any
from bot.domain.group_setup import GROUP_POST_CHOICES

CHAT = -1_001_234_567_890
WIRE: list[tuple[CallbackData, str]] = [
    (StartSetup(CHAT), f"gs:go:{CHAT}"),
    (SetupLater(CHAT), f"gs:later:{CHAT}"),
    (KeepName(CHAT), f"gs:keep:{CHAT}"),
    (
        PickZone(CHAT, "America/Argentina/Buenos_Aires"),
        f"gs:tz:{CHAT}:America/Argentina/Buenos_Aires",
    ),
    (TypeZone(CHAT), f"gs:tztype:{CHAT}"),
    (PickLanguage(CHAT, "es"), f"gs:lang:{CHAT}:es"),
    (PickPost(CHAT, 1440), f"gs:post:{CHAT}:1440"),
    (StopSetup(CHAT), f"gs:stop:{CHAT}"),
    (PickAnnounceGroup(CHAT), f"ann:grp:{CHAT}"),
    (SendAnnouncement(), "ann:send"),
    (ChangeAnnouncement(), "ann:edit"),
    (DropAnnouncement(), "ann:drop"),
    (StopAnnouncement(7), "ann:stop:7"),
    (OlderAudit(41), "au:o:41"),
    (AddFacilitator(CHAT, 5), f"fac:add:{CHAT}:5"),
    (RemoveFacilitator(CHAT, 5), f"fac:rm:{CHAT}:5"),
    (AskRemoval(CHAT, 5), f"fac:ask:{CHAT}:5"),
    (KeepFacilitator(), "fac:keep"),
    (PickResourceGroup(CHAT), f"rese:grp:{CHAT}"),
    (PickCategory("peer_support"), "rese:cat:peer_support"),
    (SkipResourceStep(), "rese:skip"),
    (SaveResource(), "rese:save"),
    (CancelResource(), "rese:cancel"),
    (ManageResource("c7890-camden-peer-cafe"), "rese:m:c7890-camden-peer-cafe"),
    (EditResource("c7890-camden-peer-cafe", "phone"), "rese:e:c7890-camden-peer-cafe:phone"),
    (RetireResource("c7890-camden-peer-cafe"), "rese:ret:c7890-camden-peer-cafe"),
    (StatsReport(CHAT, 90), f"st:{CHAT}:90"),
    (ClaimContact(12), "cr:take:12"),
]


@pytest.mark.parametrize(("button", "data"), WIRE)
def test_each_button_keeps_its_wire_format(button: CallbackData, data: str) -> None:
    """Packed as the bot always wrote it, and read back as the same value."""
    assert button.pack() == data
    assert type(button).parse(data) == button


def test_each_press_reads_as_its_own_kind_only() -> None:
    """A feature's handler tells its kinds apart: no kind takes another's data."""
    for kinds in (SETUP_BUTTONS, ANNOUNCE_BUTTONS, DRAFT_BUTTONS, MANAGE_BUTTONS):
        for kind in kinds:
            others = [other for other in kinds if other is not kind]
            for button, data in WIRE:
                if isinstance(button, kind):
                    assert parse_any(data, *others) is None, data


@pytest.mark.parametrize(
    "data",
    [
        f"gs:post:{CHAT}:45",
        f"gs:post:{CHAT}:-15",
        f"gs:go:{CHAT}:extra",
        "gs:keep:abc",
        f"gs:tz:{CHAT}",
        f"st:{CHAT}:8",
        f"st:{CHAT}:1000",
        "st:abc",
        "au:o:-1",
        "au:o:x",
        "cr:take:1000000000000",
        "cr:take:-3",
        "cr:take:x",
        "rese:e:c1-x:colour",
        "rese:e:c1-x",
        "rese:skip:extra",
        "fac:rm:x:1",
        "fac:keep:1",
        "ann:stop:x",
    ],
)
def test_what_no_staff_button_carries_is_refused(data: str) -> None:
    """Choices never offered, bad ids, missing or extra words: no kind reads them."""
    assert parse_any(data, *CallbackData.registry.values()) is None


def test_bounds_follow_the_offered_choices() -> None:
    """Every offered reminder and window can be a button; anything else cannot."""
    for minutes in GROUP_POST_CHOICES:
        assert PickPost.parse(PickPost(CHAT, minutes).pack()) == PickPost(CHAT, minutes)
    for days in STATS_WINDOWS:
        assert StatsReport.parse(StatsReport(CHAT, days).pack()) == StatsReport(CHAT, days)
    with pytest.raises(ValueError, match="not an offered"):
        PickPost(CHAT, 45)
    with pytest.raises(ValueError, match="not a field"):
        EditResource("c1-x", "colour")


def test_a_zone_too_long_for_a_button_is_refused_when_built() -> None:
    """The setup leaves such a zone out of its buttons (it can still be typed)."""
    with pytest.raises(ValueError, match="does not fit"):
        PickZone(CHAT, "America/" + "X" * 40).pack()
