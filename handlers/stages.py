"""The one order every update passes through: PTB handler groups, lowest first.

In each stage the first matching handler runs; `ApplicationHandlerStop` ends the update.
The features' own handlers share the FEATURES stage, in the order of the composition root's
feature list (deep links first, see `bot/app.py`).
"""

from __future__ import annotations

from enum import IntEnum


class Stage(IntEnum):
    """Handler groups in the order an update meets them."""

    # Drops channel posts, bots and stand-in accounts (reads nothing for an ordinary update).
    GATE = -10
    # Every message, edit and caption goes through the crisis detector.
    CRISIS = -7
    # A private writer is reachable again (missed alerts first); edits go no further.
    EDITS = -6
    # Bookkeeping that must never delay the crisis check (anonymous active days).
    BOOKKEEPING = -5
    # The spam shield (bot/shield): joins noted, newcomers' links held, floods muted; after
    # the crisis check, whose alert always comes first (a flagged message is never muted away).
    SHIELD = -4
    # Watching groups without taking anything from the features: joins (raid mode), a
    # member's first message after their group's agreement changed (bot/joingate).
    WATCH = -3
    # A writer's /cancel and non-text answers while composing an announcement.
    EARLY = -2
    # Forwarded messages (a facilitator adding someone by forwarding their message).
    FORWARDS = -1
    # Every feature's commands, buttons and typed answers, then the fallback.
    FEATURES = 0
