"""Benchmark meeting reminders at scale through the bot's own code.

Run: ``.venv/bin/python -m bench meetings`` (options: ``python -m bench.bench_meetings
--meetings 1000 --subscriptions 100000``).
Targets (issue 6): with 1,000 meetings and 100,000 reminder subscriptions, start-up <= 5 s,
memory <= 300 MB, and the work per minute proportional to what is due, not to subscriptions.

The world: 100 groups in 24 time zones, 1,000 weekly meetings (random day, time on a quarter
hour, 60-120 min), 50,000 members (English and Spanish, 24 zones), each with two reminders:
one for a meeting an hour before, one for every meeting of a group a day before (the group
chats get a post 60 min before too). Written straight into a migrated database file.

Each measurement runs in a fresh process (`--child`), so memory is the bot's own:
- start-up: `build_services` + `Services.start()` (migrations, admins, resource files, and
  planning the reminders of the next 8 days for every meeting), wall time and peak RSS (VmHWM);
- the next 180 minutes, minute by minute: the clock is moved one minute and
  `ReminderService.run_due()` queues what is due; time per minute against messages queued.
The same minutes are run beside it on a database with only 1,000 subscriptions: the cost of a
minute with nothing due must not grow with the number of subscriptions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.config import load_settings  # noqa: E402
from bot.devtools.clock import ManualClock  # noqa: E402
from bot.services.container import build_services  # noqa: E402
from bot.storage.db import create_database  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
MINUTES = 180
TARGET_STARTUP_S = 5.0
TARGET_MEMORY_MB = 300.0
ZONES = (
    "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver",
    "America/Chicago", "America/New_York", "America/Sao_Paulo", "Atlantic/Azores", "UTC",
    "Europe/London", "Europe/Madrid", "Europe/Athens", "Europe/Moscow", "Asia/Dubai",
    "Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka", "Asia/Bangkok", "Asia/Shanghai",
    "Asia/Tokyo", "Australia/Sydney", "Pacific/Noumea", "Pacific/Auckland", "America/Mexico_City",
)  # fmt: skip
TOKEN = "1234567890:BenchMeetingsToken_abcdefghijklmnopq"


def build_world(path: Path, meetings: int, subscriptions: int, seed: int = 7) -> None:
    """Write groups, meetings, members and subscriptions into a migrated database."""
    asyncio.run(create_database(path))
    rng = random.Random(seed)
    stamp = "2026-11-01T00:00:00Z"
    groups = [(-100_000_000 - index, ZONES[index % len(ZONES)]) for index in range(100)]
    members = max(1, subscriptions // 2)
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
            " added_by, bot_status, created_at) VALUES (?, ?, 'supergroup', ?, ?, 'en', NULL,"
            " 'administrator', ?)",
            [(chat, f"Group {i}", f"c{i}", zone, stamp) for i, (chat, zone) in enumerate(groups)],
        )
        conn.executemany(
            "INSERT INTO meetings (group_id, slug, name, frequency, interval, weekday, start_date,"
            " start_time, duration_minutes, timezone, location, conference_url, types,"
            " updated_at) VALUES (?, ?, ?, 'weekly', 1, ?, '2026-11-01', ?, ?, ?, 'Hall',"
            " 'https://meet.example.org/x', '', ?)",
            [
                (
                    groups[i % 100][0], f"meeting-{i}", f"Meeting {i}", rng.randrange(7),
                    f"{rng.randrange(7, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}",
                    rng.choice((60, 90, 120)), groups[i % 100][1], stamp,
                )
                for i in range(meetings)
            ],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO members (user_id, first_name, username, language, timezone,"
            " consented_at, consent_version, created_at, updated_at)"
            " VALUES (?, 'M', NULL, ?, ?, ?, 1, ?, ?)",
            [
                (user, rng.choice(("en", "es")), rng.choice(ZONES), stamp, stamp, stamp)
                for user in range(1, members + 1)
            ],
        )
        rows: list[tuple[int, int | None, int | None, int, str]] = []
        for user in range(1, members + 1):
            rows.append((user, rng.randrange(1, meetings + 1), None, 60, stamp))
            rows.append((user, None, rng.choice(groups)[0], 1440, stamp))
        conn.executemany(
            "INSERT OR IGNORE INTO meeting_subscriptions (user_id, meeting_id, group_id,"
            " offset_minutes, created_at) VALUES (?, ?, ?, ?, ?)",
            rows[:subscriptions],
        )


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def child(path: Path) -> dict[str, object]:
    """Start the bot's services on the database, then run due reminders minute by minute."""
    clock = ManualClock(NOW)
    settings = load_settings(
        _env_file=None, bot_token=TOKEN, database_path=path, meeting_group_post_minutes=60
    )
    started = time.perf_counter()
    services = build_services(settings, clock=clock)
    await services.start()
    startup = time.perf_counter() - started
    memory = peak_rss_mb()
    minutes: list[tuple[float, int]] = []
    for minute in range(1, MINUTES + 1):
        clock.now = NOW + timedelta(minutes=minute)
        began = time.perf_counter()
        queued = await services.reminders.run_due()
        minutes.append(((time.perf_counter() - began) * 1000, queued))
    pending = await services.reminders.slots.pending_count()
    await services.stop()
    return {
        "startup_s": startup,
        "peak_mb": max(memory, peak_rss_mb()),
        "startup_mb": memory,
        "minutes": minutes,
        "planned": pending,
    }


