"""The parts of the composition that are built the same way wherever they are used.

`build_services` (container.py) calls these; the crisis detector is loaded once per process.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import cache
from pathlib import Path

from bot.config import Settings
from bot.crisis.layered import LayeredDetector
from bot.domain.clock import Clock
from bot.domain.escalation import EscalationPolicy
from bot.i18n import Texts
from bot.services.contact_requests import ContactRequestService
from bot.services.escalation import minutes
from bot.services.meeting_choices import MeetingChoices
from bot.services.meeting_texts import MeetingWriter
from bot.services.meetings import MeetingService
from bot.services.outbox_link import OutboxLink
from bot.services.reminders import ReminderPolicy, ReminderService
from bot.services.roles import RoleService
from bot.storage.contact_requests import ContactRequestRepository
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.meetings import MeetingRepository
from bot.storage.members import MemberRepository
from bot.storage.reminders import SlotRepository, SubscriptionRepository

log = logging.getLogger(__name__)


@cache
def load_crisis_detector(folder: Path) -> LayeredDetector:
    """Load the crisis rules and model once per process; a broken file raises on start."""
    return LayeredDetector.from_directory(folder, on_model_error=_model_failed)


def _model_failed(error: Exception) -> None:
    """Log a failure of the crisis model (its type only: never the message)."""
    log.error("crisis model failed, the rules decided alone: %s", type(error).__name__)


def build_contact_requests(
    settings: Settings,
    db: Database,
    members: MemberRepository,
    roles: RoleService,
    texts: Texts,
    clock: Clock,
    outbox: OutboxLink,
) -> ContactRequestService:
    """Requests to reach out, reminded like a crisis flag of the lowest tier (no rounds)."""
    policy = escalation_policy(settings, rounds=0)
    repo = ContactRequestRepository(db)
    language = settings.default_language
    return ContactRequestService(
        db=db,
        repo=repo,
        members=members,
        roles=roles,
        texts=texts,
        clock=clock,
        policy=policy,
        language=language,
        outbox=outbox,
    )


def build_meeting_services(
    settings: Settings,
    db: Database,
    texts: Texts,
    members: MemberRepository,
    groups: GroupRepository,
    clock: Clock,
    outbox: OutboxLink,
    roles: RoleService | None = None,
) -> tuple[MeetingService, ReminderService, MeetingChoices]:
    """Wire the meeting schedule, its reminders and members' meeting choices."""
    meeting_repo, subscriptions = MeetingRepository(db), SubscriptionRepository(db)
    writer = MeetingWriter(texts=texts, clock=clock)
    policy = ReminderPolicy(
        choices=settings.meeting_reminder_choices,
        group_post_minutes=settings.meeting_group_post_minutes,
    )
    reminders = ReminderService(
        db=db,
        meetings=meeting_repo,
        subscriptions=subscriptions,
        slots=SlotRepository(db),
        groups=groups,
        writer=writer,
        policy=policy,
        clock=clock,
        outbox=outbox,
    )
    meetings = MeetingService(
        db=db,
        meetings=meeting_repo,
        members=members,
        groups=groups,
        reminders=reminders,
        writer=writer,
        clock=clock,
        roles=roles,
        outbox=outbox,
    )
    return (
        meetings,
        reminders,
        MeetingChoices(subscriptions=subscriptions, members=members, clock=clock),
    )


def escalation_policy(settings: Settings, rounds: int) -> EscalationPolicy:
    """The waits of the settings, with `rounds` full rounds before the repeats."""
    return EscalationPolicy(
        after=minutes(settings.escalation_minutes),
        imminent_after=minutes(settings.escalation_imminent_minutes),
        rounds=rounds,
        repeat=minutes(settings.escalation_repeat_minutes),
        late=minutes(settings.escalation_late_minutes),
        late_after=timedelta(hours=settings.escalation_late_after_hours),
        repage=minutes(settings.taken_flag_repage_minutes),
        soft_cap=settings.alert_soft_cap,
    )
