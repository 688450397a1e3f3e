"""New, notifying messages about a flag that changed: Telegram tells nobody of an edit.

A notice heads the alert as it stands now (repeat, reopened, handed back, erased); it is
recorded as a copy of the alert, so later changes and erasure reach it like any other copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from enum import StrEnum

from bot.delivery.pacing import Priority
from bot.domain.clock import iso, parse_iso
from bot.domain.excerpt import Excerpt, excerpt_html
from bot.domain.flags import Flag, FlagAlert, FlagState, Sighting
from bot.domain.sends import SendKind
from bot.services.alerts import ALERT_PREFIX, AlertWriter, icon_of
from bot.storage.db import Transaction
from bot.storage.flag_alerts import add_alert, alerts_of, last_copy_like, rewrite_head
from bot.storage.outbox import bring_forward, enqueue_message, replace_payload

# The step recorded for notices: never part of an escalation step (views are -1).
NOTICE_STEP = -2
# Repeats of one flag make at most one notice per person in this time (the later one quotes
# the latest words); a higher tier is told at once.
REPEAT_NOTICE_GAP = timedelta(seconds=60)


class Notice(StrEnum):
    """Why a notice is sent."""

    REPEAT = "repeat"
    REOPENED = "reopened"
    HANDED_BACK = "handed-back"
    ERASED = "erased"
    # Its holder went on a break: open again for the others (bot/breaks).
    ON_BREAK = "on-break"
    # Taken and still not closed after TAKEN_FLAG_REPAGE_MINUTES: to the holder, then others.
    REPAGED = "repaged"
    REPAGED_OTHERS = "repaged-others"


def people_on(alerts: Iterable[FlagAlert], member_id: int | None) -> list[int]:
    """Return everyone a flag's alert was sent to whose latest copy did not fail."""
    latest: dict[int, str] = {}
    for alert in alerts:  # oldest first
        if alert.recipient_id is not None and alert.step != -1:
            latest[alert.recipient_id] = alert.state
    return [p for p, state in latest.items() if state != "failed" and p != member_id]


class NoticeWriter:
    """Queues notices to the people on a flag, each in their own language."""

    def __init__(self, writer: AlertWriter) -> None:
        """Write with the alert writer (texts, readers, the alert itself)."""
        self.writer = writer

    async def holders(self, tx: Transaction, flag: Flag) -> list[int]:
        """Return who must hear of a change: the person who took it, else everyone on it."""
        if flag.state is FlagState.ACKNOWLEDGED and flag.acknowledged_by is not None:
            return [flag.acknowledged_by]
        return people_on(await alerts_of(tx, flag.id), flag.member_id)

    async def queue(
        self,
        tx: Transaction,
        flag: Flag,
        recipients: Iterable[int],
        notice: Notice,
        now: str,
        *,
        sighting: Sighting | None = None,
        previous_tier: str | None = None,
        actor: int | None = None,
        round: int | None = None,
    ) -> int:
        """Queue one notice per recipient at alert priority; return how many were queued.

        `round`: a notice sent again for the same version (a re-page) has its own key.

        A repeat of the same tier within REPEAT_NOTICE_GAP of the last notice to someone is
        told once the gap is over, by one notice quoting the latest words (see `_due`); a
        higher tier is told at once (a notice still waiting is rewritten and sent now).
        """
        raised = previous_tier is not None and previous_tier != flag.tier
        queued = 0
        for recipient in dict.fromkeys(recipients):
            reader = await self.writer.reader(recipient)
            head = await self._head(flag, reader.language, notice, sighting, previous_tier, actor)
            message = await self.writer.message(flag, recipient, NOTICE_STEP, head=head)
            key = f"{ALERT_PREFIX}:{flag.id}:{notice.value}:{recipient}:{flag.version}"
            if round is not None:
                key += f":r{round}"
            waiting, due = None, now
            if notice is Notice.REPEAT:
                waiting, due = await self._due(tx, flag, recipient, now)
                due = now if raised else due  # worse news never waits
                if waiting is not None and await replace_payload(tx, waiting, message.to_params()):
                    await rewrite_head(tx, waiting, head, flag.version, due)
                    await bring_forward(tx, waiting, due)
                    continue
            await add_alert(tx, flag.id, recipient, NOTICE_STEP, key, flag.version, due, head)
            queued += await enqueue_message(
                tx,
                message,
                kind=SendKind.ALERT_NOTICE,
                dedup_key=key,
                chat_id=recipient,
                priority=Priority.ALERT,
                now=now,
                user_id=flag.member_id,
                not_before=due,
            )
        return queued

    async def _due(
        self, tx: Transaction, flag: Flag, recipient: int, now: str
    ) -> tuple[str | None, str]:
        """When a repeat notice to this person may go: (key of one still waiting, due time).

        Now, when the last repeat notice went out a gap ago or more; else a gap after it. A
        notice still waiting for its time is rewritten rather than joined by another.
        """
        last = await last_copy_like(tx, flag.id, recipient, f"{ALERT_PREFIX}:{flag.id}:repeat:")
        if last is None:
            return None, now
        key, at = last
        if parse_iso(at) > parse_iso(now):
            return key, at
        due = parse_iso(at) + REPEAT_NOTICE_GAP
        return None, max(now, iso(due))

    async def _head(
        self,
        flag: Flag,
        language: str,
        notice: Notice,
        sighting: Sighting | None,
        previous_tier: str | None,
        actor: int | None,
    ) -> str:
        """Return the lines that say what changed."""
        t = self.writer.texts
        tier = t.get(language, f"tier-{flag.tier}")
        name = await self.writer.name_of(actor, language)
        who = flag.member_name or t.get(language, "alert-someone")
        lines = [
            t.get(
                language,
                f"alert-notice-{notice.value}",
                icon=icon_of(flag.tier),
                id=str(flag.id),
                name=name,
                member=who,
            )
        ]
        if notice is Notice.REPEAT:
            if previous_tier is not None and previous_tier != flag.tier:
                old = t.get(language, f"tier-{previous_tier}")
                lines.append(t.get(language, "alert-notice-tier-raised", tier=tier, old=old))
            else:
                lines.append(t.get(language, "alert-notice-tier-same", tier=tier))
            if sighting is not None and sighting.excerpt:
                excerpt = Excerpt(sighting.excerpt, sighting.highlights)
                lines.append(f"<blockquote>{excerpt_html(excerpt)}</blockquote>")
        return "\n".join(lines)
