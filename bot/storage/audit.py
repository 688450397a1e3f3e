"""The audit trail: every facilitator and admin action, with who and when (SQL only)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.db import Database, Transaction

# Actions whose subject is a person's numeric id (shown by name when they are a member).
PERSON_SUBJECT_ACTIONS = (
    *("role.add", "role.remove", "oncall.take", "oncall.handover"),
    *("moderation.warn", "moderation.mute", "moderation.ban", "moderation.hold"),
    *("moderation.unmute", "moderation.unban", "moderation.expired", "moderation.release"),
    *("moderation.discard", "moderation.keep_hidden"),
    *("moderation.appeal_upheld", "moderation.appeal_lifted"),
)


@dataclass(frozen=True)
class AuditEntry:
    """One recorded action, with the names known for who did it, where and to whom."""

    id: int
    at: str
    actor_id: int | None
    actor_name: str | None
    action: str
    group_id: int | None
    group_title: str | None
    subject: str | None
    subject_name: str | None


async def add_audit(
    tx: Transaction,
    actor_id: int | None,
    action: str,
    now: str,
    group_id: int | None = None,
    subject: str | None = None,
) -> None:
    """Record a facilitator's or admin's action in the audit trail."""
    await tx.execute(
        "INSERT INTO audit_log (at, actor_id, action, group_id, subject) VALUES (?, ?, ?, ?, ?)",
        (now, actor_id, action, group_id, subject),
    )


class AuditRepository:
    """Reads the audit trail, newest first."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def recent(self, limit: int, before_id: int | None = None) -> list[AuditEntry]:
        """Return up to `limit` entries older than `before_id` (all when None), newest first."""
        marks = ", ".join("?" for _ in PERSON_SUBJECT_ACTIONS)
        rows = await self.db.fetch_all(
            "SELECT a.id, a.at, a.actor_id, actor.first_name, a.action, a.group_id, g.title,"
            " a.subject, subject.first_name FROM audit_log a"
            " LEFT JOIN members actor ON actor.user_id = a.actor_id"
            " LEFT JOIN groups g ON g.chat_id = a.group_id"
            f" LEFT JOIN members subject ON a.action IN ({marks})"
            " AND subject.user_id = CAST(a.subject AS INTEGER)"
            " WHERE a.id < ? ORDER BY a.id DESC LIMIT ?",
            (*PERSON_SUBJECT_ACTIONS, before_id if before_id is not None else 2**62, limit),
        )
        return [AuditEntry(*row) for row in rows]


async def erase_audit_person(tx: Transaction, user_id: int) -> None:
    """/forget: the audit trail keeps what was done, no longer by or to whom."""
    await tx.execute("UPDATE audit_log SET actor_id = NULL WHERE actor_id = ?", (user_id,))
    await tx.execute("UPDATE audit_log SET subject = NULL WHERE subject = ?", (str(user_id),))
