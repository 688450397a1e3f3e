"""The hostile replies' phrases of content/hostile_replies.toml, read and checked (pure)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bot.domain.language import SUPPORTED_LANGUAGES
from bot.peer_reports.model import HostileWords, normalize

FILE_NAME = "hostile_replies.toml"


class HostileWordsError(ValueError):
    """content/hostile_replies.toml is missing, unreadable or wrong (file and problem named)."""


def load_hostile_words(content_dir: Path) -> HostileWords:
    """Read and check the phrases of each supported language the file has (a language it
    does not name has none); raise HostileWordsError."""
    path = content_dir / FILE_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise HostileWordsError(f"{path}: cannot be read: {error}") from None
    unknown = sorted(set(data) - set(SUPPORTED_LANGUAGES))
    if unknown:
        raise HostileWordsError(f"{path}: unknown language table(s): {', '.join(unknown)}")
    phrases: set[str] = set()
    for language in SUPPORTED_LANGUAGES:
        if language not in data:
            continue  # a language added later has none yet (its .ftl files are all it needs)
        table = data[language]
        if not isinstance(table, dict) or not isinstance(table.get("phrases"), list):
            raise HostileWordsError(f"{path}: [{language}] needs a list of phrases")
        seen: set[str] = set()
        for phrase in table["phrases"]:
            plain = normalize(phrase) if isinstance(phrase, str) else ""
            if not plain:
                raise HostileWordsError(f"{path}: [{language}] has an empty phrase: {phrase!r}")
            if phrase in seen:
                raise HostileWordsError(f"{path}: [{language}] repeats {phrase!r}")
            seen.add(phrase)
            phrases.add(plain)
    return HostileWords(frozenset(phrases))
