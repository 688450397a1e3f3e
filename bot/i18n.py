"""User-facing texts from Fluent files in content/locales/<lang>/, HTML-escaped arguments."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from pathlib import Path

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast

from bot.domain.language import SUPPORTED_LANGUAGES
from bot.domain.text import escape_html
from bot.domain.zone_offsets import zone_label

log = logging.getLogger(__name__)

FALLBACK_LANGUAGE = "en"
# Arguments that carry a stored time zone: shown by `zone_label` (Etc/GMT-1 -> "UTC+01:00").
ZONE_ARGUMENTS = frozenset({"zone", "timezone"})


class ContentError(Exception):
    """A content file is missing or malformed; the message names file, line and problem."""


class Texts:
    """Formats messages by id for a language, falling back to English."""

    def __init__(self, bundles: dict[str, FluentBundle], ids: dict[str, set[str]]) -> None:
        """Use already loaded bundles; see `load_texts`."""
        self._bundles = bundles
        self._ids = ids

    @property
    def languages(self) -> tuple[str, ...]:
        """Return the loaded language codes."""
        return tuple(self._bundles)

    def message_ids(self, language: str) -> set[str]:
        """Return every message id defined for a language."""
        return set(self._ids.get(language, set()))

    def has(self, language: str, message_id: str) -> bool:
        """Tell whether a language defines a message id itself."""
        return message_id in self._ids.get(language, set())

    def get(self, language: str, message_id: str, /, **args: object) -> str:
        """Format a message; string arguments are sanitised and HTML-escaped first, and a zone
        (`zone`, `timezone`) is shown as people write it ("UTC+01:00", never Etc/GMT-1)."""
        bundle = self._bundle_with(language, message_id)
        message = bundle.get_message(message_id)
        if message.value is None:
            raise KeyError(f"text {message_id!r} has no value")
        safe_args = {key: _safe(_shown(key, value)) for key, value in args.items()}
        text, errors = bundle.format_pattern(message.value, safe_args)
        if errors:
            log.warning(
                "text %s (%s) formatted with %d error(s)", message_id, language, len(errors)
            )
        return _one_full_stop(str(text))

    def _bundle_with(self, language: str, message_id: str) -> FluentBundle:
        """Pick the language's bundle, or English when the id is missing there."""
        for candidate in (language, FALLBACK_LANGUAGE):
            if message_id in self._ids.get(candidate, set()):
                return self._bundles[candidate]
        raise KeyError(f"no text with id {message_id!r}")


_DOUBLE_STOP = re.compile(r"(?<=[^\W\d_])\.\.(?!\.)")


def _one_full_stop(text: str) -> str:
    """'13. Dez..' -> '13. Dez.': an abbreviated month ending a sentence keeps one full stop."""
    return _DOUBLE_STOP.sub(".", text)


def _shown(key: str, value: object) -> object:
    """A zone argument as people read it; any other argument as it is."""
    return zone_label(value) if key in ZONE_ARGUMENTS and isinstance(value, str) else value


def _safe(value: object) -> object:
    """Escape strings for HTML; numbers pass through for Fluent's plural rules."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    return escape_html(str(value))


def load_texts(content_dir: Path, languages: Iterable[str] = SUPPORTED_LANGUAGES) -> Texts:
    """Load every .ftl file of each language, failing with file and line on a syntax error.

    Parsing takes most of a second; texts already loaded from the same unchanged files (same
    names, sizes and modification times) are reused (every test's bot, a /reload).
    """
    chosen = tuple(languages)
    return _load_texts(content_dir.resolve(), chosen, _signature(content_dir, chosen))


# One (path, size, modified) triple per .ftl file, per language.
_Signature = tuple[tuple[tuple[str, int, int], ...], ...]


def _signature(content_dir: Path, languages: tuple[str, ...]) -> _Signature:
    """What the text files are now: a change to any of them changes this."""
    signature = []
    for language in languages:
        files = sorted((content_dir / "locales" / language).glob("*.ftl"))
        stats = [(str(path), path.stat().st_size, path.stat().st_mtime_ns) for path in files]
        signature.append(tuple(stats))
    return tuple(signature)


@functools.lru_cache(maxsize=8)
def _load_texts(content_dir: Path, languages: tuple[str, ...], _files: _Signature) -> Texts:
    """Parse the text files of these languages (cached by their signature)."""
    bundles: dict[str, FluentBundle] = {}
    ids: dict[str, set[str]] = {}
    for language in languages:
        folder = content_dir / "locales" / language
        files = sorted(folder.glob("*.ftl"))
        if not files:
            raise ContentError(f"{folder}: no .ftl files for language '{language}'")
        bundle = FluentBundle([language], use_isolating=False)
        ids[language] = set()
        for path in files:
            source = path.read_text(encoding="utf-8")
            resource = FluentParser().parse(source)  # parsed once: checked, then added
            ids[language] |= _check_syntax(path, source, resource, ids[language])
            bundle.add_resource(resource)
        bundles[language] = bundle
    return Texts(bundles, ids)


def _check_syntax(
    path: Path, source: str, resource: fluent_ast.Resource, known: set[str]
) -> set[str]:
    """Check a parsed Fluent file; raise ContentError for junk or duplicate ids, else return
    its ids."""
    found: set[str] = set()
    for entry in resource.body:
        if isinstance(entry, fluent_ast.Junk):
            line = _line_of(source, entry.span.start if entry.span else 0)
            problem = entry.annotations[0].message if entry.annotations else "unreadable entry"
            raise ContentError(f"{path}, line {line}: {problem}")
        if isinstance(entry, fluent_ast.Message):
            name = entry.id.name
            if name in found or name in known:
                line = _line_of(source, entry.span.start if entry.span else 0)
                raise ContentError(f"{path}, line {line}: message '{name}' is defined twice")
            found.add(name)
    return found


def _line_of(source: str, offset: int) -> int:
    """Return the 1-based line number of a character offset."""
    return source.count("\n", 0, offset) + 1
