"""What an HSDS import takes and rejects, and the errors it raises (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.resources.models import Resource


class HsdsError(Exception):
    """The file cannot be read as an HSDS export at all (the message says why)."""


class RejectedError(Exception):
    """A record cannot be taken; the message is the reason."""


@dataclass
class ImportReport:
    """What an import would take: new resources, changed ones, and rejected records."""

    taken: list[Resource] = field(default_factory=list)
    changed: list[Resource] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (record, reason)
    unchanged: list[str] = field(default_factory=list)  # resource ids identical to stored ones
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (record, what was dropped)

    def summary(self) -> str:
        """Counts, then every rejection and warning with its reason, one per line."""
        total = len(self.taken) + len(self.changed) + len(self.unchanged) + len(self.rejected)
        lines = [
            f"{total} records: {len(self.taken)} new, {len(self.changed)} changed,"
            f" {len(self.unchanged)} unchanged, {len(self.rejected)} rejected."
        ]
        if self.rejected:
            lines.append("Rejected:")
            lines.extend(f"  {record}: {reason}" for record, reason in self.rejected)
        if self.warnings:
            lines.append("Warnings (the record was taken without this):")
            lines.extend(f"  {record}: {what}" for record, what in self.warnings)
        return "\n".join(lines)
