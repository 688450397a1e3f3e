"""On call: who is on duty in a group, rotations set by admins, shifts taken or handed over."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.clock import Clock, iso
from bot.domain.oncall import Duty, Period, Rotation, Shift, on_duty, shift_end
from bot.storage.groups import GroupRepository
from bot.storage.oncall import OnCallRepository
from bot.storage.roles import RoleRepository


@dataclass(frozen=True)
class GroupDuty:
    """A group's on-call picture: who is on duty, until when, and the rotation if any."""

    group_id: int
    title: str
    timezone: str
    duty: Duty
    rotation: Rotation | None
    facilitators: tuple[int, ...]
    # The group's facilitators on a break now (left out of on call and alerts).
    away: frozenset[int] = frozenset()

    @property
    def available(self) -> tuple[int, ...]:
        """The group's facilitators who are not on a break."""
        return tuple(person for person in self.facilitators if person not in self.away)


# Who is on a break at a moment (an ISO time): set by the breaks feature's wiring.
AwayCheck = Callable[[str], Awaitable[frozenset[int]]]


async def nobody_away(_now: str) -> frozenset[int]:
    """Before the breaks feature is wired (and in tools without it): nobody is away."""
    return frozenset()


class OnCallService:
    """Answers who is on call and records rotation and shift changes."""

    def __init__(
        self, oncall: OnCallRepository, roles: RoleRepository, groups: GroupRepository, clock: Clock
    ) -> None:
        """Use the given repositories and clock."""
        self.oncall = oncall
        self.roles = roles
        self.groups = groups
        self.clock = clock
        self._away: AwayCheck = nobody_away

    def use_away(self, check: AwayCheck) -> None:
        """Ask `check` who is on a break from now on (the breaks feature's wiring)."""
        self._away = check

    async def away(self) -> frozenset[int]:
        """Everyone on a break now."""
        return await self._away(iso(self.clock()))

    async def duty(self, group_id: int, away: frozenset[int] | None = None) -> GroupDuty | None:
        """Return who is on call in the group now (None when the bot does not know the group).

        People on a break (`away`, else asked) are skipped: their turn passes to the next
        participant, their taken shift does not count.
        """
        group = await self.groups.get(group_id)
        if group is None:
            return None
        now = self.clock()
        if away is None:
            away = await self.away()
        rotation = await self.oncall.rotation(group_id, group.timezone)
        facilitators = tuple(await self.roles.facilitators_of(group_id))
        shifts = [
            shift
            for shift in await self.oncall.shifts(group_id, iso(now))
            if shift.user_id in facilitators
        ]
        turns = rotation.turns(facilitators) if rotation is not None else facilitators
        duty = on_duty(rotation, turns, shifts, now, away)
        gone = frozenset(person for person in facilitators if person in away)
        return GroupDuty(group_id, group.title, group.timezone, duty, rotation, facilitators, gone)

    async def take(self, group_id: int, user_id: int, actor_id: int, action: str) -> Shift | None:
        """Put `user_id` on call from now to the next handover; None if they cannot be (not a
        facilitator of the group, or on a break)."""
        picture = await self.duty(group_id)
        if picture is None or user_id not in picture.available:
            return None
        now = self.clock()
        shift = Shift(user_id, now, shift_end(picture.rotation, now))
        await self.oncall.add_shift(group_id, shift, actor_id, action, iso(now))
        return shift

    async def toggle_participant(self, group_id: int, user_id: int, actor_id: int) -> bool:
        """Include or leave out one facilitator from the rotation; False if that cannot be."""
        picture = await self.duty(group_id)
        if picture is None or picture.rotation is None or user_id not in picture.facilitators:
            return False
        turns = list(picture.rotation.turns(picture.facilitators))
        if user_id in turns:
            turns.remove(user_id)
        else:
            turns.append(user_id)
        await self.oncall.set_participants(group_id, turns, actor_id, iso(self.clock()))
        return True

    async def set_rotation(
        self, group_id: int, period: Period | None, handover: time | None, actor_id: int
    ) -> Rotation | None:
        """Start a rotation in the group with its first facilitator on duty now; None stops it."""
        group = await self.groups.get(group_id)
        if group is None:
            return None
        now = self.clock()
        rotation = None
        if period is not None and handover is not None:
            # The first shift runs from the latest handover, so the first facilitator is on now.
            local = now.astimezone(ZoneInfo(group.timezone))
            anchor = local.date()
            if local.time() < handover:
                anchor -= timedelta(days=period.days)
            previous = await self.oncall.rotation(group_id, group.timezone)
            chosen = previous.participants if previous is not None else None
            rotation = Rotation(period, handover, anchor, group.timezone, chosen)
        await self.oncall.set_rotation(group_id, rotation, actor_id, iso(now))
        return rotation
