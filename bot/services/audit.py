"""The audit trail shown to admins: pages of recent actions in plain words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.domain.clock import parse_iso
from bot.formats.formatting import reader_for, stamp_text
from bot.i18n import Texts
from bot.storage.audit import AuditEntry, AuditRepository

PAGE_SIZE = 15


@dataclass(frozen=True)
class AuditPage:
    """Some entries, newest first, and the id to page on from (None: no older ones)."""

    entries: list[AuditEntry]
    older_than: int | None


def action_text_id(action: str) -> str:
    """Return the text id that describes an action (`role.add` -> `audit-role-add`)."""
    return "audit-" + action.replace(".", "-").replace("_", "-")


class AuditTrail:
    """Reads the trail and words it for admins."""

    def __init__(self, repo: AuditRepository, texts: Texts) -> None:
        """Use the audit repository and the texts."""
        self.repo = repo
        self.texts = texts

    async def page(self, before_id: int | None = None, size: int = PAGE_SIZE) -> AuditPage:
        """Return one page of the trail, newest first, older than `before_id` when given."""
        entries = await self.repo.recent(size + 1, before_id)
        older = entries[size - 1].id if len(entries) > size else None
        return AuditPage(entries[:size], older)

    def render(self, page: AuditPage, language: str, timezone: str) -> str:
        """Word a page as lines: when, who, what, where (times in the reader's zone)."""
        lines = [self.texts.get(language, "audit-header", zone=timezone)]
        lines.extend(self._line(entry, language, timezone) for entry in page.entries)
        if not page.entries:
            lines.append(self.texts.get(language, "audit-empty"))
        return "\n".join(lines)

    def _line(self, entry: AuditEntry, language: str, timezone: str) -> str:
        """Word one entry."""
        texts = self.texts
        text_id = action_text_id(entry.action)
        what = (
            texts.get(language, text_id)
            if texts.has(language, text_id)
            else texts.get(language, "audit-unknown-action", action=entry.action)
        )
        who = entry.actor_name or (
            texts.get(language, "audit-someone", id=str(entry.actor_id))
            if entry.actor_id is not None
            else texts.get(language, "audit-nobody")
        )
        line = texts.get(
            language, "audit-line", when=_local(entry.at, timezone, language), who=who, what=what
        )
        if entry.subject_name or entry.subject:
            line += self._subject(entry, language)
        if entry.group_title:
            line += texts.get(language, "audit-in-group", group=entry.group_title)
        return line

    def _subject(self, entry: AuditEntry, language: str) -> str:
        """What the action was about, saying what a number counts or names."""
        if entry.subject_name:
            return self.texts.get(language, "audit-subject", subject=entry.subject_name)
        subject = entry.subject or ""
        counts = _RELOAD_COUNTS.fullmatch(subject)
        if entry.action == "content.reload" and counts is not None:
            added, changed, removed = counts.groups()
            return self.texts.get(
                language, "audit-subject-reload", added=added, changed=changed, removed=removed
            )
        if entry.action.startswith(_PERSON_SUBJECTS) and subject.isdigit():
            person = self.texts.get(language, "audit-someone", id=subject)
            return self.texts.get(language, "audit-subject", subject=person)
        text_id = next(
            (text for prefix, text in _SUBJECT_TEXTS if entry.action.startswith(prefix)),
            "audit-subject",
        )
        return self.texts.get(language, text_id, subject=subject)


# What a bare number in an entry's subject is, by action (the first matching prefix).
_SUBJECT_TEXTS = (
    ("flag.", "audit-subject-alert"),
    ("announce.", "audit-subject-announcement"),
    ("contact.", "audit-subject-request"),
    ("meeting.group_post", "audit-subject-minutes"),
)
# Actions whose subject is a person's id (named when the bot knows them).
_PERSON_SUBJECTS = ("role.", "oncall.take", "oncall.handover", "moderation.")
# content.reload stores "+added ~changed -removed".
_RELOAD_COUNTS = re.compile(r"\+(\d+) ~(\d+) -(\d+)")


def _local(moment: str, timezone: str, language: str) -> str:
    """Show a stored UTC time as month, day and time in a zone, as the reader writes them."""
    when = parse_iso(moment).astimezone(ZoneInfo(timezone))
    return stamp_text(reader_for(language, timezone), when)
