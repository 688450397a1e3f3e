"""The /audit paging button."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.callback import CallbackData


@dataclass(frozen=True)
class OlderAudit(CallbackData, prefix="au:o"):
    """The page of actions older than this entry."""

    older_than: int

    def __post_init__(self) -> None:
        """Entry ids are not negative."""
        if self.older_than < 0:
            raise ValueError("no audit entry has this id")


AUDIT_BUTTONS = (OlderAudit,)
