"""The audit trail shown to admins: pages of recent actions in plain words."""

from __future__ import annotations

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
        subject = entry.subject_name or entry.subject
        if subject:
            line += texts.get(language, "audit-subject", subject=subject)
        if entry.group_title:
            line += texts.get(language, "audit-in-group", group=entry.group_title)
        return line


def _local(moment: str, timezone: str, language: str) -> str:
    """Show a stored UTC time as month, day and time in a zone, as the reader writes them."""
    when = parse_iso(moment).astimezone(ZoneInfo(timezone))
    return stamp_text(reader_for(language, timezone), when)
