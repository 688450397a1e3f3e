"""The one button of a request to reach out: 'I'll reach out' (`cr:take:<request>`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.callback import CallbackData

# Request ids have at most this many digits.
MAX_ID_DIGITS = 12


@dataclass(frozen=True)
class ClaimContact(CallbackData, prefix="cr:take"):
    """Claim the request: the first press takes it, others learn who did."""

    request_id: int

    def __post_init__(self) -> None:
        """Request ids are not negative and have at most MAX_ID_DIGITS digits."""
        if not 0 <= self.request_id < 10**MAX_ID_DIGITS:
            raise ValueError("no request has this id")


CONTACT_BUTTONS = (ClaimContact,)
