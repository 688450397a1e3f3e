"""`peerbot resources import|list`: bring in an HSDS export, and count what is stored."""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import zoneinfo
from pathlib import Path

from bot.config import DEFAULT_CONTENT_DIR, load_storage_settings
from bot.domain.clock import iso, system_clock
from bot.i18n import ContentError
from bot.resources.hsds import (
    ID_PREFIX,
    MAP_FILE,
    HsdsError,
    ImportReport,
    load_category_map,
    parse_hsds,
)
from bot.resources.loader import load_categories
from bot.resources.models import INTERNATIONAL, Category, Resource
from bot.storage.db import Database
from bot.storage.resources import ACTIVE, RETIRED, SOURCES, ResourceRepository


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `resources` subcommands."""
    parser = commands.add_parser("resources", help="import an HSDS export, count resources")
    actions = parser.add_subparsers(title="actions", required=True)
    importing = actions.add_parser(
        "import", help="read an Open Referral HSDS export (JSON, or services.csv or its folder)"
    )
    importing.add_argument("file", type=Path, help="the export: a .json file, a .csv or folder")
    importing.add_argument(
        "--dry-run", action="store_true", help="show the report without writing anything"
    )
    importing.add_argument(
        "--language", type=_language, default="en", help="language of the texts (default en)"
    )
    importing.add_argument(
        "--country",
        type=_country,
        default=INTERNATIONAL,
        help="ISO country code for services whose export gives none (default INT: anywhere)",
    )
    importing.add_argument(
        "--timezone", type=_timezone, default=None, help="IANA time zone of opening hours"
    )
    importing.set_defaults(func=lambda args: asyncio.run(import_file(args)))
    listing = actions.add_parser("list", help="how many resources there are, by source")
    listing.set_defaults(func=lambda args: asyncio.run(list_counts()))


def _categories() -> dict[str, Category]:
    """The categories of content/resources/categories.toml (their labels are indexed too)."""
    try:
        return load_categories(load_settings_content_dir())
    except ContentError:
        return {}


def load_settings_content_dir() -> Path:
    """CONTENT_DIR from the environment (no token needed), else the checkout's content/."""
    value = os.environ.get("CONTENT_DIR")
    return Path(value) if value else DEFAULT_CONTENT_DIR


async def import_file(args: argparse.Namespace) -> int:
    """Parse the export, print the report and (unless --dry-run) store what it takes."""
    path = load_storage_settings().database_path
    if args.dry_run and not path.exists():
        return _parse_and_print(args, {}, None)
    db = Database(path)
    await db.open()
    try:
        categories = _categories()
        repo = ResourceRepository(db, categories.values())
        stored = await repo.all()
        existing = {s.resource.id: s.resource for s in stored if s.resource.source == "import"}
        others = {s.resource.id: s.resource.source for s in stored if s.resource.id not in existing}
        report = _parse(args, existing, set(categories) or None)
        if report is None:
            return 1
        _keep_edits(report, others)
        print(report.summary())
        if args.dry_run:
            print("Dry run: nothing was written.")
            return _exit_code(report)
        written = [*report.taken, *report.changed]
        if written:
            added, updated = await repo.upsert_many(written, None, iso(system_clock()))
            print(f"Written: {added} added, {updated} updated.")
        else:
            print("Nothing to write.")
    finally:
        await db.close()
    return _exit_code(report)


def _exit_code(report: ImportReport) -> int:
    """As for every import command: 2 when something was rejected (the rest is written), else
    0; 1 is kept for an import that could not run at all."""
    return 2 if report.rejected else 0


def _keep_edits(report: ImportReport, others: dict[str, str]) -> None:
    """Reject records whose id a facilitator's (chat) or file resource already holds."""
    for resource in [*report.taken, *report.changed]:
        if resource.id in others:
            report.taken = [r for r in report.taken if r.id != resource.id]
            report.changed = [r for r in report.changed if r.id != resource.id]
            reason = f"id held by a {others[resource.id]} resource (edited there; not overwritten)"
            report.rejected.append((resource.id.removeprefix(ID_PREFIX), reason))


def _parse_and_print(
    args: argparse.Namespace, existing: dict[str, Resource], known: set[str] | None
) -> int:
    """Dry run without a database: parse and print the report."""
    report = _parse(args, existing, known)
    if report is None:
        return 1
    print(report.summary())
    print("Dry run: nothing was written (no database yet).")
    return _exit_code(report)


def _parse(
    args: argparse.Namespace, existing: dict[str, Resource], known: set[str] | None
) -> ImportReport | None:
    """Parse the export; print why and return None when the file cannot be read."""
    try:
        return parse_hsds(
            args.file,
            existing,
            language=args.language,
            country=args.country,
            timezone=args.timezone,
            known_categories=known,
            category_map=_category_map(),
        )
    except HsdsError as error:
        print(f"peerbot: {error}", file=sys.stderr)
        return None


def _category_map() -> dict[str, tuple[str, ...]] | None:
    """The content folder's taxonomy-term mapping, if it has one (else the checkout's is used)."""
    path = load_settings_content_dir() / MAP_FILE
    return load_category_map(path) if path.is_file() else None


async def list_counts() -> int:
    """Print how many resources are stored per source, active and retired."""
    db = Database(load_storage_settings().database_path)
    await db.open()
    try:
        counts = await ResourceRepository(db).counts()
    finally:
        await db.close()
    if not counts:
        print("No resources stored yet.")
        return 0
    print(f"{'source':<8} {ACTIVE:>7} {RETIRED:>7}")
    for source in SOURCES:
        active, retired = counts.get((source, ACTIVE), 0), counts.get((source, RETIRED), 0)
        print(f"{source:<8} {active:>7} {retired:>7}")
    total_active = sum(n for (_, status), n in counts.items() if status == ACTIVE)
    total_retired = sum(n for (_, status), n in counts.items() if status == RETIRED)
    print(f"{'total':<8} {total_active:>7} {total_retired:>7}")
    return 0


def _language(value: str) -> str:
    """A two-letter language code."""
    value = value.strip().lower()
    if not re.fullmatch(r"[a-z]{2}", value):
        raise argparse.ArgumentTypeError("must be a two-letter language code such as en or es")
    return value


def _country(value: str) -> str:
    """A two-letter country code, or INT."""
    value = value.strip().upper()
    if value != INTERNATIONAL and not re.fullmatch(r"[A-Z]{2}", value):
        raise argparse.ArgumentTypeError("must be a two-letter ISO country code, or INT")
    return value


def _timezone(value: str) -> str:
    """An IANA time-zone name."""
    value = value.strip()
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            "must be an IANA time zone such as Europe/Madrid"
        ) from None
    return value
