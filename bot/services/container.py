"""All services of one running bot, built once by the composition root."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.content import ContentSettings, load_content_settings
from bot.crisis.layered import LayeredDetector
from bot.crisis_lines import CrisisLines, load_crisis_lines
from bot.domain.clock import Clock, system_clock
from bot.domain.escalation import EscalationPolicy
from bot.i18n import Texts, load_texts
from bot.resources.models import Resource
from bot.services.alerts import AlertWriter
from bot.services.announcements import AnnouncementService
from bot.services.audit import AuditTrail
from bot.services.checkin_prompts import CheckinPrompts
from bot.services.checkins import CheckinService
from bot.services.contact_requests import ContactRequestService
from bot.services.contact_texts import COPY_PREFIX as CONTACT_COPY_PREFIX
from bot.services.escalation import Escalator, minutes
from bot.services.facilitators import FacilitatorAdmin
from bot.services.flag_actions import FlagActions
from bot.services.flag_digest import FlagDigest
from bot.services.flag_outreach import FlagOutreach
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
from bot.services.privacy import PrivacyRegistry
from bot.services.questions import QuestionService
from bot.services.reminders import ReminderPolicy, ReminderService
from bot.services.resources import ResourceService
from bot.services.roles import RoleService
from bot.services.staff_departure import StaffDeparture
from bot.services.stats import StatsService
from bot.services.support_texts import SupportTexts
from bot.shifted_clock import FileShiftedClock
from bot.storage.announcements import AnnouncementRepository
from bot.storage.audit import AuditRepository
from bot.storage.checkins import CheckinRepository
from bot.storage.contact_requests import ContactRequestRepository
from bot.storage.db import Database
from bot.storage.flags import FlagRepository
from bot.storage.group_setups import GroupSetupRepository
from bot.storage.groups import GroupRepository
from bot.storage.inbox import InboxRepository
from bot.storage.meetings import MeetingRepository
from bot.storage.members import MemberRepository
from bot.storage.oncall import OnCallRepository
from bot.storage.outbox import OutboxRepository
from bot.storage.questions import QuestionRepository
from bot.storage.reminders import (
    MeetingDraftRepository,
    SlotRepository,
    SubscriptionRepository,
)
from bot.storage.resource_drafts import DraftRepository
from bot.storage.resources import ResourceRepository
from bot.storage.roles import RoleRepository

log = logging.getLogger(__name__)


async def _drop_nothing(_prefix: str) -> None:
    """Without a running outbox worker there is nothing in memory to drop."""


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
    # Set by the runner: wakes the outbox worker after a feature queued a send.
    outbox_ready: Callable[[], None] = field(default=lambda: None)
    # Set by the runner: the worker never sends what it holds of a key prefix (a cancel).
    outbox_drop: Callable[[str], Awaitable[object]] = field(default=_drop_nothing)
    # Told how outbox sends went, by dedup key prefix (alerts record their message ids).
    outbox_observers: dict[str, Callable[[Any, Any], Any]] = field(default_factory=dict)

    # The resource files as read (and checked) when the services were built.
    resource_files: list[Resource] = field(default_factory=list)

    async def start(self) -> None:
        """Open the database (applying migrations), seed the admins, load the resource files."""
        await self.db.open()
        await self.roles.seed()
        await self.resources.sync(self.resource_files)
        self.resource_files = []  # stored now: no need to keep thousands of objects in memory
        await self.reminders.extend_plan()

    async def stop(self) -> None:
        """Close the database cleanly."""
        await self.db.close()


@cache
def load_crisis_detector(folder: Path) -> LayeredDetector:
    """Load the crisis rules and model once per process; a broken file raises on start."""
    detector = LayeredDetector.from_directory(folder)
    detector.on_model_error = _model_failed
    return detector


def _model_failed(error: Exception) -> None:
    """Log a failure of the crisis model (its type only: never the message)."""
    log.error("crisis model failed, the rules decided alone: %s", type(error).__name__)


def build_services(settings: Settings, clock: Clock = system_clock) -> Services:
    """Load content (failing early on bad files) and wire the services; nothing is opened yet."""
    if settings.dev_clock_file is not None and clock is system_clock:
        clock = FileShiftedClock(settings.dev_clock_file)
    texts = load_texts(settings.content_dir)
    content = load_content_settings(settings.content_dir)
    crisis = load_crisis_detector(settings.content_dir / "crisis")
    db = Database(settings.database_path, settings.dev_sql_trace_file)
    member_repo, group_repo, role_repo = (
        MemberRepository(db),
        GroupRepository(db),
        RoleRepository(db),
    )
    roles = RoleService(role_repo, settings.admin_ids, clock)
    oncall = OnCallService(OnCallRepository(db), role_repo, group_repo, clock)
    flag_repo = FlagRepository(db)
    writer = AlertWriter(texts, member_repo, settings.default_language, settings.timezone)
    policy = EscalationPolicy(
        after=minutes(settings.escalation_minutes),
        imminent_after=minutes(settings.escalation_imminent_minutes),
        rounds=settings.escalation_rounds,
        repeat=minutes(settings.escalation_repeat_minutes),
        late=minutes(settings.escalation_late_minutes),
        late_after=timedelta(hours=settings.escalation_late_after_hours),
    )
    crisis_lines = load_crisis_lines(settings.content_dir)
    support = SupportTexts(texts, crisis_lines, settings.timezone)
    outreach = FlagOutreach(texts, member_repo, group_repo, support)
    escalator = Escalator(
        db, flag_repo, writer, roles, oncall, policy, clock, member_repo, outreach
    )
    flags = FlagService(
        db,
        flag_repo,
        writer,
        escalator,
        roles,
        member_repo,
        repeat_window=minutes(settings.flag_repeat_minutes),
        clock=clock,
    )
    retention = timedelta(days=settings.flag_retention_days)
    records = FlagRecords(db, writer, escalator, retention, clock)
    actions = FlagActions(db, flag_repo, writer, escalator, flags.may_act, clock)
    resources = ResourceService(
        db, ResourceRepository(db), DraftRepository(db), settings.content_dir, clock
    )
    resource_files = resources.read_files()
    meetings, reminders, choices = build_meeting_services(
        settings, db, texts, member_repo, group_repo, clock, roles
    )
    groups = GroupService(group_repo, clock, settings.timezone, settings.default_language)
    members = MemberService(member_repo, group_repo, clock)
    checkin_repo = CheckinRepository(db)
    checkins = CheckinService(db, checkin_repo, member_repo, roles, texts, clock)
    contact_requests = build_contact_requests(settings, db, member_repo, roles, texts, clock)
    checkins.contacts = contact_requests
    services = Services(
        settings=settings,
        texts=texts,
        content=content,
        crisis=crisis,
        crisis_lines=crisis_lines,
        db=db,
        clock=clock,
        members=members,
        groups=groups,
        roles=roles,
        privacy=PrivacyRegistry(db),
        inbox=InboxRepository(db),
        outbox=OutboxRepository(db),
        oncall=oncall,
        escalator=escalator,
        flags=flags,
        flag_actions=actions,
        flag_records=records,
        support=support,
        staff_departure=StaffDeparture(roles, groups, flag_repo, writer, clock),
        flag_digest=FlagDigest(db, flag_repo, roles, writer, settings.digest_hour, clock),
        resources=resources,
        meetings=meetings,
        reminders=reminders,
        meeting_choices=choices,
        meeting_drafts=MeetingDraftRepository(db),
        meeting_admin=MeetingAdmin(db, groups, roles, meetings, reminders, clock),
        checkins=checkins,
        checkin_prompts=CheckinPrompts(db, checkin_repo, checkins, texts, clock),
        contact_requests=contact_requests,
        facilitator_admin=FacilitatorAdmin(db, roles, groups, members, clock),
        announcements=AnnouncementService(
            db,
            AnnouncementRepository(db),
            groups,
            roles,
            members,
            texts,
            clock,
            settings.default_language,
        ),
        group_setup=GroupSetupService(
            db, GroupSetupRepository(db), groups, roles, meetings, reminders, clock
        ),
        stats=StatsService(db, roles, groups, clock),
        audit=AuditTrail(AuditRepository(db), texts),
        questions=QuestionService(QuestionRepository(db), clock),
        resource_files=resource_files,
    )
    escalator.outbox_ready = lambda: services.outbox_ready()
    services.flag_digest.outbox_ready = lambda: services.outbox_ready()
    services.privacy.outbox_ready = lambda: services.outbox_ready()
    reminders.outbox_ready = lambda: services.outbox_ready()
    checkins.outbox_ready = lambda: services.outbox_ready()
    services.checkin_prompts.outbox_ready = lambda: services.outbox_ready()
    contact_requests.outbox_ready = lambda: services.outbox_ready()
    services.outbox_observers[CONTACT_COPY_PREFIX] = contact_requests.on_outcome
    services.outbox_observers["alert"] = escalator.on_outcome
    services.announcements.outbox_ready = lambda: services.outbox_ready()
    services.announcements.outbox_drop = lambda prefix: services.outbox_drop(prefix)
    return services


def build_contact_requests(
    settings: Settings,
    db: Database,
    members: MemberRepository,
    roles: RoleService,
    texts: Texts,
    clock: Clock,
) -> ContactRequestService:
    """Requests to reach out, reminded like a crisis flag of the lowest tier (no rounds)."""
    policy = EscalationPolicy(
        after=minutes(settings.escalation_minutes),
        imminent_after=minutes(settings.escalation_imminent_minutes),
        rounds=0,
        repeat=minutes(settings.escalation_repeat_minutes),
        late=minutes(settings.escalation_late_minutes),
        late_after=timedelta(hours=settings.escalation_late_after_hours),
    )
    repo = ContactRequestRepository(db)
    language = settings.default_language
    return ContactRequestService(db, repo, members, roles, texts, clock, policy, language)


def build_meeting_services(
    settings: Settings,
    db: Database,
    texts: Texts,
    members: MemberRepository,
    groups: GroupRepository,
    clock: Clock,
    roles: RoleService | None = None,
) -> tuple[MeetingService, ReminderService, MeetingChoices]:
    """Wire the meeting schedule, its reminders and members' meeting choices."""
    meeting_repo, subscriptions = MeetingRepository(db), SubscriptionRepository(db)
    writer = MeetingWriter(texts, clock)
    policy = ReminderPolicy(settings.meeting_reminder_choices, settings.meeting_group_post_minutes)
    reminders = ReminderService(
        db, meeting_repo, subscriptions, SlotRepository(db), groups, writer, policy, clock
    )
    meetings = MeetingService(db, meeting_repo, members, groups, reminders, writer, clock, roles)
    return meetings, reminders, MeetingChoices(subscriptions, members, clock)
