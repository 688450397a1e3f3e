"""Crisis severity tiers: the detector finds them, flags and escalation act on them."""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    """Severity tier, loosely after the Columbia scale (higher rank = more urgent)."""

    CONCERN = "concern"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def rank(self) -> int:
        """Return an integer that orders tiers from least to most urgent."""
        return _TIER_RANK[self]


_TIER_RANK = {Tier.CONCERN: 1, Tier.HIGH: 2, Tier.IMMINENT: 3}
