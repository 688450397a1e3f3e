"""Anonymous group statistics for facilitators and funders, and the active days they count."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from bot.domain.clock import Clock
from bot.domain.models import Group
from bot.services.groups import GroupService
from bot.services.roles import RoleService
from bot.stats.figures import compute
from bot.stats.models import GroupStats, Period
from bot.storage.db import Database, Transaction
from bot.storage.stats import ActivityRepository, StatsRepository, erase_activity

log = logging.getLogger(__name__)

# Active days older than this are deleted (a year of reports, with room for 12-week retention).
ACTIVITY_KEEP_DAYS = 400


class StatsService:
    """Records members' active days (at most one write per member and day) and reports."""

    def __init__(
        self, db: Database, roles: RoleService, groups: GroupService, clock: Clock
    ) -> None:
        """Use the database, the role and group services and a clock."""
        self.activity = ActivityRepository(db)
        self.repo = StatsRepository(db)
        self.roles = roles
        self.groups = groups
        self.clock = clock
        # People already looked at today (members recorded, and senders who are not members:
        # no read per group message of theirs); cleared when the UTC day changes.
        self._day: date | None = None
        self._seen: set[int] = set()

    def today(self) -> date:
        """The current UTC date."""
        return self.clock().date()

    async def record_activity(self, user_id: int) -> bool:
        """Remember that a consented member used the bot today; True when a row was written."""
        day = self.today()
        if day != self._day:
            self._day, self._seen = day, set()
        if user_id in self._seen:
            return False
        is_member, recorded = await self.activity.known(user_id, day)
        self._seen.add(user_id)  # someone who consents later today is recorded by `joined`
        return is_member and not recorded and await self.activity.record(user_id, day)

    async def joined(self, user_id: int) -> bool:
        """A person just consented: look at them again and count today as active."""
        self._seen.discard(user_id)
        return await self.record_activity(user_id)

    async def prune_activity(self) -> int:
        """Delete active days older than the keeping period; return how many went."""
        return await self.activity.prune(self.today() - timedelta(days=ACTIVITY_KEEP_DAYS))

    async def erase(self, tx: Transaction, user_id: int) -> None:
        """/forget: delete the member's active days and forget today's mark in memory."""
        await erase_activity(tx, user_id)
        self._seen.discard(user_id)

    async def export(self, user_id: int) -> list[str]:
        """The member's recorded active days, for /mydata."""
        return await self.activity.export(user_id)

    async def groups_for(self, user_id: int) -> list[Group]:
        """The groups whose statistics the person may see: all for admins, else their own."""
        if await self.roles.is_admin(user_id):
            return await self.groups.all()
        facilitated = set(await self.roles.roles.facilitated_groups(user_id))
        return [group for group in await self.groups.all() if group.chat_id in facilitated]

    async def may_see(self, user_id: int, group_id: int) -> bool:
        """Tell whether the person may see the group's statistics (checked on every request)."""
        return await self.roles.is_facilitator(group_id, user_id)

    async def report(self, group_id: int, days: int) -> GroupStats:
        """The group's figures over the last `days` days (today included)."""
        return await self.report_for(group_id, Period.last_days(days, self.today()))

    async def report_for(self, group_id: int, period: Period) -> GroupStats:
        """The group's figures over a given period, each hidden when built from too few."""
        data = await self.repo.data(group_id, period)
        log.info("stats for a group: %d member record(s)", len(data.members))
        return compute(data, period)
