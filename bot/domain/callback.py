"""Button data as this bot writes it: the one bounded parser every button press goes through.

Telegram lets a button carry up to 64 bytes of data, and a modified client can send anything
there. The bot's own buttons are short `:`-separated words and ids that fit SQLite's 64-bit
integers; anything else is a forgery or a button of another version: treated as expired.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import MISSING, dataclass
from datetime import date, datetime, time
from enum import Enum
from types import UnionType
from typing import Annotated, Any, ClassVar, Self, Union, cast, get_args, get_origin, get_type_hints

MAX_BYTES = 64
MAX_PARTS = 10
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
# ASCII digits only: str.isdecimal and int() also take other scripts' digits.
_INTEGER = re.compile(r"-?[0-9]+\Z")


def callback_parts(data: str | None) -> list[str] | None:
    """Split button data on ':'; None when no button of this bot could carry it.

    Too long, too many parts, or a number no database id can be: a forged press, answered as
    an expired button before any feature sees it.
    """
    if data is None or len(data.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) > MAX_PARTS:
        return None
    if any(_INTEGER.match(part) and not is_id(part) for part in parts):
        return None
    return parts


def is_id(value: str) -> bool:
    """Tell whether a word is an integer a database id can be (64-bit, ASCII digits)."""
    if len(value) > 20 or not _INTEGER.match(value):
        return False
    return INT64_MIN <= int(value) <= INT64_MAX


@dataclass(frozen=True)
class Codec:
    """How one field of button data is written and read back (`Annotated[T, Codec(...)]`).

    `read` returns None for a word no button of this bot carries.
    """

    write: Callable[[Any], str]
    read: Callable[[str], Any]


class CallbackData:
    """A button's data as a value, packed and parsed by the same class.

    Subclasses are frozen dataclasses declared with a prefix (`class Take(CallbackData,
    prefix="oc:take")`); their fields, in order, follow the prefix: `oc:take:-100123`. Field
    types: int (a 64-bit id; narrower bounds go in `__post_init__`, which may raise
    ValueError), str (no ':'), bool, an Enum of str or int values, date (YYYYMMDD), time (HHMM),
    `X | None` ('-' for None), or `Annotated[X, Codec(...)]`. Fields with defaults may be left
    off the end. The code that builds a button and the code that handles it share the class.
    """

    prefix: ClassVar[str]
    registry: ClassVar[dict[str, type[CallbackData]]] = {}

    def __init_subclass__(cls, *, prefix: str | None = None, **kwargs: Any) -> None:
        """Register a new kind of button under a prefix no other kind has (none: a base of
        kinds that share fields, never packed itself)."""
        super().__init_subclass__(**kwargs)
        if prefix is None:
            return
        if not _PREFIX.match(prefix):
            raise TypeError(f"button prefix {prefix!r} must be words of a-z joined by ':'")
        if prefix in CallbackData.registry:
            raise TypeError(f"button prefix {prefix!r} is taken by {CallbackData.registry[prefix]}")
        cls.prefix = prefix
        CallbackData.registry[prefix] = cls

    def pack(self) -> str:
        """The button's callback data; ValueError when it cannot be read back as written."""
        words = [self.prefix]
        for name, kind, _ in _fields_of(type(self)):
            word = _write(kind, getattr(self, name))
            if not word or ":" in word:
                raise ValueError(f"{type(self).__name__}.{name} cannot be written as {word!r}")
            words.append(word)
        data = ":".join(words)
        if len(data.encode()) > MAX_BYTES or self.parse(data) != self:
            raise ValueError(f"{type(self).__name__} does not fit a button: {data!r}")
        return data

    @classmethod
    def parse(cls, data: str | None) -> Self | None:
        """Read button data back; None for anything buttons of this kind never carry."""
        parts = callback_parts(data)
        head = cls.prefix.split(":")
        if parts is None or parts[: len(head)] != head:
            return None
        words = parts[len(head) :]
        fields_ = _fields_of(cls)
        required = sum(1 for _, _, optional in fields_ if not optional)
        if not required <= len(words) <= len(fields_):
            return None
        values: dict[str, Any] = {}
        for (name, kind, _), word in zip(fields_, words, strict=False):
            value = _read(kind, word)
            if value is _INVALID:
                return None
            values[name] = value
        try:
            return cls(**values)
        except (ValueError, TypeError):
            return None

    @classmethod
    def matches(cls, data: object) -> bool:
        """Tell whether data is a button of this kind (a handler's `pattern`)."""
        return isinstance(data, str) and cls.parse(data) is not None


