"""What handlers may use: the services of one running bot (built by `container.py`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.config import Settings
from bot.content import ContentSettings
from bot.crisis.layered import LayeredDetector
from bot.crisis_lines import CrisisLines
from bot.domain.clock import Clock
from bot.i18n import Texts
from bot.resources.models import Resource
from bot.services.alerts import AlertWriter
from bot.services.announcements import AnnouncementService
from bot.services.audit import AuditTrail
from bot.services.checkin_prompts import CheckinPrompts
from bot.services.checkins import CheckinService
from bot.services.contact_requests import ContactRequestService
from bot.services.escalation import Escalator
from bot.services.facilitators import FacilitatorAdmin
from bot.services.flag_actions import FlagActions
from bot.services.flag_digest import FlagDigest
from bot.services.flag_records import FlagRecords
from bot.services.flags import FlagService
from bot.services.group_setup import GroupSetupService
from bot.services.groups import GroupService
from bot.services.meeting_admin import MeetingAdmin
from bot.services.meeting_choices import MeetingChoices
from bot.services.meeting_texts import MeetingWriter
from bot.services.meetings import MeetingService
from bot.services.members import MemberService
from bot.services.oncall import OnCallService
from bot.services.outbox_link import OutboxLink
from bot.services.privacy import PrivacyRegistry
from bot.services.questions import QuestionService
from bot.services.reminders import ReminderService
from bot.services.resources import ResourceService
from bot.services.roles import RoleService
from bot.services.staff_departure import StaffDeparture
from bot.services.stats import StatsService
from bot.services.support_texts import SupportTexts
from bot.storage.db import Database
from bot.storage.inbox import InboxRepository
from bot.storage.outbox import OutboxRepository
from bot.storage.reminders import (
    MeetingDraftRepository,
)


@dataclass
class Services:
    """What handlers may use: settings, texts, storage-backed services."""

    settings: Settings
    texts: Texts
    content: ContentSettings
    crisis: LayeredDetector
    crisis_lines: CrisisLines
    db: Database
    clock: Clock
    members: MemberService
    groups: GroupService
    roles: RoleService
    privacy: PrivacyRegistry
    inbox: InboxRepository
    outbox: OutboxRepository
    oncall: OnCallService
    escalator: Escalator
    flags: FlagService
    flag_actions: FlagActions
    flag_records: FlagRecords
    support: SupportTexts
    staff_departure: StaffDeparture
    flag_digest: FlagDigest
    resources: ResourceService
    meetings: MeetingService
    reminders: ReminderService
    meeting_choices: MeetingChoices
    meeting_drafts: MeetingDraftRepository
    meeting_admin: MeetingAdmin
    checkins: CheckinService
    checkin_prompts: CheckinPrompts
    contact_requests: ContactRequestService
    facilitator_admin: FacilitatorAdmin
    announcements: AnnouncementService
    group_setup: GroupSetupService
    stats: StatsService
    audit: AuditTrail
    questions: QuestionService
    # How alerts and staff notices are worded: names and readers of staff and members.
    alert_writer: AlertWriter
    # How meetings are worded: descriptions, spans and places.
    meeting_writer: MeetingWriter
    # How services wake the outbox worker and who hears how each kind of send went.
    outbox_link: OutboxLink

    # The resource files as read (and checked) when the services were built.
    resource_files: list[Resource] = field(default_factory=list)

    async def start(self) -> None:
        """Open the database (applying migrations), seed the admins, load the resource files."""
        await self.db.open()
        await self.roles.seed()
        await self.resources.sync(self.resource_files)
        self.resource_files = []  # stored now: no need to keep thousands of objects in memory
        await self.reminders.extend_plan()
        await self.questions.load()

    async def stop(self) -> None:
        """Close the database cleanly."""
        await self.db.close()
