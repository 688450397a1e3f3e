"""Who may hear of a flag, level by level: on call, the groups' facilitators, then the admins;
people on a break left out (unless nobody else is left: a crisis is never routed to nobody),
facilitators at the soft cap after the others."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.domain.escalation import build_levels
from bot.services.oncall import OnCallService
from bot.services.roles import RoleService
from bot.services.taken_flags import TakenFlags


@dataclass(frozen=True)
class Circle:
    """Who may hear of a flag: the levels, step by step, and which of them are group staff."""

    levels: list[tuple[int, ...]]
    group_staff: frozenset[int]
    # The groups' facilitators not on a break, in order, and the admins not on a break.
    staff: tuple[int, ...] = ()
    admins: tuple[int, ...] = ()


async def alert_circle(
    oncall: OnCallService,
    roles: RoleService,
    care: TakenFlags,
    group_ids: Iterable[int],
    last_resort: bool = False,
) -> Circle:
    """Return who to reach, level by level: on call, all facilitators, then admins.

    People on a break are left out (unless that would leave nobody at all, or `last_resort`:
    nobody else can be reached); facilitators at the soft cap come after the others
    (`build_levels`).
    """
    away = frozenset() if last_resort else await oncall.away()
    on_call: list[int] = []
    facilitators: list[int] = []
    for group_id in group_ids:
        picture = await oncall.duty(group_id, away)  # None: a group the bot left
        if picture is None:
            continue
        if picture.duty.user_id is not None:
            on_call.append(picture.duty.user_id)
        facilitators.extend(picture.facilitators)
    admins = await roles.all_admin_ids()
    capped = await care.capped([p for p in dict.fromkeys(facilitators) if p not in away])
    levels = build_levels(on_call, facilitators, admins, exclude=away, capped=capped)
    if not levels:  # everyone is away: a crisis is never routed to nobody
        levels = build_levels(on_call, facilitators, admins, capped=capped)
    staff = tuple(p for p in dict.fromkeys(facilitators) if p not in away)
    return Circle(
        levels,
        frozenset(on_call) | frozenset(facilitators),
        staff,
        tuple(admin for admin in admins if admin not in away),
    )
