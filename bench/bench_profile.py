"""Where one update's time goes: the running full bot, timed per step and sampled by py-spy.

Run: `python -m bench profile [--baseline PATH] [--burst N]` (about a minute). The full bot runs
against the Bot API double (`bench.api_double`) with timers around each step of the path
(`bench.profiled_bot`) while a burst of texts from members is answered. Printed:

- per step: calls per update, mean wall time, and its share of the whole path (attempt to
  done; the store is per batch, shared by the batch's updates). Steps overlap across the
  eight lanes, so the shares are of one update's latency, not of the CPU;
- when py-spy is installed (`pip install py-spy`): the share of samples per thread (the main
  loop, SQLite's writer and reader threads), the main thread's CPU per step, and the top
  functions by own time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.throughput_procs import ROOT, Subject, start_full

MEMBERS = [7_900_000_000 + i for i in range(200)]
CRISIS = [7_900_000_200 + i for i in range(60)]
BURST = 3_000
SAMPLE_RATE = 200
# Main-thread samples by step: the first marker found, walking from the innermost frame out.
MARKERS = (
    ("crisis detection", ("LayeredDetector.assess", "CrisisModel.", "CrisisDetector.")),
    ("poll + store batch", ("Poller._", "InboxRepository.store", "to_received")),
    ("attempt / done / pending", ("InboxRepository.",)),
    ("gate", ("gate (handlers/gate.py",)),
    ("reachable again, missed alerts", ("reached_again (handlers/gate.py",)),
    ("member read", ("MemberRepository.", "MemberService.get")),
    ("send the reply (PTB + httpx)", ("DeliveryLimiter.", "Bot._post", "ExtBot.send_message")),
    ("active-day bookkeeping", ("StatsService.",)),
    ("other SQL awaits", ("Database.",)),
    ("decode + PTB dispatch", ("InboxProcessor._decode", "Application.process_update")),
    ("outbox worker", ("OutboxWorker.",)),
)


def main(argv: list[str] | None = None) -> int:
    """Profile one burst and print the tables."""
    parser = argparse.ArgumentParser(prog="python -m bench profile")
    parser.add_argument("--baseline", type=Path, help="profile another checkout's bot instead")
    parser.add_argument("--burst", type=int, default=BURST)
    parser.add_argument("--paced", type=float, default=0.0, help="texts/s for 10 s, not a burst")
    parser.add_argument("--cprofile", type=Path, help="also write cProfile's statistics here")
    parser.add_argument(
        "--slow", action="store_true", help="list the event loop's steps that held it over 5 ms"
    )
    args = parser.parse_args(argv or [])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        out = folder / "steps.json"
        subject = start_full(
            "full bot",
            folder / "bot",
            MEMBERS,
            CRISIS,
            args.baseline,
            entry=(str(ROOT / "bench" / "profiled_bot.py"),),
            extra_env={
                "PROFILE_OUT": str(out),
                **({"PROFILE_CPROFILE": str(args.cprofile.resolve())} if args.cprofile else {}),
                **({"PROFILE_SLOW": str(folder / "slow.json")} if args.slow else {}),
            },
        )
        try:
            started = time.monotonic()
            samples = _burst(subject, folder / "pyspy.txt", args.burst, args.paced)
            window = (started, time.monotonic())
        finally:
            subject.stop()
        steps = json.loads(out.read_text())
        slow = json.loads((folder / "slow.json").read_text()) if args.slow else None
        window = window if args.slow else (0.0, 0.0)
    _print_steps(steps)
    if samples:
        _print_samples(samples)
    if slow is not None:
        _print_slow(slow["steps"])
        _print_collections(slow["collections"], window)
    return 0


def _print_collections(collections: list[list[float]], window: tuple[float, float]) -> None:
    """Garbage collections over 5 ms, and those within the measured burst (or paced texts)."""
    inside = [c for c in collections if window[0] <= c[0] <= window[1]]
    print(f"garbage collections over 5 ms: {len(collections)}, {len(inside)} while measured")
    for when, took, generation, frozen in inside:
        print(
            f"  +{when - window[0]:6.2f} s: generation {generation:.0f}, {took:.1f} ms"
            f" ({frozen:,.0f} objects frozen then)"
        )


def _print_slow(slow: list[tuple[float, str]]) -> None:
    """The event loop's steps over 5 ms (each delays every reply waiting behind it), by kind."""
    kinds: dict[str, list[float]] = {}
    for took, what in slow:
        kinds.setdefault(what, []).append(took)
    print(f"\nevent-loop steps over 5 ms: {len(slow)}")
    ranked = sorted(kinds.items(), key=lambda item: -sum(item[1]))
    for what, times in ranked[:15]:
        print(f"  {len(times):4d} x, max {max(times) * 1e3:6.1f} ms  {what}")


