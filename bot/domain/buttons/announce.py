"""The /announce buttons: pick the group, send, change or drop the draft, stop sending."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.callback import CallbackData


@dataclass(frozen=True)
class PickAnnounceGroup(CallbackData, prefix="ann:grp"):
    """Write an announcement to this group's members (the role is checked again)."""

    group_id: int


@dataclass(frozen=True)
class SendAnnouncement(CallbackData, prefix="ann:send"):
    """Send the previewed draft."""


@dataclass(frozen=True)
class ChangeAnnouncement(CallbackData, prefix="ann:edit"):
    """Write the previewed draft's text again."""


@dataclass(frozen=True)
class DropAnnouncement(CallbackData, prefix="ann:drop"):
    """Drop the previewed draft."""


@dataclass(frozen=True)
class StopAnnouncement(CallbackData, prefix="ann:stop"):
    """Stop sending an announcement (its author, a facilitator of the group, or an admin)."""

    announcement_id: int


DRAFT_BUTTONS = (SendAnnouncement, ChangeAnnouncement, DropAnnouncement)
ANNOUNCE_BUTTONS = (PickAnnounceGroup, *DRAFT_BUTTONS, StopAnnouncement)