def parse_any(data: str | None, *kinds: type[CallbackData]) -> CallbackData | None:
    """The first kind that reads the data, or None when none does."""
    for kind in kinds:
        pressed = kind.parse(data)
        if pressed is not None:
            return pressed
    return None


def matcher(*kinds: type[CallbackData]) -> Callable[[object], bool]:
    """A handler pattern that takes the data of any of these kinds of button, and only that."""

    def matches(data: object) -> bool:
        return isinstance(data, str) and parse_any(data, *kinds) is not None

    return matches


def prefix_matcher(*kinds: type[CallbackData]) -> Callable[[object], bool]:
    """A handler pattern that takes every press whose prefix is one of these kinds'.

    For handlers that answer a malformed button of their own ("this button has expired")
    rather than leave it to the general fallback.
    """
    heads = [kind.prefix.split(":") for kind in kinds]

    def matches(data: object) -> bool:
        if not isinstance(data, str):
            return False
        parts = data.split(":")
        return any(parts[: len(head)] == head for head in heads)

    return matches


_PREFIX = re.compile(r"[a-z]+(:[a-z]+)*\Z")
_NONE = "-"
_INVALID = object()


def _fields_of(cls: type[CallbackData]) -> list[tuple[str, Any, bool]]:
    """The (name, type, may be left off) of a kind's fields, in order."""
    hints = get_type_hints(cls, include_extras=True)
    return [
        (field.name, hints[field.name], field.default is not MISSING)
        for field in dataclasses.fields(cast(Any, cls))
    ]


def _write(kind: Any, value: Any) -> str:
    """One field's word."""
    codec = _codec_of(kind)
    if codec is not None:
        return codec.write(value)
    if value is None:
        return _NONE
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        raise ValueError("a moment is not button data: use a date or a time")
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    if isinstance(value, time):
        return value.strftime("%H%M")
    return str(value)


def _read(kind: Any, word: str) -> Any:
    """One field's value, or _INVALID."""
    codec = _codec_of(kind)
    if codec is not None:
        value = codec.read(word)
        return _INVALID if value is None else value
    options = get_args(kind) if isinstance(kind, UnionType) or get_origin(kind) is Union else ()
    if options:
        if word == _NONE and type(None) in options:
            return None
        kinds = [option for option in options if option is not type(None)]
        return _read(kinds[0], word) if len(kinds) == 1 else _INVALID
    return _read_plain(kind, word)


def _read_plain(kind: Any, word: str) -> Any:
    """A value of a plain type (int, str, bool, Enum, date, time), or _INVALID."""
    if kind is bool:
        return {"1": True, "0": False}.get(word, _INVALID)
    if kind is int:
        return int(word) if is_id(word) else _INVALID
    if kind is str:
        return word if word else _INVALID
    if isinstance(kind, type) and issubclass(kind, Enum):
        return _read_enum(kind, word)
    if kind is date:
        return _read_date(word)
    if kind is time:
        return _read_time(word)
    raise TypeError(f"button data cannot hold a {kind!r}")


def _read_enum(kind: type[Enum], word: str) -> Any:
    """A member of an Enum of str or int values, or _INVALID."""
    for member in kind:
        if str(member.value) == word:
            return member
    return _INVALID


def _read_date(word: str) -> Any:
    """A YYYYMMDD date, or _INVALID."""
    if not _DIGITS8.match(word):
        return _INVALID
    try:
        return date(int(word[:4]), int(word[4:6]), int(word[6:]))
    except ValueError:
        return _INVALID


def _read_time(word: str) -> Any:
    """An HHMM time, or _INVALID."""
    if not _DIGITS4.match(word):
        return _INVALID
    try:
        return time(int(word[:2]), int(word[2:]))
    except ValueError:
        return _INVALID


def _codec_of(kind: Any) -> Codec | None:
    """The Codec of an Annotated field, if it has one."""
    if get_origin(kind) is Annotated:
        for extra in get_args(kind)[1:]:
            if isinstance(extra, Codec):
                return extra
    return None


_DIGITS8 = re.compile(r"[0-9]{8}\Z")
_DIGITS4 = re.compile(r"[0-9]{4}\Z")
