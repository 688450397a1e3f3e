"""Benchmark the programme report over a seeded year: time and peak memory to build it.

Run: ``.venv/bin/python -m bench impact`` (options: ``python -m bench impact --members 20000
--page docs/images/impact-page.png``).

The world (`bench/impact_world.py`): 5 groups (the last one new, with 3 members), 100,000
members who joined over two years, their active days and check-ins, a weekly meeting per group
with "I'll be there" answers and anonymous feedback, the wellbeing check for a third of them,
about one crisis flag per 100 members with its alerts, written with `executemany` into a
temporary database. Then, each in the same run on the same database:

- baseline: `/stats`' figures (`StatsRepository.data` + `compute`) for each of the 5 groups over
  the same year, the per-group statistics the bot already had;
- the report's figures (`ImpactRepository.data` + `report`) for the year compared with the year
  before (two periods, every group and all groups, with suppression);
- the CSV and the PDF (7 pages of matplotlib) from those figures.

Times are the best of 3 runs; peak memory is tracemalloc's peak over one more run of each
step (Python allocations, not the process), and the process's peak RSS is given at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.impact_world import seed  # noqa: E402
from bot.i18n import load_texts  # noqa: E402
from bot.impact.export import to_csv  # noqa: E402
from bot.impact.figures import Report  # noqa: E402
from bot.impact.periods import before  # noqa: E402
from bot.impact.render_pdf import page_png, pdf_bytes  # noqa: E402
from bot.impact.service import build  # noqa: E402
from bot.impact.texts import ImpactWriter  # noqa: E402
from bot.stats.figures import compute  # noqa: E402
from bot.stats.models import Period  # noqa: E402
from bot.storage.db import Database  # noqa: E402
from bot.storage.stats import StatsRepository  # noqa: E402

T = TypeVar("T")
RUNS = 3
END = date(2026, 11, 30)


def measure(step: Callable[[], T], runs: int = RUNS) -> tuple[T, float, int]:
    """The step's result, its best time of `runs` in seconds, and its tracemalloc peak."""
    best = float("inf")
    result = step()
    for _ in range(runs):
        started = time.perf_counter()
        result = step()
        best = min(best, time.perf_counter() - started)
    tracemalloc.start()
    step()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, best, peak


def on_database(path: Path, work: Callable[[Database], Awaitable[T]]) -> Callable[[], T]:
    """A step that opens the database, does the work and closes it."""

    def step() -> T:
        """Run the work in its own event loop."""

        async def run() -> T:
            """Open, work, close."""
            db = Database(path)
            await db.open()
            try:
                return await work(db)
            finally:
                await db.close()

        return asyncio.run(run())

    return step


async def stats_baseline(db: Database) -> int:
    """`/stats`' figures of every group over the year; how many groups."""
    period = Period(END - timedelta(days=364), END)
    rows = await db.fetch_all("SELECT chat_id FROM groups")
    repo = StatsRepository(db)
    for row in rows:
        compute(await repo.data(int(row[0]), period), period)
    return len(rows)


async def report_figures(db: Database) -> Report:
    """The report's figures: the year compared with the year before."""
    period = Period(END - timedelta(days=364), END)
    result = await build(db, period, before(period))
    assert result is not None
    return result


def mb(size: int) -> str:
    """Bytes as MB with one decimal."""
    return f"{size / 1e6:.1f} MB"


def main(argv: list[str]) -> int:
    """Seed, measure, print; with --page, also write one page of the PDF as PNG."""
    parser = argparse.ArgumentParser(prog="python -m bench impact")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--page", type=Path, help="write one page of the report as PNG here")
    parser.add_argument("--page-number", type=int, default=2)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-impact-") as folder:
        path = Path(folder) / "impact.sqlite3"
        started = time.perf_counter()
        seeded = seed(path, members=args.members, end=END)
        took = time.perf_counter() - started
        print(
            f"seeded {seeded.members:,} members in {seeded.groups} groups, "
            f"{seeded.rows:,} rows in {took:.1f} s ({path.stat().st_size / 1e6:.0f} MB file)"
        )
        _, base, base_peak = measure(on_database(path, stats_baseline), args.runs)
        result, figures, figures_peak = measure(on_database(path, report_figures), args.runs)
        writer = ImpactWriter(load_texts(ROOT / "content", {args.lang, "en"}), args.lang)
        _, csv_time, csv_peak = measure(lambda: to_csv(result), args.runs)
        pdf, pdf_time, pdf_peak = measure(lambda: pdf_bytes(result, writer, END), args.runs)
        total = figures + csv_time + pdf_time
        print(f"baseline /stats figures, 5 groups, 1 year: {base:.2f} s, peak {mb(base_peak)}")
        print(
            f"report figures, 2 periods x (5 groups + all): {figures:.2f} s "
            f"({figures / base:.2f}x the baseline), peak {mb(figures_peak)}"
        )
        print(f"CSV: {csv_time * 1000:.1f} ms, peak {mb(csv_peak)}")
        print(f"PDF ({len(pdf) / 1000:.0f} kB): {pdf_time:.2f} s, peak {mb(pdf_peak)}")
        print(
            f"report total (figures + CSV + PDF): {total:.2f} s ({total / base:.2f}x the baseline)"
        )
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000
        print(f"process peak RSS: {rss:.0f} MB")
        if args.page is not None:
            args.page.parent.mkdir(parents=True, exist_ok=True)
            args.page.write_bytes(page_png(result, writer, END, args.page_number))
            print(f"wrote page {args.page_number} to {args.page}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
