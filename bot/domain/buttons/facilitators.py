"""The /facilitators buttons: admins add, remove (after confirming) or keep a facilitator."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.callback import CallbackData


@dataclass(frozen=True)
class AddFacilitator(CallbackData, prefix="fac:add"):
    """Make the person a facilitator of the group."""

    group_id: int
    user_id: int


@dataclass(frozen=True)
class RemoveFacilitator(CallbackData, prefix="fac:rm"):
    """The person is no longer a facilitator of the group."""

    group_id: int
    user_id: int


@dataclass(frozen=True)
class AskRemoval(CallbackData, prefix="fac:ask"):
    """Ask the admin to confirm removing a facilitator."""

    group_id: int
    user_id: int


@dataclass(frozen=True)
class KeepFacilitator(CallbackData, prefix="fac:keep"):
    """Not removing after all."""


FACILITATOR_BUTTONS = (AddFacilitator, RemoveFacilitator, AskRemoval, KeepFacilitator)
