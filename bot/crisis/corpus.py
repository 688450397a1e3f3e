"""The labelled corpus of the learned layer: reading, checking and the fixed held-out split.

Layout (see content/crisis/corpus/README.md):

    corpus/train/<batch>.jsonl     what training and cross-validation may read
    corpus/heldout/<batch>.jsonl   scored once, never trained on, never read by a rule author
    corpus/blind/<set>.jsonl       written last by an author who saw neither rules nor corpus

Rows are JSON objects: id, text, label (crisis | none), tier, lang, why. Ordinary group chat
(for false alarms per 1,000 messages) has label none and tier "chat".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

LABELS = frozenset({"crisis", "none"})
LANGS = frozenset({"en", "es", "fr", "de", "pt"})
CHAT_TIER = "chat"
IMMINENT_TIERS = frozenset({"overdose", "plan_or_means", "farewell", "danger_abuse"})
HELDOUT_SHARE = 0.2
SPLIT_SALT = "peerbot-heldout-v1"


class CorpusError(ValueError):
    """A corpus file has a row that cannot be used; the message names file and line."""


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled message."""

    id: str
    text: str
    label: str
    tier: str
    lang: str
    why: str = ""

    @property
    def crisis(self) -> bool:
        """True if the row is labelled crisis."""
        return self.label == "crisis"

    def to_json(self) -> str:
        """Return the row as one JSON line (UTF-8, no escapes for non-ASCII)."""
        data = {"id": self.id, "text": self.text, "label": self.label}
        data |= {"tier": self.tier, "lang": self.lang, "why": self.why}
        return json.dumps(data, ensure_ascii=False)


def text_key(text: str) -> str:
    """Return what makes two texts the same message for the corpus (case and edges ignored)."""
    return text.casefold().strip()


def parse_rows(lines: Iterable[str], source: str) -> Iterator[Row]:
    """Parse JSON lines into rows; raise CorpusError naming the line of the first bad one."""
    for no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            row = Row(
                str(raw["id"]),
                str(raw["text"]),
                str(raw["label"]),
                str(raw.get("tier", "")),
                str(raw.get("lang", "")),
                str(raw.get("why", "")),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise CorpusError(f"{source}:{no}: not a labelled row: {exc}") from exc
        problem = _problem(row)
        if problem:
            raise CorpusError(f"{source}:{no}: {problem}")
        yield row


def _problem(row: Row) -> str:
    """Return what is wrong with a row, or '' if nothing."""
    if row.label not in LABELS:
        return f"label {row.label!r} is not one of {sorted(LABELS)}"
    if row.lang not in LANGS:
        return f"lang {row.lang!r} is not one of {sorted(LANGS)}"
    if not row.text.strip():
        return "empty text"
    if not row.id.strip():
        return "empty id"
    return ""


def read_file(path: Path) -> list[Row]:
    """Read one corpus file."""
    with path.open(encoding="utf-8") as fh:
        return list(parse_rows(fh, str(path)))


def read_folder(folder: Path) -> list[Row]:
    """Read every *.jsonl in folder (sorted by name); check ids are unique across them."""
    rows: list[Row] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for row in read_file(path):
            if row.id in seen:
                raise CorpusError(f"{path}: id {row.id!r} also in {seen[row.id]}")
            seen[row.id] = path
            rows.append(row)
    return rows


def fingerprint(folder: Path) -> str:
    """Return a SHA-256 over the names and bytes of every *.jsonl in folder."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.jsonl")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def held_out(row_id: str, share: float = HELDOUT_SHARE) -> bool:
    """True if a row belongs to the held-out part (a fixed hash of its id, not chance)."""
    digest = hashlib.sha256(f"{SPLIT_SALT}:{row_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def fold_of(row_id: str, folds: int) -> int:
    """Return the cross-validation fold of a training row (a fixed hash of its id)."""
    digest = hashlib.sha256(f"cv:{row_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % folds
