"""What each feature keeps about a person: its columns and its /mydata, /forget and /stop parts.

One builder per feature, named after it; the composition root's feature list points at them.
The schema test (`tests/storage/test_personal_columns.py`) fails unless every column that can
hold a person's id or words is claimed by exactly one feature here, and unless `/forget` leaves
none of a person's ids or words in a claimed column.
"""

from __future__ import annotations

from bot.feature import PersonalData
from bot.services.checkin_prompts import PROMPT_PREFIX, SUMMARY_PREFIX
from bot.services.container import Services
from bot.services.meetings import NEWS_PREFIX
from bot.services.reminders import REMINDER_PREFIX
from bot.storage.announcements import KEY_PREFIX as ANNOUNCEMENT_PREFIX
from bot.storage.announcements import erase_announcement_author
from bot.storage.audit import erase_audit_person
from bot.storage.checkins import erase_checkins
from bot.storage.db import Transaction
from bot.storage.groups import erase_group_references, groups_added_by
from bot.storage.inbox import erase_inbox
from bot.storage.meetings import erase_meeting_authors
from bot.storage.members import erase_member
from bot.storage.oncall import erase_oncall_person
from bot.storage.outbox import drop_unsent, erase_outbox
from bot.storage.questions import erase_questions, export_question
from bot.storage.reminders import erase_meeting_member
from bot.storage.resources import erase_resource_authors
from bot.storage.roles import erase_roles

GROUP_ID = "a group's chat id, never a person's"
GROUP_TITLE = "the group's name, set by its admins"


def delivery_data(_services: Services) -> PersonalData:
    """The inbox and outbox: updates from a person and messages to them."""

    async def erase(tx: Transaction, user_id: int) -> None:
        """Drop what the inbox and the outbox hold of the person."""
        await erase_inbox(tx, user_id)
        await erase_outbox(tx, user_id)

    return PersonalData(
        columns=(
            *("inbox.user_id", "inbox.payload"),
            *("outbox.chat_id", "outbox.user_id", "outbox.payload", "outbox.last_error"),
        ),
        erase=erase,
    )


def contact_request_data(services: Services) -> PersonalData:
    """Requests to reach out from check-ins, and who claimed them.

    Before the members' eraser: deleting the member would cascade their requests away before
    the copies facilitators received were withdrawn.
    """
    return PersonalData(
        columns=(
            *("support_requests.user_id", "support_requests.claimed_by"),
            "support_request_copies.reader_id",
        ),
        erase=services.contact_requests.erase,
        export=services.contact_requests.export,
    )


def crisis_data(services: Services) -> PersonalData:
    """Crisis flags about a member, and the staff who were told of or acted on them.

    Before the facilitators' eraser: the staff departure reads the groups the person facilitates.
    """

    async def erase(tx: Transaction, user_id: int) -> None:
        """Tell admins of groups left without a facilitator, then erase the flags' people."""
        await services.staff_departure.erase(tx, user_id)
        await services.flag_records.erase_member(tx, user_id)

    return PersonalData(
        columns=(
            *("flags.member_id", "flags.member_name", "flags.member_username", "flags.chat_id"),
            *("flags.chat_title", "flags.excerpt", "flags.highlights", "flags.note"),
            *("flags.acknowledged_by", "flags.closed_by", "flags.note_pending_by"),
            *("flag_alerts.recipient_id", "flag_alerts.head", "flag_events.actor_id"),
        ),
        erase=erase,
        export=services.flags.flags.export,
        not_personal={
            "flags.messages": "a count of messages, never their words",
            "flag_events.detail": "a step, a count, a tier or a group id; never words",
        },
        export_as="crisis_flags",
    )


def oncall_data(_services: Services) -> PersonalData:
    """On-call shifts and rotations."""
    return PersonalData(
        columns=(
            *("oncall_shifts.user_id", "oncall_shifts.created_by"),
            *("oncall_rotations.set_by", "oncall_rotations.participants"),
        ),
        erase=erase_oncall_person,
    )


def group_setup_data(_services: Services) -> PersonalData:
    """Nothing of its own: an admin's unfinished setup of a group is their open question."""
    return PersonalData()


def member_data(services: Services) -> PersonalData:
    """A member's profile and group memberships."""
    return PersonalData(
        columns=(
            *("members.user_id", "members.first_name", "members.username"),
            "group_members.user_id",
        ),
        erase=erase_member,
        export=services.members.export,
        not_personal={"group_members.chat_id": GROUP_ID},
        export_as="profile",
    )


