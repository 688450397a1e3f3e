"""Editable lists from content/settings.toml, validated at start."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.content_checks import read_toml
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.domain.zones import is_valid_timezone
from bot.formats.timezones import use_zone_names
from bot.formats.zone_names import FILE_NAME as ZONE_NAMES_FILE
from bot.formats.zone_names import ZoneNamesError
from bot.i18n import ContentError


@dataclass(frozen=True)
class ContentSettings:
    """Button lists a facilitator may edit."""

    timezone_suggestions: dict[str, tuple[str, ...]]

    def timezones_for(self, language: str) -> tuple[str, ...]:
        """Return the suggested time zones for a language (English ones as a fallback)."""
        return self.timezone_suggestions.get(language) or self.timezone_suggestions.get("en", ())


def load_content_settings(content_dir: Path) -> ContentSettings:
    """Read and check content/settings.toml, and content/timezone_names.toml (then used to
    read typed zones); errors name the file and the entry."""
    path = content_dir / "settings.toml"
    data = read_toml(path)
    zones = data.get("timezones")
    if not isinstance(zones, dict):
        raise ContentError(f"{path}: a [timezones] table is needed")
    suggestions: dict[str, tuple[str, ...]] = {}
    for language, names in zones.items():
        if language not in SUPPORTED_LANGUAGES:
            raise ContentError(f"{path}: [timezones] {language}: unknown language")
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise ContentError(f"{path}: [timezones] {language}: must be a list of names")
        for name in names:
            if not is_valid_timezone(name):
                raise ContentError(f"{path}: [timezones] {language}: unknown time zone '{name}'")
        suggestions[language] = tuple(names)
    try:
        use_zone_names(content_dir / ZONE_NAMES_FILE)
    except ZoneNamesError as error:
        raise ContentError(str(error)) from None
    return ContentSettings(suggestions)
