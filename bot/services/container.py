"""All services of one running bot, built once by the composition root."""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.config import Settings
from bot.content import load_content_settings
from bot.crisis_lines import load_crisis_lines
from bot.domain.clock import Clock, system_clock
from bot.domain.sends import SendKind
from bot.i18n import load_texts
from bot.services.alerts import AlertWriter
from bot.services.announcements import AnnouncementService
from bot.services.audit import AuditTrail
from bot.services.builders import (
    build_contact_requests,
    build_meeting_services,
    escalation_policy,
    load_crisis_detector,
)
from bot.services.checkin_prompts import CheckinPrompts
from bot.services.checkins import CheckinService
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
from bot.services.members import MemberService
from bot.services.oncall import OnCallService
from bot.services.outbox_link import OutboxLink
from bot.services.privacy import PrivacyRegistry
from bot.services.questions import QuestionService
from bot.services.resources import ResourceService
from bot.services.roles import RoleService
from bot.services.services import Services
from bot.services.staff_departure import StaffDeparture
from bot.services.stats import StatsService
from bot.services.support_texts import SupportTexts
from bot.shifted_clock import FileShiftedClock
from bot.storage.announcements import AnnouncementRepository
from bot.storage.audit import AuditRepository
from bot.storage.checkins import CheckinRepository
from bot.storage.db import Database
from bot.storage.flags import FlagRepository
from bot.storage.group_setups import GroupSetupRepository
from bot.storage.groups import GroupRepository
from bot.storage.inbox import InboxRepository
from bot.storage.members import MemberRepository
from bot.storage.oncall import OnCallRepository
from bot.storage.outbox import OutboxRepository
from bot.storage.questions import QuestionRepository
from bot.storage.reminders import (
    MeetingDraftRepository,
)
from bot.storage.resource_drafts import DraftRepository
from bot.storage.resources import ResourceRepository
from bot.storage.roles import RoleRepository

log = logging.getLogger(__name__)

__all__ = ["Services", "build_services"]  # Services is read from here by most modules


