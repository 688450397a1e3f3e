"""The features of the bot, in order: part of the composition root (with `bot/app.py`).

Adding a feature is its own modules plus one entry here. The order decides, within each stage
of `handlers/stages.py`, which handler sees an update first, and the order in which erasers run
in the one `/forget` transaction; the menu has its own ranks. The gate's and the crisis check's
own stages come before any feature's commands whatever their place in the list.
"""

from __future__ import annotations

import handlers.admin
import handlers.announce
import handlers.audit
import handlers.checkins
import handlers.contact_requests
import handlers.crisis
import handlers.crisis_nudge
import handlers.facilitators
import handlers.fallback
import handlers.flags
import handlers.gate
import handlers.group_meetings
import handlers.group_setup
import handlers.groups
import handlers.help
import handlers.meeting_editing
import handlers.meetings
import handlers.onboarding
import handlers.oncall
import handlers.privacy
import handlers.resource_editing
import handlers.resource_managing
import handlers.resources
import handlers.settings
import handlers.stats
from bot import jobs
from bot.breaks import feature as breaks
from bot.care import feature as care
from bot.domain.models import Role
from bot.feature import Feature, MenuCommand, nothing_personal
from bot.feedback import feature as feedback
from bot.impact import feature as impact
from bot.joingate import feature as joingate
from bot.moderation import feature as moderation
from bot.peer_reports import feature as peer_reports
from bot.rules import feature as rules
from bot.services import personal_data
from bot.shield import feature as shield
from bot.wellbeing import feature as wellbeing


def _menu(role: Role, start: int, *names: str, in_groups: bool = False) -> tuple[MenuCommand, ...]:
    """Menu entries for a role, ranked from `start` in the order given (`in_groups`: also in
    group chats' menu)."""
    return tuple(
        MenuCommand(name, role, start + index, in_groups) for index, name in enumerate(names)
    )


MEMBER, FACILITATOR, ADMIN = Role.MEMBER, Role.FACILITATOR, Role.ADMIN

FEATURES: tuple[Feature, ...] = (
    Feature(
        "delivery",
        personal_data.delivery_data,
        wiring=(jobs.schedule_storage_jobs,),
    ),
    # Before the members' eraser: deleting a member cascades their requests away.
    Feature(
        "contact_requests",
        personal_data.contact_request_data,
        handlers=(handlers.contact_requests.register,),
        wiring=(jobs.schedule_contact_request_jobs,),
    ),
    Feature("gate", nothing_personal, handlers=(handlers.gate.register,)),
    # The one open question per person (handlers/conversations.py, handlers/text_router.py).
    Feature("questions", personal_data.question_data, wiring=(jobs.schedule_question_jobs,)),
    # Before onboarding: /start help (the crisis nudge's link) must not be read as an invite.
    # Before the facilitators' eraser: a departing facilitator's groups are read first.
    Feature(
        "crisis",
        personal_data.crisis_data,
        group_columns=("flag_groups.group_id", "flags.group_id", "flags.chat_id"),
        handlers=(handlers.crisis.register, handlers.flags.register),
        wiring=(handlers.crisis_nudge.register, jobs.schedule_flag_jobs),
        menu=(*_menu(MEMBER, 190, "crisis"), *_menu(FACILITATOR, 200, "flags", "flag")),
    ),
    Feature(
        "oncall",
        personal_data.oncall_data,
        group_columns=("oncall_rotations.group_id", "oncall_shifts.group_id"),
        handlers=(handlers.oncall.register,),
        menu=_menu(FACILITATOR, 202, "oncall"),
    ),
    # Before onboarding: /start setup-<code> (the group greeting's setup link) is not an invite.
    Feature(
        "group_setup",
        personal_data.group_setup_data,
        handlers=(handlers.group_setup.register_start, handlers.group_setup.register),
        menu=_menu(ADMIN, 301, "setup"),
    ),
    Feature(
        "members",
        personal_data.member_data,
        group_columns=("group_members.chat_id",),
        handlers=(
            *(handlers.onboarding.register, handlers.settings.register),
            *(handlers.privacy.register, handlers.help.register),
        ),
        menu=(
            *_menu(MEMBER, 100, "start", "help"),
            *_menu(MEMBER, 192, "settings", "privacy", "mydata", "forget", "stop"),
        ),
    ),
    Feature(
        "groups",
        personal_data.group_data,
        handlers=(handlers.groups.register, handlers.admin.register),
        menu=(*_menu(ADMIN, 300, "groups"), *_menu(ADMIN, 302, "status")),
    ),
    Feature(
        "audit",
        personal_data.audit_data,
        group_columns=("audit_log.group_id",),
        handlers=(handlers.audit.register,),
        menu=_menu(ADMIN, 304, "audit"),
    ),
    Feature(
        "facilitators",
        personal_data.facilitator_data,
        group_columns=("facilitators.chat_id",),
        handlers=(handlers.facilitators.register,),
        menu=_menu(ADMIN, 303, "facilitators"),
    ),
    Feature(
        "announcements",
        personal_data.announcement_data,
        group_columns=("announcements.group_id",),
        handlers=(handlers.announce.register,),
        menu=_menu(FACILITATOR, 210, "announce"),
    ),
    Feature(
        "activity",
        personal_data.activity_data,
        handlers=(handlers.stats.register,),
        wiring=(jobs.schedule_activity_jobs,),
        menu=_menu(FACILITATOR, 211, "stats"),
    ),
    Feature(
        "checkins",
        personal_data.checkin_data,
        handlers=(handlers.checkins.register,),
        wiring=(jobs.schedule_checkin_jobs,),
        menu=_menu(MEMBER, 120, "checkin", "mood", "pause", "resume"),
    ),
    # Before meetings: a hostile reply in a group is not a question about the next meeting.
    peer_reports.FEATURE,
    # Before resources: "when is the next meeting?" is a question, not a search.
    Feature(
        "meetings",
        personal_data.meeting_data,
        group_columns=("meetings.group_id", "meeting_subscriptions.group_id"),
        handlers=(
            *(handlers.meeting_editing.register, handlers.meetings.register),
            handlers.group_meetings.register,
        ),
        wiring=(jobs.schedule_meeting_jobs,),
        menu=(
            *_menu(MEMBER, 110, "next", "meetings", in_groups=True),
            *_menu(MEMBER, 112, "reminders"),
            *_menu(
                FACILITATOR,
                203,
                *("addmeeting", "editmeeting", "cancelmeeting", "movemeeting", "endmeeting"),
            ),
        ),
    ),
    # Editing first: '/resources add' is not a search, and a draft's answers are not questions.
    Feature(
        "resources",
        personal_data.resource_data,
        group_columns=("resources.group_id",),
        handlers=(
            *(handlers.resource_editing.register, handlers.resource_managing.register),
            handlers.resources.register,
        ),
        menu=(
            *_menu(MEMBER, 191, "resources"),
            *_menu(FACILITATOR, 208, "addresource", "myresources"),
            *_menu(ADMIN, 305, "reload"),
        ),
    ),
    rules.FEATURE,
    moderation.FEATURE,
    joingate.FEATURE,
    shield.FEATURE,
    feedback.FEATURE,
    wellbeing.FEATURE,
    breaks.FEATURE,
    care.FEATURE,
    impact.FEATURE,
    # Last: unknown commands, plain text no feature took, non-text, stale buttons.
    Feature("fallback", nothing_personal, handlers=(handlers.fallback.register,)),
)
