"""Benchmark daily check-ins at scale through the bot's own code.

Run: ``.venv/bin/python -m bench checkins`` (options: ``python -m bench.bench_checkins
--members 100000 --same-minute 5000``).
Targets (issue 7): 100,000 members opted in over 24 time zones, 5,000 due in the same minute:
start-up <= 5 s, memory <= 300 MB, scheduling work per minute proportional to what is due, and
the due prompts delivered at >= 90% of the allowed flood-limit rate with nothing lost.

The world: members in 24 zones, each with a plan (every day, or weekdays) at a local time on
the quarter hour; 5,000 of them chose the local time that falls on the same UTC minute (09:00
UTC: 10:00 in Madrid, 18:00 in Tokyo, ...). Plans are written straight into a migrated database
with the `next_due_at` the bot's own `next_due` gives.

Each world runs in a fresh process (`--child`):
- start-up: `build_services` + `Services.start()`, wall time and peak RSS (VmHWM): nothing is
  loaded per member (no timer per member);
- scheduling: the clock is moved minute by minute over the 60 minutes before the busy minute
  and then onto it; `CheckinPrompts.run_due()` queues what is due; time per minute and prompts
  queued. Beside it, the same on a world of 1,000 members (baseline): an idle minute must cost
  the same;
- delivery: the busy minute's prompts are sent by the real `OutboxWorker` and
  `DeliveryLimiter` to the emulator with flood limits on (both scaled to 100 msg/s, as in
  `bench delivery`, so the run takes about a minute; the ratio is what counts): achieved rate
  over the allowed rate, 429s, prompts lost.
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
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


from bench.bench_meetings import ZONES, peak_rss_mb  # noqa: E402
from bench.counting import Deliveries  # noqa: E402
from bench.fanout import paced_bot, scaled_flood_limits  # noqa: E402
from bot.checkins.models import EVERY_DAY, WEEKDAYS, CheckinPlan  # noqa: E402
from bot.checkins.schedule import next_due  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.delivery.outbox import OutboxWorker  # noqa: E402
from bot.devtools.clock import ManualClock  # noqa: E402
from bot.devtools.emulator import Emulator  # noqa: E402
from bot.domain.clock import iso  # noqa: E402
from bot.services.container import build_services  # noqa: E402
from bot.storage.db import Database, create_database  # noqa: E402

TOKEN = "1234567890:BenchCheckinsToken_abcdefghijklmnopq"
BUSY = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # a Wednesday
START = BUSY - timedelta(minutes=60)
RATE = float(os.environ.get("CHECKIN_BENCH_RATE", "100"))
TARGET_STARTUP_S, TARGET_MEMORY_MB, TARGET_RATE = 5.0, 300.0, 0.90


def build_world(path: Path, members: int, same_minute: int, seed: int = 11) -> None:
    """Write members and their plans (with next_due_at) into a migrated database."""
    asyncio.run(create_database(path))
    rng = random.Random(seed)
    stamp = "2026-11-01T00:00:00Z"
    member_rows, plan_rows = [], []
    for user in range(1, members + 1):
        zone = ZONES[user % len(ZONES)]
        if user <= same_minute:
            at = BUSY.astimezone(_zone(zone)).time().replace(tzinfo=None)
        else:
            at = datetime(2026, 1, 1, rng.randrange(24), rng.choice((0, 15, 30, 45))).time()
        days = EVERY_DAY if user % 3 else WEEKDAYS
        plan = CheckinPlan(user, at, days, zone)
        due = next_due(plan, START)
        assert due is not None
        member_rows.append((user, "en" if user % 2 else "es", zone, stamp, stamp, stamp))
        plan_rows.append(
            (user, at.strftime("%H:%M"), "".join(map(str, sorted(days))), iso(due), stamp, stamp)
        )
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO members (user_id, first_name, username, language, timezone,"
            " consented_at, consent_version, created_at, updated_at)"
            " VALUES (?, 'M', NULL, ?, ?, ?, 1, ?, ?)",
            member_rows,
        )
        conn.executemany(
            "INSERT INTO checkin_plans (user_id, at, days, next_due_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            plan_rows,
        )


def _zone(name: str) -> ZoneInfo:
    """The ZoneInfo of a name."""
    return ZoneInfo(name)


async def child(path: Path, deliver: bool) -> dict[str, object]:
    """Start the services, run the minutes up to the busy one, then (optionally) deliver."""
    clock = ManualClock(START)
    settings = load_settings(_env_file=None, bot_token=TOKEN, database_path=path)
    started = time.perf_counter()
    services = build_services(settings, clock=clock)
    await services.start()
    startup, memory = time.perf_counter() - started, peak_rss_mb()
    minutes: list[tuple[float, int]] = []
    for minute in range(1, 61):
        clock.now = START + timedelta(minutes=minute)
        if minute == 60:
            # The earlier minutes' prompts would have gone out by now: the outbox then holds
            # exactly the busy minute's, so every one of them is checked for delivery.
            await services.db.write("DELETE FROM outbox")
        began = time.perf_counter()
        queued = await services.checkin_prompts.run_due()
        minutes.append(((time.perf_counter() - began) * 1000, queued))
    result: dict[str, object] = {"startup_s": startup, "startup_mb": memory, "minutes": minutes}
    if deliver:
        result.update(await _deliver(services.db, clock, minutes[-1][1]))
    await services.stop()
    result["peak_mb"] = peak_rss_mb()
    return result


async def _deliver(db: Database, clock: ManualClock, expected: int) -> dict[str, object]:
    """Send the queued prompts to the emulator under flood limits; measure rate and losses."""
    from bot.storage.outbox import OutboxRepository

    rows = await db.fetch_all("SELECT chat_id FROM outbox WHERE sent_at IS NULL")
    with Emulator(token=TOKEN) as emulator:
        scaled_flood_limits(emulator, RATE)
        assert len(rows) == expected, (len(rows), expected)
        for (chat_id,) in rows:
            emulator.add_user(f"M{chat_id}", int(chat_id))
        bot = await paced_bot(emulator, TOKEN, RATE)
        worker = OutboxWorker(bot, OutboxRepository(db), clock)
        prompts = Deliveries(lambda chat: chat > 0)
        running = asyncio.create_task(worker.run())
        await asyncio.to_thread(
            emulator.wait_until,
            lambda core: prompts.count(core) >= expected,  # type: ignore[arg-type]
            900,
        )
        await worker.stop()
        await asyncio.gather(running, return_exceptions=True)
        await bot.shutdown()
        with emulator._lock:
            prompts.count(emulator)
        times = sorted(call.monotonic for call in prompts.calls)
        return {
            "delivered": len(prompts.chats),
            "expected": expected,
            "rate": (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0,
            "got_429": emulator.count_responses(429),
        }


def run_child(path: Path, deliver: bool) -> dict[str, object]:
    """Run one measurement in a fresh process and return its figures."""
    command = [sys.executable, "-m", "bench.bench_checkins", "--child", str(path)]
    output = subprocess.run(
        [*command, *(["--deliver"] if deliver else [])],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, object] = json.loads(output.strip().splitlines()[-1])
    return result


def _minutes(result: dict[str, object]) -> tuple[float, float, int]:
    """Median idle-minute ms, the busy minute's ms and prompts queued then."""
    minutes = [(float(ms), int(queued)) for ms, queued in result["minutes"]]  # type: ignore[attr-defined]
    idle = [ms for ms, queued in minutes[:-1] if queued == 0] or [float("nan")]
    return statistics.median(idle), minutes[-1][0], minutes[-1][1]


