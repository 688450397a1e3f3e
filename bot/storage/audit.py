"""The audit trail: every facilitator and admin action, with who and when (SQL only)."""

from __future__ import annotations

from bot.storage.db import Transaction


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
