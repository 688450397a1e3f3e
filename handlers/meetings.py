"""Members ask about meetings (placeholder until the feature lands)."""

from bot.context import BotApplication


def register(app: BotApplication) -> None:
    """Add nothing yet."""