def main(argv: list[str]) -> int:
    """Build both worlds, measure each in a fresh process, print figures and targets."""
    parser = argparse.ArgumentParser(prog="bench checkins")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--same-minute", type=int, default=5_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--deliver", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(asyncio.run(child(args.child, args.deliver))))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        big, small = Path(folder) / "big.sqlite3", Path(folder) / "small.sqlite3"
        build_world(big, args.members, args.same_minute)
        build_world(small, 1_000, 50)
        large = run_child(big, deliver=True)
        baseline = run_child(small, deliver=False)
    return _report(args, large, baseline)


def _report(args: argparse.Namespace, large: dict[str, object], baseline: dict[str, object]) -> int:
    """Print the figures and whether the targets were met."""
    idle, busy_ms, busy = _minutes(large)
    idle_small, busy_small_ms, busy_small = _minutes(baseline)
    startup, peak = float(large["startup_s"]), float(large["peak_mb"])  # type: ignore[arg-type]
    rate, delivered = float(large["rate"]), int(large["delivered"])  # type: ignore[arg-type,call-overload]
    print(f"{args.members} members opted in, {args.same_minute} due at {BUSY:%H:%M} UTC")
    print(
        f"start-up {startup:.2f} s (baseline {float(baseline['startup_s']):.2f} s),"  # type: ignore[arg-type]
        f" memory at start {float(large['startup_mb']):.0f} MB, peak {peak:.0f} MB"  # type: ignore[arg-type]
    )
    print(
        f"idle minute median {idle:.2f} ms vs {idle_small:.2f} ms for 1,000 members"
        f" ({idle / idle_small:.2f}x); busy minute {busy} prompts queued in {busy_ms:.0f} ms"
        f" ({busy_ms / max(busy, 1):.3f} ms each; baseline {busy_small} in {busy_small_ms:.0f} ms)"
    )
    print(
        f"delivery: {delivered} of {large['expected']} prompts at {rate:.1f} msg/s ="
        f" {rate / RATE:.2f} of the allowed {RATE:.0f}/s; 429s {large['got_429']}"
    )
    ok = startup <= TARGET_STARTUP_S and peak <= TARGET_MEMORY_MB
    ok = ok and rate / RATE >= TARGET_RATE and delivered == large["expected"]
    print(f"targets: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
