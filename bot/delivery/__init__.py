"""Getting updates in and messages out: inbox/outbox workers and the priority rate limiter."""

from bot.delivery.errors import Action, DeliveryClosedError, classify
from bot.delivery.limiter import DeliveryLimiter
from bot.delivery.pacing import Pacer, PacingPolicy, Priority

__all__ = [
    "Action",
    "DeliveryClosedError",
    "DeliveryLimiter",
    "Pacer",
    "PacingPolicy",
    "Priority",
    "classify",
]
