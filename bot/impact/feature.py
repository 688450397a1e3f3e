"""The programme report as the composition root sees it: one entry in `bot/features.py`."""

from __future__ import annotations

from bot.domain.models import Role
from bot.feature import Feature, MenuCommand, nothing_personal
from bot.impact import handlers

FEATURE = Feature(
    "impact",
    nothing_personal,
    handlers=(handlers.register,),
    menu=(MenuCommand("impact", Role.ADMIN, 308),),
)
