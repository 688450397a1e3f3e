"""The spam shield's pure parts: what a newcomer's message carries, the flood window, buttons.

Standard library and bot.domain only (an architecture test checks it). The handlers read a
Telegram message into `MessageTraits`; everything deciding about it lives here.
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from bot.domain.callback import CallbackData

# What a hold is for, as the moderation feature's review card shows it.
HOLD_SPAM = "spam"
HOLD_CRISIS = "crisis"

# The newcomer windows facilitators may choose for their group, in hours (0: the shield does
# not hold newcomers' links there). The default is the NEWCOMER_HOURS setting.
WINDOW_CHOICES = (0, 6, 24, 72)
MAX_WINDOW_HOURS = 168

# Entities that carry a link (Telegram marks t.me and web addresses as `url` itself).
LINK_ENTITIES = frozenset({"url", "text_link"})
# Media held from a newcomer: what spam arrives as. Stickers, voice notes, dice and the like
# pass: a person saying hello their own way is not spam.
HELD_MEDIA = frozenset(
    {"photo", "video", "animation", "document", "audio", "video_note", "paid_media", "story"}
)
# A link typed without Telegram marking it (a client that did not, or a forwarded caption).
_LINK = re.compile(r"(https?://|\bwww\.|\b(?:t|telegram)\.me/|\btg://)", re.IGNORECASE)


class Holder(Protocol):
    """Keeps a message away from the group until a facilitator reviews it (bot/moderation)."""

    async def hold(
        self, chat_id: int, message_id: int, author_id: int, text: str, reason: str, kind: str
    ) -> None:
        """Hold the message for review: hidden from the group, never discarded unseen."""


class Held(StrEnum):
    """Why a newcomer's message is held."""

    LINK = "link"
    FORWARD = "forward"
    MEDIA = "media"


@dataclass(frozen=True)
class MessageTraits:
    """What the shield looks at in a message: its words, entity types, forward and media."""

    text: str = ""
    entity_types: tuple[str, ...] = ()
    forwarded: bool = False
    media: tuple[str, ...] = ()


def held_for(traits: MessageTraits) -> Held | None:
    """Why a newcomer's message would be held (a link, a forward, media), or None."""
    if traits.forwarded:
        return Held.FORWARD
    if LINK_ENTITIES.intersection(traits.entity_types) or _LINK.search(traits.text):
        return Held.LINK
    if HELD_MEDIA.intersection(traits.media):
        return Held.MEDIA
    return None


def traits_of_json(message: Mapping[str, Any]) -> MessageTraits:
    """What the shield looks at in a Bot API message as JSON (a `Message` object's fields)."""
    entities = [
        entity.get("type")
        for key in ("entities", "caption_entities")
        for entity in message.get(key) or ()
        if isinstance(entity, Mapping)
    ]
    words = message.get("text") or message.get("caption") or ""
    return MessageTraits(
        text=words if isinstance(words, str) else "",
        entity_types=tuple(str(kind) for kind in entities if isinstance(kind, str)),
        forwarded=bool(message.get("forward_origin")),
        media=tuple(kind for kind in sorted(HELD_MEDIA) if message.get(kind)),
    )


def may_be_held(message: Mapping[str, Any]) -> bool:
    """Tell whether the shield would hold this Bot API message from a newcomer (a link, a
    forward, media): the durable inbox must then keep it whole until it is handled."""
    return held_for(traits_of_json(message)) is not None


def is_newcomer(joined_at: datetime | None, now: datetime, hours: int) -> bool:
    """Tell whether someone who joined then is still in a window of `hours` (no record: no)."""
    if joined_at is None or hours <= 0:
        return False
    return now - joined_at < timedelta(hours=hours)


def window_problem(hours: int) -> str | None:
    """Why a newcomer window cannot be stored (None when it can)."""
    return None if 0 <= hours <= MAX_WINDOW_HOURS else f"window {hours} h out of range"


class Flood(StrEnum):
    """What one more message means for its writer's flood window."""

    FINE = "fine"
    # Over the limit just now: mute them, tell them and the facilitators (once).
    TRIPPED = "tripped"
    # Over the limit, already handled: their messages in flight change nothing.
    HANDLED = "handled"


@dataclass
class _Window:
    """One person's recent message times in one group, and when their last trip ends."""

    times: deque[float]
    quiet_until: float = 0.0


class FloodCounter:
    """More than `limit` messages within `seconds` in one group trips once per `cooldown`.

    In memory only: a restart forgets the counts (a flood then starts from zero again). At most
    `max_people` windows are kept; the oldest goes first.
    """

    def __init__(
        self, *, limit: int, seconds: float, cooldown: float, max_people: int = 20_000
    ) -> None:
        """Allow `limit` messages in `seconds`; after a trip, stay quiet for `cooldown`."""
        if limit < 1 or seconds <= 0:
            raise ValueError("a flood limit needs at least one message and a positive window")
        self.limit = limit
        self.seconds = seconds
        self.cooldown = cooldown
        self.max_people = max_people
        self._windows: OrderedDict[tuple[int, int], _Window] = OrderedDict()

    def add(self, chat_id: int, user_id: int, now: float) -> Flood:
        """Count one message by the person in the group at `now` (seconds, monotonic)."""
        key = (chat_id, user_id)
        window = self._windows.get(key)
        if window is None:
            window = _Window(deque(maxlen=self.limit + 1))
            self._windows[key] = window
            if len(self._windows) > self.max_people:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(key)
        window.times.append(now)
        while window.times and now - window.times[0] > self.seconds:
            window.times.popleft()
        if now < window.quiet_until:
            return Flood.HANDLED
        if len(window.times) > self.limit:
            window.quiet_until = now + self.cooldown
            return Flood.TRIPPED
        return Flood.FINE

    def __len__(self) -> int:
        """How many windows are kept."""
        return len(self._windows)


class TtlCache:
    """Answers kept for `seconds` (at most `size` of them, the oldest dropped first)."""

    def __init__(self, seconds: float, size: int = 50_000) -> None:
        """Keep answers for `seconds`, at most `size` of them."""
        self.seconds = seconds
        self.size = size
        self._items: OrderedDict[int, tuple[float, bool]] = OrderedDict()

    def get(self, key: int, now: float) -> bool | None:
        """The answer kept for key, or None when there is none or it is too old."""
        found = self._items.get(key)
        if found is None:
            return None
        if now - found[0] >= self.seconds:
            del self._items[key]
            return None
        return found[1]

    def put(self, key: int, value: bool, now: float) -> None:
        """Keep an answer from now."""
        self._items[key] = (now, value)
        self._items.move_to_end(key)
        if len(self._items) > self.size:
            self._items.popitem(last=False)


@dataclass(frozen=True)
class BanEverywhere(CallbackData, prefix="shban"):
    """ "Also ban in all our groups": block a person banned in one group across every group."""

    user_id: int
    chat_id: int


@dataclass(frozen=True)
class ShieldWindow(CallbackData, prefix="shwin"):
    """A facilitator choosing their group's newcomer window (`hours` among WINDOW_CHOICES)."""

    chat_id: int
    hours: int

    def __post_init__(self) -> None:
        """Only the windows offered."""
        if self.hours not in WINDOW_CHOICES:
            raise ValueError(f"{self.hours} is not an offered window")
