"""`peerbot impact`: the programme report as a PDF or a CSV (with its methods note beside it),
to hand to a funder or a city."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path

from bot.config import DEFAULT_CONTENT_DIR, load_storage_settings
from bot.domain.clock import system_clock
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.i18n import load_texts
from bot.impact.figures import Report
from bot.impact.periods import overlaps
from bot.impact.service import build, render
from bot.stats.models import Period
from bot.storage.db import Database

EXIT_USAGE = 2


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `impact` subcommand."""
    parser = commands.add_parser(
        "impact", help="the programme report across groups (PDF or CSV, figures under 5 hidden)"
    )
    parser.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    parser.add_argument("--compare-from", help="first day of a period to compare with")
    parser.add_argument("--compare-to", help="last day of the period to compare with")
    parser.add_argument("--format", choices=("csv", "pdf"), required=True, help="csv or pdf")
    parser.add_argument("--out", required=True, help="where to write the report")
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default="en", help="language")
    parser.set_defaults(func=run)


def _day(text: str | None, option: str) -> date:
    """A date typed as YYYY-MM-DD, or ValueError naming the option."""
    try:
        return date.fromisoformat(text or "")
    except ValueError:
        raise ValueError(f"{option} must be a date like 2026-01-31, not {text!r}.") from None


def periods(args: argparse.Namespace, today: date) -> tuple[Period, Period | None]:
    """The period and the one to compare with, checked (ValueError says what is wrong)."""
    period = Period(_day(args.start, "--from"), _day(args.end, "--to"))
    if period.start > period.end:
        raise ValueError("--from must not be after --to.")
    if period.start > today:
        raise ValueError(f"--from {period.start} is in the future (today is {today}).")
    if (args.compare_from is None) != (args.compare_to is None):
        raise ValueError("give both --compare-from and --compare-to, or neither.")
    if args.compare_from is None:
        return period, None
    earlier = Period(
        _day(args.compare_from, "--compare-from"), _day(args.compare_to, "--compare-to")
    )
    if earlier.start > earlier.end:
        raise ValueError("--compare-from must not be after --compare-to.")
    if overlaps(period, earlier):
        raise ValueError(
            "the two periods must not overlap (one could be subtracted from the other)."
        )
    return period, earlier


def run(args: argparse.Namespace) -> int:
    """Check the dates, build the report and write it (exit 2 for bad dates or no groups)."""
    today = system_clock().date()
    try:
        period, earlier = periods(args, today)
    except ValueError as problem:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    settings = load_storage_settings()
    result = asyncio.run(_build(settings.database_path, period, earlier))
    if result is None:
        print("There are no groups yet, so there is nothing to report.", file=sys.stderr)
        return EXIT_USAGE
    files = render(result, load_texts(DEFAULT_CONTENT_DIR, {args.lang, "en"}), args.lang, today)
    out = Path(args.out)
    if args.format == "pdf":
        out.write_bytes(files.pdf)
        print(f"Wrote the report for {len(result.units) - 1} group(s) to {out}.")
        return 0
    out.write_text(files.csv, encoding="utf-8")
    note = out.with_name(f"{out.stem}-methods.txt")
    note.write_text(files.methods, encoding="utf-8")
    print(f"Wrote the figures for {len(result.units) - 1} group(s) to {out}, methods in {note}.")
    return 0


async def _build(path: Path, period: Period, earlier: Period | None) -> Report | None:
    """Open the database, build the report, close."""
    db = Database(path)
    await db.open()
    try:
        return await build(db, period, earlier)
    finally:
        await db.close()
