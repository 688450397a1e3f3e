"""What members choose about meetings: reminders, quiet hours and "I'll be there"."""

from __future__ import annotations

from datetime import date, time

from bot.domain.clock import Clock, iso
from bot.storage.members import MemberRepository
from bot.storage.reminders import Subscription, SubscriptionRepository

YES, NO = "yes", "no"


class MeetingChoices:
    """A member's reminders and answers; only members who started the bot have any."""

    def __init__(
        self, subscriptions: SubscriptionRepository, members: MemberRepository, clock: Clock
    ) -> None:
        """Use the subscriptions and members repositories."""
        self.subscriptions = subscriptions
        self.members = members
        self.clock = clock

    async def of_member(self, user_id: int) -> list[Subscription]:
        """Return the member's reminder subscriptions."""
        return await self.subscriptions.of_member(user_id)

    async def remind(
        self,
        user_id: int,
        offsets: list[int],
        meeting_id: int | None = None,
        group_id: int | None = None,
    ) -> None:
        """Set the reminders for one meeting or a whole group (an empty list stops them)."""
        await self.subscriptions.replace(user_id, meeting_id, group_id, offsets)
        member = await self.members.get(user_id) if offsets else None
        if member is not None and member.scheduled_stopped:  # asking for reminders after /stop
            await self.members.set_scheduled_stopped(user_id, False, iso(self.clock()))

    async def answer(self, meeting_id: int, original: date, user_id: int, answer: str) -> None:
        """Record "I'll be there" (yes) or "Can't make it" (no) for one occurrence."""
        await self.subscriptions.set_rsvp(
            meeting_id, original.isoformat(), user_id, answer, iso(self.clock())
        )

    async def answer_of(self, meeting_id: int, original: date, user_id: int) -> str | None:
        """The member's own answer for one occurrence (yes, no), if they gave one."""
        return await self.subscriptions.rsvp_of(meeting_id, original.isoformat(), user_id)

    async def counts(self, meeting_id: int, original: date) -> dict[str, int]:
        """How many said yes and no for one occurrence (counts only, never names)."""
        return await self.subscriptions.rsvp_counts(meeting_id, original.isoformat())

    async def set_quiet_hours(self, user_id: int, start: time | None, end: time | None) -> bool:
        """Set (or clear, with None) the hours no reminder may arrive, local to the member."""
        if start is None or end is None:
            return await self.members.set_quiet_hours(user_id, None, None, iso(self.clock()))
        return await self.members.set_quiet_hours(
            user_id, start.strftime("%H:%M"), end.strftime("%H:%M"), iso(self.clock())
        )
