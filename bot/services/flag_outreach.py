"""Messages about a flag beyond its alerts: to the member while it waits, to its groups when
no facilitator can be reached."""

from __future__ import annotations

from bot.delivery.pacing import Priority
from bot.domain.flags import Flag
from bot.domain.messages import OutgoingText
from bot.domain.sends import SendKind
from bot.i18n import Texts
from bot.services.groups import PRESENT_STATUSES
from bot.services.support_texts import SupportTexts
from bot.storage.db import Transaction
from bot.storage.flags import add_event, set_member_told, set_nudged
from bot.storage.groups import GroupRepository
from bot.storage.members import MemberRepository
from bot.storage.outbox import enqueue_message

MEMBER_WAIT_PREFIX = "crisis-wait"
STAFF_NUDGE_PREFIX = "staff-wanted"


class FlagOutreach:
    """Tells the member the truth while nobody has taken their flag, and asks groups for help."""

    def __init__(
        self,
        texts: Texts,
        members: MemberRepository,
        groups: GroupRepository,
        support: SupportTexts,
    ) -> None:
        """Use the texts, members (language, reachability), groups and the crisis lines."""
        self.texts = texts
        self.members = members
        self.groups = groups
        self.support = support

    async def tell_member_nobody_yet(self, tx: Transaction, flag: Flag, now: str) -> bool:
        """Once per flag: tell the member nobody has taken it yet, with the lines again.

        Only a member the bot can write to (started it, not blocked), and never about a flag
        someone else raised (a peer's report: telling them would say they were reported);
        False when not sent.
        """
        if flag.member_told_at is not None or flag.member_id is None or flag.raised_by_others:
            return False
        member = await self.members.get(flag.member_id)
        if member is None or member.unreachable_at is not None:
            return False
        name = flag.member_name or self.texts.get(member.language, "name-fallback")
        opening = self.texts.get(member.language, "crisis-nobody-yet", name=name)
        body = "\n\n".join([opening.strip(), self.support.lines_block(member.language, member)])
        await enqueue_message(
            tx,
            OutgoingText(body),
            kind=SendKind.MEMBER_WAIT,
            dedup_key=f"{MEMBER_WAIT_PREFIX}:{flag.id}",
            chat_id=flag.member_id,
            priority=Priority.ALERT,
            now=now,
            user_id=flag.member_id,
        )
        await set_member_told(tx, flag.id, now)
        await add_event(tx, flag.id, "member-told", now)
        return True

    async def ask_groups_for_staff(
        self, tx: Transaction, flag: Flag, group_ids: list[int], now: str
    ) -> int:
        """Once per flag: ask its groups, discreetly, for a facilitator to open the bot.

        Nothing about the member or the flag is said in the group; return how many were asked.
        """
        if flag.nudged_at is not None:
            return 0
        asked = 0
        for group_id in group_ids:
            group = await self.groups.get(group_id)
            if group is None or group.bot_status not in PRESENT_STATUSES:
                continue
            text = self.texts.get(group.language, "staff-wanted-group")
            asked += await enqueue_message(
                tx,
                OutgoingText(text),
                kind=SendKind.STAFF_WANTED,
                dedup_key=f"{STAFF_NUDGE_PREFIX}:{flag.id}:{group_id}",
                chat_id=group_id,
                priority=Priority.ALERT,
                now=now,
            )
        await set_nudged(tx, flag.id, now)
        if asked:
            await add_event(tx, flag.id, "group-asked", now, detail=f"0:{asked}")
        return asked
