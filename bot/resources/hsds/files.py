"""Read an HSDS export from disk: a JSON file, or a CSV package (services.csv or its folder)
with the linked tables beside it (pure apart from reading the files).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from bot.resources.hsds.links import TABLES, Links, table_name
from bot.resources.hsds.report import HsdsError
from bot.resources.hsds.shapes import NotAService, ShapeError, services_and_tables


def records(path: Path) -> list[tuple[str, Any]]:
    """(label, service with linked rows) pairs from a JSON file, a services.csv or its folder."""
    if path.is_dir():
        path = path / "services.csv"
    if not path.is_file():
        raise HsdsError(f"{path}: no such file")
    if path.suffix.lower() == ".csv":
        return _csv_records(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        raise HsdsError(f"{path}: cannot be read ({error})") from None
    except json.JSONDecodeError as error:
        raise HsdsError(f"{path}: not valid JSON ({error})") from None
    try:
        services, tables = services_and_tables(data)
    except ShapeError as error:
        raise HsdsError(f"{path}: no services found ({error})") from None
    linked = Links(tables)
    return [
        (
            label(service, f"record {number}"),
            linked.join(service) if isinstance(service, dict) else service,
        )
        for number, service in enumerate(services, start=1)
    ]


def _csv_records(path: Path) -> list[tuple[str, Any]]:
    """Services from services.csv, joined with the tables beside it (phones.csv, ...)."""
    rows = _read_csv(path, required=("id", "name"))
    tables: dict[str, Any] = {}
    for sibling in sorted(path.parent.glob("*.csv")):
        name = table_name(sibling.name)
        if sibling != path and name in TABLES:
            tables.setdefault(name, []).extend(_read_csv(sibling, required=()))
    linked = Links(tables)
    found = []
    for number, row in enumerate(rows, start=2):  # line numbers, after the header
        service: dict[str, Any] = {k: v for k, v in row.items() if k and v not in (None, "")}
        found.append((label(service, f"row {number}"), linked.join(service)))
    return found


def _read_csv(path: Path, required: tuple[str, ...]) -> list[dict[str, Any]]:
    """Read a CSV file with a header row; raise HsdsError when unreadable or lacking columns."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = [name.strip().lower() for name in reader.fieldnames or ()]
            missing = [name for name in required if name not in columns]
            if missing:
                raise HsdsError(f"{path}: no {', '.join(missing)} column in the header")
            reader.fieldnames = columns
            return [dict(row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise HsdsError(f"{path}: cannot be read ({error})") from None


def label(service: Any, fallback: str) -> str:
    """Name a record in the report by its id, else by its position."""
    if isinstance(service, NotAService):
        service = service.record
    if isinstance(service, dict) and text_id(service):
        return text_id(service)[:80]
    return fallback


def text_id(service: dict[str, Any]) -> str:
    """A record's id as text ('' when it has none)."""
    value = service.get("id")
    return (
        str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    )
