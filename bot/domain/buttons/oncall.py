"""The /oncall buttons: take or hand over a shift, set a rotation, choose who takes turns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from bot.domain.callback import CallbackData
from bot.domain.oncall import Period


@dataclass(frozen=True)
class TakeShift(CallbackData, prefix="oc:take"):
    """A facilitator takes the group's on-call shift."""

    group_id: int


@dataclass(frozen=True)
class GiveShift(CallbackData, prefix="oc:give"):
    """The person on call (or an admin) hands the shift to another facilitator."""

    group_id: int
    to_id: int


@dataclass(frozen=True)
class SetRotation(CallbackData, prefix="oc:rot"):
    """An admin sets the rotation (None: stops it); without a handover time, it is asked."""

    group_id: int
    period: Period | None
    handover: time | None = None


@dataclass(frozen=True)
class RotationTurns(CallbackData, prefix="oc:who"):
    """An admin sees who takes turns, or includes or leaves out one facilitator."""

    group_id: int
    toggle: int | None = None


ONCALL_BUTTONS = (TakeShift, GiveShift, SetRotation, RotationTurns)
