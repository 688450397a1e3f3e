"""`peerbot stats export`: a group's anonymous figures as CSV for funders (same suppression)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path

from bot.config import load_storage_settings
from bot.domain.clock import system_clock
from bot.domain.models import Group
from bot.stats.export import to_csv
from bot.stats.figures import compute
from bot.stats.models import Period
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.stats import StatsRepository

EXIT_USAGE = 2


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `stats` subcommands."""
    parser = commands.add_parser("stats", help="anonymous group statistics (CSV for funders)")
    actions = parser.add_subparsers(title="actions", required=True)
    exporting = actions.add_parser("export", help="write a group's figures since a date as CSV")
    exporting.add_argument("--group", required=True, help="the group's chat id or exact title")
    exporting.add_argument("--since", required=True, help="first day, YYYY-MM-DD (UTC)")
    exporting.add_argument("file", help="where to write the CSV ('-' for the screen)")
    exporting.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Check the date, then write the CSV (exit 2 for a bad date or group)."""
    today = system_clock().date()
    try:
        since = date.fromisoformat(args.since)
    except ValueError:
        print(f"--since must be a date like 2026-01-31, not {args.since!r}.", file=sys.stderr)
        return EXIT_USAGE
    if since > today:
        print(f"--since {since} is in the future (today is {today}).", file=sys.stderr)
        return EXIT_USAGE
    group, text = asyncio.run(export(args.group, Period(since, today)))
    if group is None:
        print(text, file=sys.stderr)
        return EXIT_USAGE
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
        print(f"Wrote {len(text.splitlines()) - 1} figure(s) for {group.title} to {args.file}.")
    return 0


def find_group(groups: list[Group], wanted: str) -> tuple[Group | None, str]:
    """The group with this chat id or exact title, or None and why not."""
    by_id = [g for g in groups if wanted.lstrip("-").isdecimal() and g.chat_id == int(wanted)]
    found = by_id or [g for g in groups if g.title == wanted.strip()]
    if len(found) == 1:
        return found[0], ""
    known = ", ".join(f"{g.title} ({g.chat_id})" for g in groups) or "none"
    if not found:
        return None, f"No group has the id or title {wanted!r}. Known groups: {known}."
    return None, f"Several groups are called {wanted!r}: give its chat id instead. {known}."


async def export(wanted: str, period: Period) -> tuple[Group | None, str]:
    """The group and its figures as CSV text, or None and why the group was not found."""
    db = Database(load_storage_settings().database_path)
    await db.open()
    try:
        group, problem = find_group(await GroupRepository(db).all(), wanted)
        if group is None:
            return None, problem
        stats = compute(await StatsRepository(db).data(group.chat_id, period), period)
    finally:
        await db.close()
    return group, to_csv(group.title, stats)
