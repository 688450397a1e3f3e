"""The wellbeing check's pure parts: the scale, the waves, the buttons, the cohort's change."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from bot.domain.callback import CallbackData

SCALE_FILE = Path("wellbeing") / "phq4.toml"
ITEMS = 4
OPTIONS = 4  # 0 not at all .. 3 nearly every day
# Weeks after the first answers: 0 at joining, then after 8 and 12 weeks.
WAVES = (0, 8, 12)
# New members are offered the check once they have settled in (an hour after agreeing, not in
# the middle of their first steps), and no longer after 2 days (/wellbeing still lets anyone
# take part).
OFFER_AFTER = timedelta(hours=1)
OFFER_WITHIN = timedelta(days=2)


class ScaleError(ValueError):
    """The scale's file is missing or malformed."""


@dataclass(frozen=True)
class Scale:
    """The scale's official wording in one language, and where it comes from."""

    language: str
    source: str
    stem: str
    items: tuple[str, ...]
    options: tuple[str, ...]


def load_scales(content_dir: Path) -> dict[str, Scale]:
    """Read and check content/wellbeing/phq4.toml: each language's stem, 4 items, 4 options."""
    path = content_dir / SCALE_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ScaleError(f"{path}: {error}") from None
    scales = {}
    for language, entry in data.items():
        if not isinstance(entry, dict):
            raise ScaleError(f"{path}: [{language}] is not a table")
        items, options = entry.get("items"), entry.get("options")
        texts = [entry.get("source"), entry.get("stem")]
        if not all(isinstance(text, str) and text.strip() for text in texts):
            raise ScaleError(f"{path}: [{language}] needs a source and a stem")
        for name, values, count in (("items", items, ITEMS), ("options", options, OPTIONS)):
            if not isinstance(values, list) or len(values) != count:
                raise ScaleError(f"{path}: [{language}] needs {count} {name}")
            if not all(isinstance(value, str) and value.strip() for value in values):
                raise ScaleError(f"{path}: [{language}] has an empty entry in {name}")
        assert isinstance(items, list)
        assert isinstance(options, list)
        scales[language] = Scale(
            language, str(entry["source"]), str(entry["stem"]), tuple(items), tuple(options)
        )
    if "en" not in scales:
        raise ScaleError(f"{path}: the English original is missing")
    return scales


class Choice(StrEnum):
    """What a consent button does: take part, decline, or stop (withdraw)."""

    YES = "y"
    NO = "n"
    STOP = "x"


@dataclass(frozen=True)
class WellbeingChoice(CallbackData, prefix="wb:c"):
    """Take part in the wellbeing check, decline it, or withdraw (answers deleted)."""

    choice: Choice


def _check_value(value: int | None) -> None:
    """Refuse an answer off the 0-3 scale."""
    if value is not None and not 0 <= value < OPTIONS:
        raise ValueError("an answer is 0 to 3")


@dataclass(frozen=True)
class WellbeingItem(CallbackData, prefix="wb:i"):
    """An answer to one item, carrying the earlier answers of the wave: nothing is stored until
    all four are given."""

    wave: int
    first: int | None
    second: int | None
    third: int | None
    value: int

    def __post_init__(self) -> None:
        """A known wave, answers 0-3 given in order."""
        if self.wave not in WAVES:
            raise ValueError("unknown wave")
        given = [self.first, self.second, self.third]
        for value in (*given, self.value):
            _check_value(value)
        if None in given and any(value is not None for value in given[given.index(None) :]):
            raise ValueError("answers are given in order")

    @property
    def answers(self) -> tuple[int, ...]:
        """Every answer given so far, this one last."""
        return (*(v for v in (self.first, self.second, self.third) if v is not None), self.value)


@dataclass(frozen=True)
class WellbeingSkip(CallbackData, prefix="wb:s"):
    """ "Not now": this wave is not answered."""

    wave: int

    def __post_init__(self) -> None:
        """A known wave."""
        if self.wave not in WAVES:
            raise ValueError("unknown wave")


def next_item(answers: tuple[int, ...], wave: int, value: int) -> WellbeingItem:
    """The button data for `value` on the item after `answers`."""
    given = [*answers, None, None, None][:3]
    return WellbeingItem(wave, given[0], given[1], given[2], value)


def due_wave(
    baseline_at: datetime | None, answered: set[int], asked_wave: int | None, now: datetime
) -> int | None:
    """The follow-up wave (8 or 12 weeks after the first answers) to send now, if any: never
    one already answered or sent, never before its week."""
    if baseline_at is None:
        return None
    due = None
    for wave in WAVES[1:]:
        sent = asked_wave is not None and asked_wave >= wave
        if now >= baseline_at + timedelta(weeks=wave) and wave not in answered and not sent:
            due = wave
    return due


def total(answers: tuple[int, ...]) -> int:
    """The PHQ-4 total, 0-12 (higher: more distress)."""
    return sum(answers)
