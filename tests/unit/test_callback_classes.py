"""Button data as typed values: one class packs and parses each kind of button (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Annotated

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bot.features  # noqa: F401  (imports every feature, so every kind of button is registered)
from bot.domain.callback import (
    INT64_MAX,
    MAX_BYTES,
    CallbackData,
    Codec,
    matcher,
    parse_any,
    prefix_matcher,
)


class Colour(StrEnum):
    """A test enum."""

    RED = "r"
    BLUE = "b"


@dataclass(frozen=True)
class Sample(CallbackData, prefix="zzt:sample"):
    """Every kind of field a button may carry."""

    group_id: int
    colour: Colour
    on: date
    at: time
    flag: bool
    zone: str
    maybe: int | None = None


@dataclass(frozen=True)
class Small(CallbackData, prefix="zzt:small"):
    """A bounded integer and a field with its own codec."""

    days: int
    letters: Annotated[str, Codec(str.upper, lambda word: word.lower() or None)] = "ab"

    def __post_init__(self) -> None:
        """Refuse what no button carries."""
        if not 1 <= self.days <= 30:
            raise ValueError("days out of range")


def test_a_button_round_trips_through_its_data() -> None:
    """Packed, then parsed, a button is the same value; the words are as documented."""
    button = Sample(-100123, Colour.RED, date(2026, 12, 7), time(9, 30), True, "Europe/Madrid")
    data = button.pack()
    assert data == "zzt:sample:-100123:r:20261207:0930:1:Europe/Madrid:-"
    assert Sample.parse(data) == button
    assert Sample.parse("zzt:sample:-100123:r:20261207:0930:1:Europe/Madrid") == button
    assert Sample.parse(Sample(1, Colour.BLUE, date(2026, 1, 1), time(0, 0), False, "x", 5).pack())


def test_what_no_button_carries_is_refused() -> None:
    """Wrong prefix, a bad word in any field, too few or too many words, out of bounds."""
    good = "zzt:sample:1:r:20261207:0930:1:UTC"
    assert Sample.parse(good) is not None
    for bad in (
        "zzt:samplex:1:r:20261207:0930:1:UTC",
        "zzt:sample:x:r:20261207:0930:1:UTC",
        "zzt:sample:1:g:20261207:0930:1:UTC",
        "zzt:sample:1:r:20261307:0930:1:UTC",
        "zzt:sample:1:r:20261207:2460:1:UTC",
        "zzt:sample:1:r:20261207:0930:2:UTC",
        "zzt:sample:1:r:20261207:0930:1:",
        "zzt:sample:1:r:20261207:0930:1",
        "zzt:sample:1:r:20261207:0930:1:UTC:5:6",
        f"zzt:sample:{INT64_MAX + 1}:r:20261207:0930:1:UTC",
        None,
    ):
        assert Sample.parse(bad) is None, bad
    assert Small.parse("zzt:small:31") is None
    assert Small.parse("zzt:small:0") is None
    assert Small.parse("zzt:small:30:XY") == Small(30, "xy")


def test_a_button_that_cannot_be_read_back_is_refused_when_built() -> None:
    """A ':' in a word or data over 64 bytes fails where the button is built, not when pressed."""
    with pytest.raises(ValueError, match="cannot be written"):
        Sample(1, Colour.RED, date(2026, 1, 1), time(1, 1), True, "a:b").pack()
    with pytest.raises(ValueError, match="does not fit"):
        Sample(1, Colour.RED, date(2026, 1, 1), time(1, 1), True, "z" * MAX_BYTES).pack()


def test_two_kinds_cannot_share_a_prefix() -> None:
    """A second class with a taken prefix is refused when it is declared."""
    with pytest.raises(TypeError, match="taken"):

        @dataclass(frozen=True)
        class Again(CallbackData, prefix="zzt:small"):
            """A clash."""

            days: int


def test_handlers_take_only_their_own_kinds() -> None:
    """matcher takes well-formed data of its kinds; prefix_matcher also malformed ones."""
    takes = matcher(Small)
    assert takes("zzt:small:3")
    assert not takes("zzt:small:99")
    assert not takes("zzt:sample:1")
    assert not takes(None)
    loose = prefix_matcher(Small)
    assert loose("zzt:small:99")
    assert not loose("zzt:smallish:3")
    assert parse_any("zzt:small:3", Sample, Small) == Small(3)


@given(st.text(max_size=80))
def test_no_data_makes_any_kind_of_button_fail(data: str) -> None:
    """Every registered kind answers arbitrary data with a value or None, never an error."""
    for kind in CallbackData.registry.values():
        pressed = kind.parse(data)
        assert pressed is None or isinstance(pressed, kind)


def test_every_kind_of_button_has_its_own_prefix() -> None:
    """No registered prefix is a prefix of another's words (a press reads as one kind only)."""
    heads = [kind.prefix.split(":") for kind in CallbackData.registry.values()]
    assert len(heads) > 10, "the features' buttons are registered"
    for head in heads:
        longer = [other for other in heads if other != head and other[: len(head)] == head]
        assert not longer, f"{head} is the start of {longer}"
