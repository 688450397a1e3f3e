"""The shield's holder in the running bot: the moderation feature's review queue."""

from __future__ import annotations

from bot.moderation.build import hold_message
from bot.services.container import Services


class ModerationHolder:
    """Holds a message through bot/moderation (deleted from the group, a review card to the
    facilitators, the author told privately with the reason: the shield adds no notice)."""

    def __init__(self, services: Services) -> None:
        """Hold through these services' moderation feature."""
        self.services = services

    async def hold(
        self, chat_id: int, message_id: int, author_id: int, text: str, reason: str, kind: str
    ) -> None:
        """Hold the message for review (a possible crisis is never discarded unseen)."""
        await hold_message(self.services, chat_id, message_id, author_id, text, reason, kind)