def group_data(services: Services) -> PersonalData:
    """Groups, and who added the bot to them."""

    async def export(user_id: int) -> object:
        """The groups the person added the bot to."""
        return await groups_added_by(services.db, user_id)

    return PersonalData(
        columns=("groups.added_by",),
        erase=erase_group_references,
        export=export,
        not_personal={"groups.chat_id": GROUP_ID, "groups.title": GROUP_TITLE},
        export_as="groups_you_added",
    )


def audit_data(_services: Services) -> PersonalData:
    """The audit trail of staff actions."""
    return PersonalData(
        columns=("audit_log.actor_id", "audit_log.subject"), erase=erase_audit_person
    )


def facilitator_data(services: Services) -> PersonalData:
    """Facilitator and admin roles, and who gave them."""
    return PersonalData(
        columns=("facilitators.user_id", "facilitators.added_by", "admins.user_id"),
        erase=erase_roles,
        export=services.roles.export,
        not_personal={"facilitators.chat_id": GROUP_ID},
        export_as="roles",
    )


def announcement_data(services: Services) -> PersonalData:
    """Announcements' authors (drafts are open questions); /stop drops copies still waiting."""

    async def stop(user_id: int) -> None:
        """/stop: drop announcement copies still waiting to be sent to the member."""
        await drop_unsent(services.db, user_id, (ANNOUNCEMENT_PREFIX,))

    return PersonalData(
        columns=("announcements.author_id", "announcements.progress_chat_id"),
        erase=erase_announcement_author,
        stop=stop,
        not_personal={
            "announcements.text": "sent to a group for everyone; kept without its author",
        },
    )


def activity_data(services: Services) -> PersonalData:
    """Active days for anonymous statistics (dates only)."""
    return PersonalData(
        columns=("member_activity.user_id",),
        erase=services.stats.erase,
        export=services.stats.export,
        export_as="activity",
    )


def checkin_data(services: Services) -> PersonalData:
    """Check-in plans, moods and notes; /stop drops prompts and summaries still waiting."""

    async def stop(user_id: int) -> None:
        """/stop: drop prompts and summaries still waiting to be sent."""
        await drop_unsent(services.db, user_id, (PROMPT_PREFIX, SUMMARY_PREFIX))

    return PersonalData(
        columns=("checkin_plans.user_id", "checkins.user_id", "checkins.note"),
        erase=erase_checkins,
        export=services.checkins.repo.export,
        stop=stop,
        export_as="checkins",
    )


def meeting_data(services: Services) -> PersonalData:
    """Members' reminders and answers, and who wrote meetings and changes."""

    async def erase(tx: Transaction, user_id: int) -> None:
        """Drop the member's reminders and answers; clear them as author of meetings."""
        await erase_meeting_member(tx, user_id)
        await erase_meeting_authors(tx, user_id)

    async def stop(user_id: int) -> None:
        """/stop: drop reminders and meeting news still waiting (e.g. for quiet hours to end)."""
        await drop_unsent(services.db, user_id, (REMINDER_PREFIX, NEWS_PREFIX))

    return PersonalData(
        columns=(
            *("meeting_subscriptions.user_id", "meeting_rsvps.user_id"),
            *("meetings.created_by", "meeting_changes.changed_by"),
        ),
        erase=erase,
        export=services.reminders.subscriptions.export,
        stop=stop,
        not_personal={
            "meetings.notes": "a meeting's notes for every member",
            "meeting_changes.reason": "the reason for a change, told to every member",
        },
        export_as="meetings",
    )


def resource_data(_services: Services) -> PersonalData:
    """Who added resources (an unfinished resource draft is the person's open question)."""
    return PersonalData(
        columns=("resources.added_by",),
        erase=erase_resource_authors,
        not_personal={
            "resources.doc": "a service's public description",
            "resources.data": "a service's public description",
            "resources_vocab.doc": "a search index of public descriptions",
        },
    )


def question_data(services: Services) -> PersonalData:
    """Each person's one open question or unfinished draft, with their answers so far."""

    async def export(user_id: int) -> dict[str, object] | None:
        """The open question and what the person has answered so far."""
        return await export_question(services.db, user_id)

    return PersonalData(
        columns=("questions.user_id", "questions.data"),
        erase=erase_questions,
        export=export,
        export_as="open_question",
    )
