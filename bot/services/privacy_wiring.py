"""How each feature's data is exported, erased and stopped: wired into the privacy registry."""

from __future__ import annotations

from bot.services.checkin_prompts import PROMPT_PREFIX, SUMMARY_PREFIX
from bot.services.container import Services
from bot.services.meetings import NEWS_PREFIX
from bot.services.reminders import REMINDER_PREFIX
from bot.storage.announcements import KEY_PREFIX as ANNOUNCEMENT_PREFIX
from bot.storage.announcements import erase_announcement_author
from bot.storage.checkins import erase_checkins
from bot.storage.db import Transaction
from bot.storage.groups import erase_group_references, groups_added_by
from bot.storage.inbox import erase_inbox
from bot.storage.meetings import erase_meeting_authors
from bot.storage.members import erase_member
from bot.storage.outbox import drop_unsent, erase_outbox
from bot.storage.reminders import erase_meeting_member
from bot.storage.resource_drafts import erase_drafts
from bot.storage.resources import erase_resource_authors
from bot.storage.roles import erase_roles


def register_meeting_privacy(services: Services) -> None:
    """Register export and erasure of members' reminders, answers and meeting drafts."""
    services.privacy.add_exporter("meetings", services.reminders.subscriptions.export)

    async def erase(tx: Transaction, user_id: int) -> None:
        """Drop the member's reminders and answers; clear them as author of meetings."""
        await erase_meeting_member(tx, user_id)
        await erase_meeting_authors(tx, user_id)

    services.privacy.add_eraser("meetings", erase)

    async def stop(user_id: int) -> None:
        """/stop: drop reminders and meeting news still waiting (e.g. for quiet hours to end)."""
        await drop_unsent(services.db, user_id, (REMINDER_PREFIX, NEWS_PREFIX))

    services.privacy.add_stopper("meetings", stop)


def register_checkin_privacy(services: Services) -> None:
    """Register export and erasure of check-ins, and what /stop drops."""
    services.privacy.add_exporter("checkins", services.checkins.repo.export)
    services.privacy.add_eraser("checkins", erase_checkins)

    async def stop(user_id: int) -> None:
        """/stop: drop prompts and summaries still waiting to be sent."""
        await drop_unsent(services.db, user_id, (PROMPT_PREFIX, SUMMARY_PREFIX))

    services.privacy.add_stopper("checkins", stop)


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


def register_flag_privacy(services: Services) -> None:
    """Register export and erasure of the flags about a member (anonymous counts stay)."""
    services.privacy.add_exporter("crisis_flags", services.flags.flags.export)
    # Before the roles eraser (registered later): it reads the groups the person facilitates.
    services.privacy.add_eraser("staff_departure", services.staff_departure.erase)
    services.privacy.add_eraser("crisis_flags", services.flag_records.erase_member)


def register_resource_privacy(services: Services) -> None:
    """Register erasure of who added resources and of unfinished resource drafts."""

    async def erase(tx: Transaction, user_id: int) -> None:
        """Clear the person as the author of resources and drop their draft."""
        await erase_resource_authors(tx, user_id)
        await erase_drafts(tx, user_id)

    services.privacy.add_eraser("resources", erase)


def register_delivery_privacy(services: Services) -> None:
    """Register erasure of what the inbox and outbox hold about a member."""
    services.privacy.add_eraser("inbox", erase_inbox)
    services.privacy.add_eraser("outbox", erase_outbox)


def register_announcement_privacy(services: Services) -> None:
    """Register erasure of who wrote announcements, and what /stop drops of them."""
    services.privacy.add_eraser("announcements", erase_announcement_author)

    async def stop(user_id: int) -> None:
        """/stop: drop announcement copies still waiting to be sent to the member."""
        await drop_unsent(services.db, user_id, (ANNOUNCEMENT_PREFIX,))

    services.privacy.add_stopper("announcements", stop)


def register_contact_request_privacy(services: Services) -> None:
    """Register export and erasure of requests to reach out and of claims on them.

    Registered before the membership eraser: deleting the member would delete their requests
    (ON DELETE CASCADE) before the copies facilitators received were withdrawn.
    """
    services.privacy.add_exporter("contact_requests", services.contact_requests.export)
    services.privacy.add_eraser("contact_requests", services.contact_requests.erase)
