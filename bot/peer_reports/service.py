"""Peers raising concern, as flags in the crisis machinery: a report, a worry, a hostile reply.

A report is a flag of the peer-report kind about the reported person (same alerts,
acknowledgement, re-escalation and hand-over as a crisis), at the lowest tier unless the
reported words are themselves a crisis, when the detector's tier decides. Who reported is kept
in `peer_reports` only: the flag, and so everything its member can ever see, never names them.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from bot.crisis import Detection, Tier
from bot.domain.clock import Clock, iso
from bot.domain.excerpt import make_excerpt
from bot.domain.flags import Flag, Sighting, Told
from bot.domain.messages import Button
from bot.domain.text import clean_name, sanitize
from bot.moderation.build import hold_message, moderation_buttons
from bot.peer_reports.model import (
    HOSTILE_CATEGORY,
    MAX_REASON,
    MAX_REPORTED_TEXT,
    MAX_REPORTS_PER_HOUR,
    REPORT_CATEGORY,
    SHOWN_REASONS,
    HostileWords,
    Outcome,
    Source,
    Subject,
    clip,
    report_ids,
    report_rule,
)
from bot.peer_reports.storage import ReportRepository, erase_expired_reports
from bot.peer_reports.words import load_hostile_words
from bot.services.container import Services
from bot.services.flags import FlagService, Send

RATE_WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class HeldMessage:
    """A group message to hold for the facilitators' review (a hostile reply)."""

    chat_id: int
    message_id: int
    writer_id: int
    text: str
    flag_id: int


@dataclass(frozen=True)
class ReportedMessage:
    """The group message a report card is about: where, which, and who wrote it."""

    chat_id: int
    message_id: int
    author_id: int


# What holds a message for review (see `hold_hostile_reply`).
Hold = Callable[[HeldMessage], Awaitable[None]]
HOLD_KIND = "hostile_reply"


async def hold_hostile_reply(services: Services, held: HeldMessage) -> None:
    """Hold a hostile reply for the facilitators' review (moderation's hold: hidden from the
    group, kept for review, never deleted for good without a human deciding).

    The reason, in the group's language, never says that the person it was aimed at has an
    open flag: the writer is told it too.
    """
    group = await services.groups.get(held.chat_id)
    language = group.language if group else services.settings.default_language
    reason = services.texts.get(language, "hold-reason-hostile")
    await hold_message(
        services, held.chat_id, held.message_id, held.writer_id, held.text, reason, HOLD_KIND
    )


@dataclass(frozen=True)
class Filed:
    """What became of a report: the outcome, who was told, and whether it sounded urgent."""

    outcome: Outcome
    told: Told | None = None
    urgent: bool = False
    flag_id: int | None = None


async def _tell_nobody(_told: Told, _repeat: bool) -> list[Send]:
    """A peer's report sends nothing to the person it is about."""
    return []


def _worst(*detections: Detection | None) -> Detection | None:
    """The most urgent of the detections found, if any."""
    found = [d for d in detections if d is not None]
    return max(found, key=lambda d: d.tier.rank) if found else None


class PeerReportService:
    """Files members' reports and worries, and hostile replies, as flags for facilitators."""

    def __init__(
        self,
        *,
        repo: ReportRepository,
        flags: FlagService,
        detect: Callable[[str], Detection | None],
        words: HostileWords,
        clock: Clock,
        hold: Hold,
    ) -> None:
        """Use the reports, the flags, the crisis detector, the hostile words and the clock."""
        self.repo = repo
        self.flags = flags
        self.detect = detect
        self.words = words
        self.clock = clock
        self.hold = hold

    async def report(
        self,
        *,
        reporter_id: int,
        group_id: int,
        group_title: str,
        subject: Subject | None,
        message_id: int | None,
        text: str,
        reason: str,
        source: Source = Source.REPLY,
    ) -> Filed:
        """File a member's report (or worry) about a message or person of a group."""
        now = self.clock()
        if message_id is not None and await self.repo.reported_before(
            reporter_id, group_id, message_id
        ):
            return Filed(Outcome.ALREADY)
        if await self.repo.count_since(reporter_id, iso(now - RATE_WINDOW)) >= MAX_REPORTS_PER_HOUR:
            return Filed(Outcome.TOO_MANY)
        text = sanitize(text).strip()[:MAX_REPORTED_TEXT]
        reason = clip(sanitize(reason), MAX_REASON)
        in_text = self.detect(text) if text else None
        detection = _worst(in_text, self.detect(reason) if reason else None)
        report_id = await self.repo.add(
            source=source,
            reporter_id=reporter_id,
            subject_id=subject.user_id if subject else None,
            target_id=None,
            group_id=group_id,
            message_id=message_id,
            reason=reason or None,
            now=iso(now),
        )
        tier = detection.tier if detection is not None else Tier.CONCERN
        flag_id, told = await self._raise(
            report_id, subject, group_id, group_title, text, in_text, REPORT_CATEGORY, tier
        )
        return Filed(Outcome.SENT, told, detection is not None, flag_id)

    async def hostile_reply(
        self,
        *,
        writer: Subject,
        target_id: int,
        group_id: int,
        group_title: str,
        message_id: int,
        text: str,
    ) -> int | None:
        """Alert a hostile reply aimed at a member with an open crisis flag as HIGH, and hold it.

        Return the flag's id, or None when it was no such reply.
        """
        if writer.user_id == target_id or not self.words.matches(text):
            return None
        if not await self.repo.in_crisis(target_id):
            return None
        report_id = await self.repo.add(
            source=Source.HOSTILE,
            reporter_id=None,
            subject_id=writer.user_id,
            target_id=target_id,
            group_id=group_id,
            message_id=message_id,
            reason=None,
            now=iso(self.clock()),
        )
        detection = self.detect(text)
        tier = Tier.HIGH
        if detection is not None and detection.tier.rank > tier.rank:
            tier = detection.tier
        flag_id, _ = await self._raise(
            report_id,
            writer,
            group_id,
            group_title,
            sanitize(text).strip()[:MAX_REPORTED_TEXT],
            detection,
            HOSTILE_CATEGORY,
            tier,
        )
        await self.hold(HeldMessage(group_id, message_id, writer.user_id, text, flag_id))
        return flag_id

    async def _raise(
        self,
        report_id: int,
        subject: Subject | None,
        group_id: int,
        group_title: str,
        text: str,
        detection: Detection | None,
        category: str,
        tier: Tier,
    ) -> tuple[int, Told]:
        """Raise (or join) the flag carrying a stored report; link them; return id and told."""
        spans = list(detection.spans) if detection is not None else []
        excerpt = make_excerpt(text, spans) if text else None
        sighting = Sighting(
            member_id=subject.user_id if subject else None,
            member_name=clean_name(subject.first_name) if subject else "",
            member_username=subject.username if subject else None,
            chat_id=group_id,
            chat_title=clean_name(group_title),
            group_id=group_id,
            tier=tier.value,
            category=category,
            rules=(report_rule(report_id), *(detection.rules if detection else ())),
            excerpt=excerpt.text if excerpt else "",
            highlights=excerpt.highlights if excerpt else (),
        )
        try:
            raised = await self.flags.raise_flag(sighting, _tell_nobody)
        except Exception:
            await self.repo.drop(report_id)
            raise
        await self.repo.link(report_id, raised.flag_id)
        return raised.flag_id, raised.told

    async def export(self, user_id: int) -> dict[str, list[dict[str, object]]] | None:
        """/mydata: the reports this person made; nothing about reports made about them."""
        made = await self.repo.made_by(user_id)
        return {"reports_you_made": made} if made else None


