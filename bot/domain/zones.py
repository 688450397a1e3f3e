"""Whether a name is a time zone tzdata knows (pure: the standard library only)."""

from __future__ import annotations

import functools
import zoneinfo


@functools.lru_cache(maxsize=1024)
def is_valid_timezone(name: str) -> bool:
    """Tell whether `name` is a known IANA time-zone name (remembered: files repeat zones)."""
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True
