"""The spam shield's pure parts: what is held, newcomers' windows, the flood window, buttons."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.shield.model import (
    BanEverywhere,
    Flood,
    FloodCounter,
    Held,
    MessageTraits,
    ShieldWindow,
    TtlCache,
    held_for,
    is_newcomer,
    may_be_held,
)


@pytest.mark.parametrize(
    ("traits", "expected"),
    [
        (MessageTraits("hello everyone, glad to be here"), None),
        (MessageTraits("see example.com", entity_types=("url",)), Held.LINK),
        (MessageTraits("click here", entity_types=("text_link",)), Held.LINK),
        (MessageTraits("join t.me/cryptopump now"), Held.LINK),
        (MessageTraits("free money https://x.example"), Held.LINK),
        (MessageTraits("www.spam.example is great"), Held.LINK),
        (MessageTraits("a quote", forwarded=True), Held.FORWARD),
        (MessageTraits("", media=("photo",)), Held.MEDIA),
        (MessageTraits("", media=("document",)), Held.MEDIA),
        (MessageTraits("", media=("video",)), Held.MEDIA),
        (MessageTraits("", media=("sticker",)), None),
        (MessageTraits("", media=("voice",)), None),
        (MessageTraits("@friend hi", entity_types=("mention", "bold")), None),
        (MessageTraits("what time is it? 10.30 ok"), None),
    ],
)
def test_what_a_newcomer_may_not_post_at_once(traits: MessageTraits, expected: Held) -> None:
    """Links (entities or typed), forwards and photos/videos/files are held; the rest passes."""
    assert held_for(traits) is expected


def test_a_newcomer_is_someone_who_joined_within_the_window() -> None:
    """Inside the window yes; after it, without a record, or with the window off, no."""
    now = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    assert is_newcomer(now - timedelta(hours=23, minutes=59), now, 24)
    assert not is_newcomer(now - timedelta(hours=24), now, 24)
    assert not is_newcomer(None, now, 24)
    assert not is_newcomer(now - timedelta(minutes=1), now, 0)


def test_the_flood_limit_trips_once_past_the_limit() -> None:
    """The ninth message within 10 s trips; the burst's rest is already handled, not re-tripped."""
    counter = FloodCounter(limit=8, seconds=10, cooldown=600)
    results = [counter.add(-100, 7, 100.0 + i * 0.5) for i in range(12)]
    assert results[:8] == [Flood.FINE] * 8
    assert results[8] is Flood.TRIPPED
    assert results[9:] == [Flood.HANDLED] * 3


def test_slow_writers_never_trip_and_people_are_counted_apart() -> None:
    """One message every 2 s never trips; two people in one group, or one in two, do not add."""
    counter = FloodCounter(limit=8, seconds=10, cooldown=600)
    assert {counter.add(-100, 7, i * 2.0) for i in range(50)} == {Flood.FINE}
    for i in range(8):
        assert counter.add(-100, 1, 500.0 + i * 0.1) is Flood.FINE
        assert counter.add(-100, 2, 500.0 + i * 0.1) is Flood.FINE
        assert counter.add(-200, 1, 500.0 + i * 0.1) is Flood.FINE
    assert counter.add(-100, 1, 501.0) is Flood.TRIPPED


def test_after_the_cooldown_a_new_flood_trips_again() -> None:
    """Once the mute's time is over, a second burst is a second trip."""
    counter = FloodCounter(limit=2, seconds=10, cooldown=60)
    assert [counter.add(-1, 1, t) for t in (0.0, 0.1, 0.2)][-1] is Flood.TRIPPED
    assert counter.add(-1, 1, 30.0) is Flood.HANDLED
    assert [counter.add(-1, 1, t) for t in (70.0, 70.1, 70.2)][-1] is Flood.TRIPPED


def test_the_flood_memory_is_bounded() -> None:
    """At most max_people windows are kept, the least recently written dropped first."""
    counter = FloodCounter(limit=2, seconds=10, cooldown=60, max_people=100)
    for user in range(500):
        counter.add(-1, user, 0.0)
    assert len(counter) == 100
    counter.add(-1, 400, 0.0)  # written again: the most recent now
    counter.add(-1, 1000, 0.0)  # pushes out the oldest: 401
    assert len(counter) == 100
    assert counter.add(-1, 400, 0.1) is Flood.TRIPPED  # its two earlier messages were kept
    assert [counter.add(-1, 401, t) for t in (0.1, 0.2)] == [Flood.FINE, Flood.FINE]


def test_the_cache_keeps_answers_for_its_time() -> None:
    """An answer is kept until its time is up, then it is as if never asked."""
    cache = TtlCache(seconds=100)
    cache.put(5, True, now=0.0)
    cache.put(6, False, now=0.0)
    assert cache.get(5, now=99.0) is True
    assert cache.get(6, now=99.0) is False
    assert cache.get(5, now=100.0) is None
    assert cache.get(7, now=0.0) is None


@pytest.mark.parametrize("chat_id", [-1001234567890, -5, 2**63 - 1])
def test_buttons_round_trip(chat_id: int) -> None:
    """Packed data parses back and fits Telegram's 64 bytes."""
    ban = BanEverywhere(2**62, chat_id)
    window = ShieldWindow(chat_id, 72)
    for button in (ban, window):
        assert len(button.pack().encode()) <= 64
        assert type(button).parse(button.pack()) == button


@pytest.mark.parametrize("data", [None, "", "shwin:-5:5", "shwin:-5", "shwin:x:24", "shban:1"])
def test_forged_button_data_is_refused(data: str | None) -> None:
    """A window never offered, or missing parts, is no button of the shield."""
    assert ShieldWindow.parse(data) is None
    assert BanEverywhere.parse(data) is None


@pytest.mark.parametrize(
    ("message", "held"),
    [
        ({"text": "see t.me/pump", "entities": [{"type": "url", "offset": 4, "length": 9}]}, True),
        ({"caption": "x", "photo": [{"file_id": "a"}]}, True),
        (
            {"caption": "x", "caption_entities": [{"type": "text_link", "offset": 0, "length": 1}]},
            True,
        ),
        ({"text": "a quote", "forward_origin": {"type": "hidden_user"}}, True),
        ({"document": {"file_id": "d"}}, True),
        ({"sticker": {"file_id": "s"}}, False),
        ({"text": "hello", "entities": [{"type": "bold", "offset": 0, "length": 5}]}, False),
        ({"text": "hello", "entities": "not a list"}, False),
        ({}, False),
    ],
)
def test_a_raw_message_is_read_like_a_telegram_one(message: dict[str, object], held: bool) -> None:
    """The Bot API JSON of a message gives the same verdict (what the inbox must keep whole)."""
    assert may_be_held(message) is held
