"""Who reads an alert and how its state reads to them: language, zone, clock, state line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.domain.flags import Flag, FlagState
from bot.formats import formatting
from bot.i18n import Texts

_CLOSED_STATE_IDS = {
    FlagState.RESOLVED: "alert-state-resolved",
    FlagState.FALSE_ALARM: "alert-state-false",
    FlagState.ERASED: "alert-state-erased",
}


@dataclass(frozen=True)
class Reader:
    """How one facilitator reads alerts: language, time zone, and their 12/24-hour choice."""

    language: str
    timezone: str
    clock: str | None = None

    def local_time(self, moment: str | None) -> str:
        """A stored UTC time in the reader's zone, written as they read times ('' for None)."""
        if moment is None:
            return ""
        when = datetime.fromisoformat(moment.replace("Z", "+00:00"))
        local = when.astimezone(ZoneInfo(self.timezone))
        reader = formatting.reader_for(self.language, self.timezone, self.clock)
        return formatting.time_text(reader, local)


def state_line(texts: Texts, flag: Flag, reader: Reader, taker: str, closer: str) -> str:
    """Say where the flag stands: waiting, taken by whom, or closed."""
    language = reader.language
    if flag.state is FlagState.OPEN:
        return texts.get(language, "alert-state-open")
    if flag.state is FlagState.ACKNOWLEDGED:
        when = reader.local_time(flag.acknowledged_at)
        return texts.get(language, "alert-state-acknowledged", name=taker, time=when)
    when = reader.local_time(flag.closed_at)
    state_id = _CLOSED_STATE_IDS[flag.state]
    return texts.get(language, state_id, name=closer, time=when, id=str(flag.id))
