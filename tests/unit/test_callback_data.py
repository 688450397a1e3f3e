"""The one bounded parser of button data (pure)."""

from __future__ import annotations

from bot.domain.callback import INT64_MAX, INT64_MIN, callback_parts, is_id


def test_the_bots_own_buttons_are_split_on_colons() -> None:
    """Words and 64-bit ids pass, split as written."""
    assert callback_parts("flag:ack:12") == ["flag", "ack", "12"]
    assert callback_parts(f"oc:give:{INT64_MIN}:{INT64_MAX}") == [
        "oc",
        "give",
        str(INT64_MIN),
        str(INT64_MAX),
    ]
    assert callback_parts("gs:tz:-100123:Europe/Madrid") == ["gs", "tz", "-100123", "Europe/Madrid"]


def test_what_no_button_of_the_bot_carries_is_refused() -> None:
    """Numbers past 64 bits, more than 64 bytes, too many parts, or no data at all."""
    assert callback_parts(f"flag:ack:{INT64_MAX + 1}") is None
    assert callback_parts(f"flag:ack:{INT64_MIN - 1}") is None
    assert callback_parts("x" * 65) is None
    assert callback_parts("é" * 33) is None, "64 bytes, not 64 characters"
    assert callback_parts(":".join("a" * 11)) is None
    assert callback_parts(None) is None


def test_only_ascii_digits_make_an_id() -> None:
    """Other scripts' digits (which int() accepts) are words, not ids."""
    assert is_id("123")
    assert is_id("-5")
    assert not is_id("١٢٣")
    assert not is_id("--5")
    assert not is_id("")
    assert not is_id(str(INT64_MAX + 1))
    assert callback_parts("mt:y:١٢٣") == ["mt", "y", "١٢٣"]
