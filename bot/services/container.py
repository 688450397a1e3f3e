"""All services of one running bot, built once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bot.config import Settings
from bot.content import ContentSettings, load_content_settings
from bot.crisis import CrisisDetector
from bot.domain.clock import Clock, system_clock
from bot.i18n import Texts, load_texts
from bot.services.groups import GroupService
from bot.services.members import MemberService
from bot.services.privacy import PrivacyRegistry
from bot.services.roles import RoleService
from bot.storage.db import Database
from bot.storage.groups import GroupRepository, erase_group_references, groups_added_by
from bot.storage.inbox import InboxRepository, erase_inbox
from bot.storage.members import MemberRepository, erase_member
from bot.storage.outbox import OutboxRepository, erase_outbox
from bot.storage.roles import RoleRepository, erase_roles


@dataclass
class Services:
    """What handlers may use: settings, texts, storage-backed services."""

    settings: Settings
    texts: Texts
    content: ContentSettings
    crisis: CrisisDetector
    db: Database
    clock: Clock
    members: MemberService
    groups: GroupService
    roles: RoleService
    privacy: PrivacyRegistry
    inbox: InboxRepository
    outbox: OutboxRepository
    # Set by the runner: wakes the outbox worker after a feature queued a send.
    outbox_ready: Callable[[], None] = field(default=lambda: None)

    async def start(self) -> None:
        """Open the database (applying migrations) and seed the configured admins."""
        await self.db.open()
        await self.roles.seed()

    async def stop(self) -> None:
        """Close the database cleanly."""
        await self.db.close()


@cache
def load_crisis_detector(folder: Path) -> CrisisDetector:
    """Load the crisis word lists once per process; a broken file raises LexiconError."""
    return CrisisDetector.from_directory(folder)


def build_services(settings: Settings, clock: Clock = system_clock) -> Services:
    """Load content (failing early on bad files) and wire the services; nothing is opened yet."""
    texts = load_texts(settings.content_dir)
    content = load_content_settings(settings.content_dir)
    crisis = load_crisis_detector(settings.content_dir / "crisis")
    db = Database(settings.database_path)
    member_repo, group_repo = MemberRepository(db), GroupRepository(db)
    return Services(
        settings=settings,
        texts=texts,
        content=content,
        crisis=crisis,
        db=db,
        clock=clock,
        members=MemberService(member_repo, group_repo, clock),
        groups=GroupService(group_repo, clock, settings.timezone, settings.default_language),
        roles=RoleService(RoleRepository(db), settings.admin_ids, clock),
        privacy=PrivacyRegistry(db),
        inbox=InboxRepository(db),
        outbox=OutboxRepository(db),
    )


def register_membership_privacy(services: Services) -> None:
    """Register how membership data (profile, groups, roles) is exported and erased."""
    services.privacy.add_exporter("profile", services.members.export)
    services.privacy.add_exporter("roles", services.roles.export)
    services.privacy.add_exporter(
        "groups_you_added", lambda user_id: groups_added_by(services.db, user_id)
    )
    services.privacy.add_eraser("profile", erase_member)
    services.privacy.add_eraser("roles", erase_roles)
    services.privacy.add_eraser("groups", erase_group_references)


def register_delivery_privacy(services: Services) -> None:
    """Register erasure of what the inbox and outbox hold about a member."""
    services.privacy.add_eraser("inbox", erase_inbox)
    services.privacy.add_eraser("outbox", erase_outbox)
