"""The crisis lines as a member reads them: their country's lines, in their language."""

from __future__ import annotations

from bot.crisis_lines import CrisisLines, lines_text
from bot.domain.models import Member
from bot.i18n import Texts

_LABELS = ("call", "text", "emergency", "website")


class SupportTexts:
    """Writes the crisis-lines block for a member (their chosen country, else their zone's)."""

    def __init__(self, texts: Texts, lines: CrisisLines, default_timezone: str) -> None:
        """Use the texts, the crisis lines and the bot's time zone (for people unknown)."""
        self.texts = texts
        self.lines = lines
        self.default_timezone = default_timezone

    def country_of(self, member: Member | None) -> str | None:
        """Return the member's country: the one they chose, else the one of their time zone."""
        if member is not None and member.country:
            return member.country
        zone = member.timezone if member is not None else self.default_timezone
        return self.lines.country_for_timezone(zone)

    def lines_block(
        self, language: str, member: Member | None, country_code: str | None = None
    ) -> str:
        """Return the crisis lines for the member's country (or the one given), in HTML."""
        country = self.lines.for_country(country_code or self.country_of(member))
        labels = {key: self.texts.get(language, f"lines-{key}") for key in _LABELS}
        header = self.texts.get(language, "crisis-lines-header")
        return f"{header}\n{lines_text(country, language, labels)}"