def run_child(path: Path) -> dict[str, object]:
    """Run one measurement in a fresh process and return its figures."""
    output = subprocess.run(
        [sys.executable, "-m", "bench.bench_meetings", "--child", str(path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    ).stdout
    result: dict[str, object] = json.loads(output.strip().splitlines()[-1])
    return result


def summarise(label: str, result: dict[str, object]) -> tuple[float, float]:
    """Print one world's figures; return the median idle minute and the ms per message."""
    minutes = [(float(ms), int(queued)) for ms, queued in result["minutes"]]  # type: ignore[attr-defined]
    idle = [ms for ms, queued in minutes if queued == 0]
    busy = [(ms, queued) for ms, queued in minutes if queued > 0]
    per_message = sum(ms for ms, _ in busy) / max(1, sum(q for _, q in busy))
    busiest = max(minutes, key=lambda item: item[1])
    print(
        f"{label}: start-up {result['startup_s']:.2f} s, peak memory {result['peak_mb']:.0f} MB,"
        f" {result['planned']} reminders planned"
    )
    print(
        f"  {len(idle)} idle minutes: median {statistics.median(idle):.2f} ms,"
        f" max {max(idle):.2f} ms"
        if idle
        else "  no idle minute"
    )
    print(
        f"  {len(busy)} minutes with reminders: {sum(q for _, q in busy)} messages queued,"
        f" {per_message:.3f} ms per message; busiest minute {busiest[1]} messages"
        f" in {busiest[0]:.0f} ms"
    )
    return (statistics.median(idle) if idle else float("nan")), per_message


def main(argv: list[str]) -> int:
    """Build both worlds, measure each in a fresh process, print figures and targets."""
    parser = argparse.ArgumentParser(prog="bench meetings")
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(asyncio.run(child(args.child))))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        big, small = Path(folder) / "big.sqlite3", Path(folder) / "small.sqlite3"
        build_world(big, args.meetings, args.subscriptions)
        build_world(small, args.meetings, 1_000)
        large = run_child(big)
        baseline = run_child(small)
    print(f"{args.meetings} meetings, {args.subscriptions} subscriptions, {MINUTES} minutes")
    idle_big, per_big = summarise(f"{args.subscriptions} subscriptions", large)
    idle_small, per_small = summarise("1,000 subscriptions (baseline)", baseline)
    print(
        f"idle minute, large/baseline: {idle_big / idle_small:.2f}x;"
        f" per message, large/baseline: {per_big / per_small:.2f}x"
    )
    ok = float(large["startup_s"]) <= TARGET_STARTUP_S  # type: ignore[arg-type]
    ok = ok and float(large["peak_mb"]) <= TARGET_MEMORY_MB  # type: ignore[arg-type]
    print(f"targets (start-up <= {TARGET_STARTUP_S} s, memory <= {TARGET_MEMORY_MB:.0f} MB):"
          f" {'met' if ok else 'NOT met'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