def _burst(subject: Subject, raw: Path, burst: int, paced: float) -> Counter[str] | None:
    """Warm up, then time one burst (or paced texts) under py-spy; return its stacks."""
    if not subject.double.ask(cmd="polled", timeout=120)["ok"]:
        raise RuntimeError("the bot never polled")
    subject.double.ask(cmd="burst", members=MEMBERS, n=200)
    spy_path = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    spy = None
    if Path(spy_path).exists():
        spy = subprocess.Popen(
            [spy_path, "record", "--pid", str(subject.process.pid), "--rate",
             str(SAMPLE_RATE), "--format", "raw", "--threads", "--nonblocking", "-o", str(raw)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
    before = thread_cpu(subject.process.pid)
    if paced:
        answer = subject.double.ask(
            cmd="paced", members=MEMBERS, rate=paced, seconds=10.0, timeout=90
        )
        print(
            f"paced {paced:.0f}/s: backlog max {answer['backlog_max']}, drained"
            f" {answer['drained_after']:.2f} s after the last text",
            flush=True,
        )
    else:
        answer = subject.double.ask(cmd="burst", members=MEMBERS, n=burst)
        print(f"burst of {burst}: {answer['rate']:,.0f} msg/s", flush=True)
    texts = paced * 10 if paced else burst
    _print_thread_cpu(before, thread_cpu(subject.process.pid), subject.process.pid, texts)
    if spy is None:
        print("py-spy not installed: step timers only")
        return None
    spy.send_signal(signal.SIGINT)
    spy.wait(30)
    return _read_stacks(raw)


def thread_cpu(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) of each thread of the process so far, by thread id."""
    ticks = os.sysconf("SC_CLK_TCK")
    used: dict[int, float] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        used[int(task.name)] = (int(fields[11]) + int(fields[12])) / ticks
    return used


def _print_thread_cpu(
    before: dict[int, float], after: dict[int, float], pid: int, texts: float
) -> None:
    """The CPU each thread spent on the measured texts, per text (the event loop's thread,
    then the others: SQLite's two, the job queue's)."""
    spent = {tid: after[tid] - before.get(tid, 0.0) for tid in after}
    total = sum(spent.values())
    print(f"CPU per text, all threads: {total / texts * 1e6:,.0f} µs")
    for tid, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        if seconds > 0:
            name = "event loop (main)" if tid == pid else f"thread {tid}"
            print(f"  {name}: {seconds / texts * 1e6:,.0f} µs ({seconds / total:.0%})")


def _read_stacks(raw: Path) -> Counter[str]:
    """py-spy's raw format: one 'frame;frame;... count' line per distinct stack."""
    stacks: Counter[str] = Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if count.isdigit():
            stacks[stack] += int(count)
    return stacks


def _print_steps(steps: dict[str, list[float]]) -> None:
    """The wall-clock table of the steps."""
    updates = steps["whole update (attempt to done)"][0] or 1
    whole = steps["whole update (attempt to done)"][1] / updates
    print(f"\nwall time per step ({updates:.0f} updates; one update's path {whole * 1e3:.2f} ms)")
    print("| step | calls per update | mean per call | per update | share of the path |")
    print("|---|---|---|---|---|")
    for label, (calls, seconds) in steps.items():
        if not calls:
            continue
        per_update = seconds / updates
        print(
            f"| {label} | {calls / updates:.2f} | {seconds / calls * 1e3:.2f} ms"
            f" | {per_update * 1e3:.2f} ms | {per_update / whole:.0%} |"
        )


def _print_samples(stacks: Counter[str]) -> None:
    """Threads, main-thread steps and the top functions of py-spy's samples."""
    threads: Counter[str] = Counter()
    steps: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for stack, count in stacks.items():
        frames = stack.split(";")
        thread = frames[0].split(": ", 1)[-1]
        threads[thread] += count
        own[frames[-1]] += count
        if thread == "MainThread":
            steps[_step_of(frames[1:])] += count
    total = sum(threads.values())
    main = threads["MainThread"] or 1
    print(f"\npy-spy: {total} busy samples at {SAMPLE_RATE}/s")
    for thread, count in threads.most_common():
        print(f"  {thread}: {count / total:.0%}")
    print("main thread by step:")
    for step, count in steps.most_common():
        print(f"  {step}: {count / main:.0%}")
    print("top functions by own samples (all threads):")
    for function, count in own.most_common(15):
        print(f"  {count / total:5.1%}  {function}")


def _step_of(frames: list[str]) -> str:
    """The step a main-thread sample belongs to (innermost marker wins)."""
    for frame in reversed(frames):
        for step, markers in MARKERS:
            if any(marker in frame for marker in markers):
                return step
    return "event loop and the rest"
