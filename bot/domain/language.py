"""Pick a member's language from what Telegram tells us."""

from __future__ import annotations

# The languages the bot speaks; a new one needs its .ftl files and its code here.
SUPPORTED_LANGUAGES = ("en", "es", "fr", "de", "pt")


def guess_language(language_code: str | None, default: str) -> str:
    """Map a Telegram language_code such as 'es-MX' to a supported language, else the default."""
    if language_code:
        base = language_code.split("-")[0].split("_")[0].lower()
        if base in SUPPORTED_LANGUAGES:
            return base
    return default