class ReportCard:
    """What a report adds to its flag's alert: how many members reported, their words, who a
    hostile reply was aimed at, and the card's buttons; never who reported."""

    def __init__(self, services: Services) -> None:
        """Use the shared services (the reports' database, members, texts)."""
        self.services = services
        self.repo = ReportRepository(services.db)
        self.members = services.members.members
        self.texts = services.texts

    async def lines(self, flag: Flag, reader_id: int | None, language: str) -> list[str]:
        """The report's lines under the flagged words (none for other flags, or for the
        flagged member themself)."""
        if not flag.raised_by_others or (reader_id is not None and reader_id == flag.member_id):
            return []
        named = report_ids(flag.rules)
        since = iso(self.services.clock() - retention(self.services))
        reports = await self.repo.of_flag(flag.id, named, since, SHOWN_REASONS)
        lines = []
        count = await self.repo.count_of_flag(flag.id, named)
        if count:
            lines.append(self.texts.get(language, "report-card-count", count=count))
        for report in reports:
            if report.reason:
                lines.append(self.texts.get(language, "report-card-reason", reason=report.reason))
            if report.target_id is not None:
                member = await self.members.get(report.target_id)
                name = member.first_name if member and member.first_name else ""
                name = name or self.texts.get(language, "alert-someone")
                lines.append(self.texts.get(language, "report-card-target", name=name))
        return lines

    async def rows(self, flag: Flag, reader_id: int | None, language: str) -> list[list[Button]]:
        """The card's buttons for the latest reported group message (none for a worry told in
        private, for other flags, or for the flagged member themself)."""
        if not flag.raised_by_others or flag.member_id is None or flag.group_id is None:
            return []
        if reader_id is not None and reader_id == flag.member_id:
            return []
        message_id = await self.repo.latest_message(flag.id, report_ids(flag.rules))
        if message_id is None:
            return []
        reported = ReportedMessage(flag.group_id, message_id, flag.member_id)
        return report_card_rows(self.services, language, reported)


def report_card_rows(
    services: Services, language: str, reported: ReportedMessage
) -> list[list[Button]]:
    """The one place a report card's buttons are made, under the alert's take/close rows:
    moderation's Warn / Mute 1h / Hold for the reported message."""
    row = moderation_buttons(
        services, language, reported.chat_id, reported.message_id, reported.author_id
    )
    return [list(row)]


def retention(services: Services) -> timedelta:
    """How long a report keeps who made it and their words: as long as flags keep theirs."""
    return timedelta(days=services.settings.flag_retention_days)


async def erase_expired(services: Services) -> int:
    """Retention: erase the people and words of reports past it; return how many."""
    before = iso(services.clock() - retention(services))
    async with services.db.transaction(durable=True) as tx:
        return await erase_expired_reports(tx, before)


@functools.cache
def hostile_words(content_dir: Path) -> HostileWords:
    """The hostile phrases of content/, read and checked once per process."""
    return load_hostile_words(content_dir)


def peer_report_service(services: Services) -> PeerReportService:
    """The feature's service over the shared flags, detector and clock."""
    return PeerReportService(
        repo=ReportRepository(services.db),
        flags=services.flags,
        detect=services.crisis.detect,
        words=hostile_words(services.settings.content_dir),
        clock=services.clock,
        hold=lambda held: hold_hostile_reply(services, held),
    )