def build_services(settings: Settings, clock: Clock = system_clock) -> Services:
    """Load content (failing early on bad files) and wire the services; nothing is opened yet."""
    if settings.dev_clock_file is not None and clock is system_clock:
        clock = FileShiftedClock(settings.dev_clock_file)
    texts = load_texts(settings.content_dir)
    content = load_content_settings(settings.content_dir)
    crisis = load_crisis_detector(settings.content_dir / "crisis")
    db = Database(path=settings.database_path, trace_file=settings.dev_sql_trace_file)
    outbox = OutboxLink()
    question_repo = QuestionRepository(db)  # every question and draft is written through it
    member_repo, group_repo, role_repo = (
        MemberRepository(db),
        GroupRepository(db),
        RoleRepository(db),
    )
    roles = RoleService(roles=role_repo, admin_ids=settings.admin_ids, clock=clock)
    oncall = OnCallService(
        oncall=OnCallRepository(db), roles=role_repo, groups=group_repo, clock=clock
    )
    flag_repo = FlagRepository(db)
    writer = AlertWriter(
        texts=texts,
        members=member_repo,
        language=settings.default_language,
        timezone=settings.timezone,
    )
    policy = escalation_policy(settings, rounds=settings.escalation_rounds)
    crisis_lines = load_crisis_lines(settings.content_dir)
    support = SupportTexts(texts=texts, lines=crisis_lines, default_timezone=settings.timezone)
    outreach = FlagOutreach(texts=texts, members=member_repo, groups=group_repo, support=support)
    escalator = Escalator(
        db=db,
        flags=flag_repo,
        writer=writer,
        roles=roles,
        oncall=oncall,
        policy=policy,
        clock=clock,
        members=member_repo,
        outreach=outreach,
        outbox=outbox,
    )
    flags = FlagService(
        db=db,
        flags=flag_repo,
        writer=writer,
        escalator=escalator,
        roles=roles,
        members=member_repo,
        repeat_window=minutes(settings.flag_repeat_minutes),
        clock=clock,
        outbox=outbox,
    )
    retention = timedelta(days=settings.flag_retention_days)
    records = FlagRecords(
        db=db, writer=writer, escalator=escalator, retention=retention, clock=clock, outbox=outbox
    )
    actions = FlagActions(
        db=db,
        flags=flag_repo,
        writer=writer,
        escalator=escalator,
        may_act=flags.may_act,
        clock=clock,
        outbox=outbox,
    )
    resources = ResourceService(
        db=db,
        repo=ResourceRepository(db),
        drafts=DraftRepository(questions=question_repo),
        content_dir=settings.content_dir,
        clock=clock,
    )
    resource_files = resources.read_files()
    meetings, reminders, choices = build_meeting_services(
        settings, db, texts, member_repo, group_repo, clock, outbox, roles
    )
    groups = GroupService(
        groups=group_repo,
        clock=clock,
        timezone=settings.timezone,
        language=settings.default_language,
    )
    members = MemberService(members=member_repo, groups=group_repo, clock=clock)
    checkin_repo = CheckinRepository(db)
    contact_requests = build_contact_requests(
        settings, db, member_repo, roles, texts, clock, outbox
    )
    checkins = CheckinService(
        db=db,
        repo=checkin_repo,
        members=member_repo,
        roles=roles,
        texts=texts,
        clock=clock,
        contacts=contact_requests,
        outbox=outbox,
    )
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
        privacy=PrivacyRegistry(db, outbox=outbox),
        inbox=InboxRepository(db),
        outbox=OutboxRepository(db),
        oncall=oncall,
        escalator=escalator,
        flags=flags,
        flag_actions=actions,
        flag_records=records,
        support=support,
        staff_departure=StaffDeparture(
            roles=roles, groups=groups, flags=flag_repo, writer=writer, clock=clock
        ),
        flag_digest=FlagDigest(
            db=db,
            flags=flag_repo,
            roles=roles,
            writer=writer,
            hour=settings.digest_hour,
            clock=clock,
            outbox=outbox,
        ),
        resources=resources,
        meetings=meetings,
        reminders=reminders,
        meeting_choices=choices,
        meeting_drafts=MeetingDraftRepository(questions=question_repo),
        meeting_admin=MeetingAdmin(
            db=db, groups=groups, roles=roles, meetings=meetings, reminders=reminders, clock=clock
        ),
        checkins=checkins,
        checkin_prompts=CheckinPrompts(
            db=db, repo=checkin_repo, checkins=checkins, texts=texts, clock=clock, outbox=outbox
        ),
        contact_requests=contact_requests,
        facilitator_admin=FacilitatorAdmin(
            db=db, roles=roles, groups=groups, members=members, clock=clock
        ),
        announcements=AnnouncementService(
            db=db,
            repo=AnnouncementRepository(db, questions=question_repo),
            groups=groups,
            roles=roles,
            members=members,
            texts=texts,
            clock=clock,
            default_language=settings.default_language,
            outbox=outbox,
        ),
        group_setup=GroupSetupService(
            db=db,
            drafts=GroupSetupRepository(db, questions=question_repo),
            groups=groups,
            roles=roles,
            meetings=meetings,
            reminders=reminders,
            clock=clock,
        ),
        stats=StatsService(db=db, roles=roles, groups=groups, clock=clock),
        audit=AuditTrail(repo=AuditRepository(db), texts=texts),
        questions=QuestionService(repo=question_repo, clock=clock),
        resource_files=resource_files,
        alert_writer=writer,
        meeting_writer=meetings.writer,
        outbox_link=outbox,
    )
    outbox.observe(SendKind.CONTACT_COPY, contact_requests.on_outcome)
    outbox.observe(SendKind.ALERT, escalator.on_outcome)
    outbox.observe(SendKind.ALERT_NOTICE, escalator.on_outcome)  # edited later, like alerts
    return services
