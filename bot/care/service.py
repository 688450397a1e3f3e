"""Facilitator care's logic: who is a supervisor, who may see the load, what /mydata shows.

The debriefs are in `debriefs.py`; `care_service` builds both.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.care.debriefs import DebriefService, nobody_away
from bot.care.load import LoadView
from bot.care.storage import (
    DebriefRepository,
    Person,
    Reachable,
    SupervisorRepository,
    reachable,
)
from bot.care.storage_load import LoadRepository
from bot.domain.clock import Clock, iso
from bot.formats.formatting import Reader
from bot.i18n import Texts
from bot.services.container import Services
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.db import Database


class CareService:
    """Supervisors and the load view; `debriefs` offers and passes on debriefs."""

    def __init__(
        self,
        *,
        db: Database,
        supervisors: SupervisorRepository,
        debriefs: DebriefRepository,
        load: LoadRepository,
        roles: RoleService,
        texts: Texts,
        clock: Clock,
        outbox: OutboxLink,
        default_zone: str,
        away: Callable[[], Awaitable[frozenset[int]]] = nobody_away,
    ) -> None:
        """Use the storage, the roles, the texts, the clock, the outbox, the default zone and
        who is on a break (`away`)."""
        self.db = db
        self.supervisors = supervisors
        self.debriefs = debriefs
        self.load = load
        self.roles = roles
        self.texts = texts
        self.clock = clock
        self.outbox = outbox
        self.default_zone = default_zone
        self.debrief = DebriefService(
            db=db,
            debriefs=debriefs,
            supervisors=supervisors,
            roles=roles,
            may_see_load=self.may_see_load,
            texts=texts,
            clock=clock,
            outbox=outbox,
            away=away,
        )

    async def load_pages(self, language: str, reader: Reader) -> list[str]:
        """The load view for an admin or a supervisor, in their language and numbers, as one
        or more messages."""
        view = LoadView(
            repo=self.load, texts=self.texts, clock=self.clock, default_zone=self.default_zone
        )
        return await view.pages(language, reader)

    async def is_supervisor(self, user_id: int) -> bool:
        """Whether the person is a supervisor."""
        return await self.supervisors.is_supervisor(user_id)

    async def may_see_load(self, user_id: int) -> bool:
        """Admins and supervisors may see the load view; nobody else."""
        return await self.roles.is_admin(user_id) or await self.is_supervisor(user_id)

    async def add_supervisor(self, user_id: int, by: int) -> bool:
        """Name a supervisor; False when they already were one."""
        return await self.supervisors.add(user_id, by, iso(self.clock()))

    async def remove_supervisor(self, user_id: int, by: int) -> bool:
        """No longer a supervisor; False when they were not one."""
        return await self.supervisors.remove(user_id, by, iso(self.clock()))

    async def all_supervisors(self) -> list[Person]:
        """Every supervisor."""
        return await self.supervisors.all()

    async def person(self, user_id: int) -> Reachable | None:
        """The person as a member the bot may write to, if they started it."""
        return await reachable(self.db, user_id)

    async def export(self, user_id: int) -> dict[str, object] | None:
        """/mydata: whether the person is a supervisor, and their debriefs still kept."""
        since = await self.supervisors.added(user_id)
        debriefs = await self.debriefs.of_user(user_id)
        found: dict[str, object] = {}
        if since is not None:
            found["supervisor_since"] = since
        if debriefs:
            found["debriefs"] = debriefs
        return found or None


def care_service(services: Services) -> CareService:
    """The feature's service over the shared storage, roles, texts and clock."""
    return CareService(
        db=services.db,
        supervisors=SupervisorRepository(services.db),
        debriefs=DebriefRepository(services.db),
        load=LoadRepository(services.db),
        roles=services.roles,
        texts=services.texts,
        clock=services.clock,
        outbox=services.outbox_link,
        default_zone=services.settings.timezone,
        away=services.oncall.away,
    )
