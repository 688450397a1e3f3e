"""Fixed UTC offsets typed by people ("UTC+1", "GMT-3", "+2"), and how a zone is shown.

A whole-hour offset is stored as tzdata's fixed zone Etc/GMT-1, whose sign is POSIX's (the
opposite of what people write). Nobody ever sees that name: `zone_label` shows it as
"UTC+01:00" wherever the bot shows a zone. An offset with minutes ("UTC+05:30") has no such
zone; the places that use it now are offered instead (`bot.formats.timezones`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TYPED = re.compile(r"(?:utc|gmt|z)?\s*([+\-\u2212])\s*(\d{1,2})(?:\s*[:h.]?\s*(\d{2}))?")
_ETC = re.compile(r"Etc/GMT([+-])(\d{1,2})")
_UTC_NAMES = frozenset({"Etc/GMT", "Etc/UTC", "Etc/GMT0", "Etc/GMT-0", "Etc/GMT+0", "Etc/Zulu"})


@dataclass(frozen=True)
class Offset:
    """A typed offset from UTC: its sign (+1 east, -1 west), hours and minutes."""

    sign: int
    hours: int
    minutes: int

    @property
    def total_minutes(self) -> int:
        """The offset in minutes, negative west of Greenwich."""
        return self.sign * (self.hours * 60 + self.minutes)

    def zone(self) -> str | None:
        """The fixed zone of a whole-hour offset (UTC, Etc/GMT-1), None for one with minutes."""
        if self.minutes:
            return None
        if self.hours == 0:
            return "UTC"
        return f"Etc/GMT{'-' if self.sign > 0 else '+'}{self.hours}"


def parse_offset(text: str) -> Offset | None:
    """Read "UTC+1", "gmt-3", "UTC+05:30", "+0530" or "+2"; None for anything else."""
    match = _TYPED.fullmatch(text.strip().casefold())
    if match is None:
        return None
    sign = -1 if match[1] in "-\u2212" else 1
    hours, minutes = int(match[2]), int(match[3] or 0)
    if minutes not in (0, 15, 30, 45) or hours > (14 if sign > 0 else 12):
        return None
    if (hours * 60 + minutes) > (14 * 60 if sign > 0 else 12 * 60):
        return None
    return Offset(sign, hours, minutes)


def zone_label(zone: str) -> str:
    """How a stored zone is shown: "UTC+01:00" for Etc/GMT-1, "UTC" for Etc/UTC, else as is."""
    if zone in _UTC_NAMES:
        return "UTC"
    match = _ETC.fullmatch(zone)
    if match is None:
        return zone
    sign = "-" if match[1] == "+" else "+"
    return f"UTC{sign}{int(match[2]):02d}:00"
