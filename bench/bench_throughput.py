"""Throughput and latency of the full bot against a bare echo bot, measured honestly (issue 25).

Run: `python -m bench throughput [--baseline PATH]` (about 3-5 minutes). Every bot and every
Bot API double runs in a process of its own; the benchmark's process only gives orders.

1. The double alone: the thinnest possible client (`bench.api_client`) against it. It must
   sustain at least 3x the fastest bot's rate, or the double, not the bots, is measured.
2. Bursts of BURST texts, alternating between the bots, each bot alone on the machine (the
   others are SIGSTOPped); the median of BURSTS bursts each, and the bot's CPU per text.
3. Texts paced at 100/s: reply p50/p99. Then 300/s with a crisis text every 100th (each
   from a member of a group with a facilitator): the backlog of unanswered texts, how long
   it takes to drain, and the alert p99 (the crisis text to the facilitator's alert).

`--baseline PATH` adds a third bot: the full bot from another checkout (e.g. main's head,
exported with `git archive`), measured in the same alternation: before and after in one run.
The machine's load is printed; a run where other processes took CPU is flagged LOADED.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import machine
from bench.bench_alerts import CRISIS_TEXT
from bench.throughput_procs import Subject, start_client, start_echo, start_full

MEMBER_BASE = 7_900_000_000
MEMBERS = 200
CRISIS_MEMBERS = 60
BURST = 2_000
BURSTS = 5
ALONE_BURST = 6_000
WARM = 40
PACED_SECONDS = 10.0
LOW_RATE, HIGH_RATE = 100.0, 300.0
CRISIS_EVERY = 100
# Targets (issue 25).
RATIO_TARGET, HEADROOM = 0.8, 3.0
REPLY_P99_MS, ALERT_P99_MS = 20.0, 200.0


@dataclass
class Figures:
    """What one subject measured."""

    rates: list[float] = field(default_factory=list)
    cpu_us: list[float] = field(default_factory=list)
    paced: dict[str, Any] = field(default_factory=dict)
    loaded: dict[str, Any] = field(default_factory=dict)


def main(argv: list[str] | None = None) -> int:
    """Run the whole benchmark and print its table; 0 even when a target is missed."""
    parser = argparse.ArgumentParser(prog="python -m bench throughput")
    parser.add_argument("--baseline", type=Path, help="another checkout's full bot to compare")
    parser.add_argument("--bursts", type=int, default=BURSTS)
    parser.add_argument("--burst", type=int, default=BURST)
    parser.add_argument("--seconds", type=float, default=PACED_SECONDS)
    args = parser.parse_args(argv or [])
    load = machine.load_average()
    print(
        f"machine: {platform.platform()} | {os.cpu_count()} CPUs | python "
        f"{platform.python_version()} | load {load:.2f}",
        flush=True,
    )
    shares: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        alone = _alone(folder, args.burst, shares)
        print(f"double alone: {alone:,.0f} msg/s", flush=True)
        subjects, figures = _start(folder, args.baseline)
        try:
            for _ in range(args.bursts):
                for subject in subjects:
                    _measure_burst(subject, figures[subject.name], args.burst, shares)
            for subject in subjects:
                figures[subject.name].paced = _run(subject, shares, _paced(LOW_RATE, args))
            for subject in subjects:
                if subject.kind == "full":
                    figures[subject.name].loaded = _run(subject, shares, _paced(HIGH_RATE, args))
        finally:
            for subject in subjects:
                subject.stop()
    return _report(subjects, figures, alone, machine.verdict(load, shares))


def _alone(folder: Path, burst: int, shares: list[float]) -> float:
    """The double's own rate with the thinnest client: the median of three bursts."""
    double, client = start_client(folder)
    members = [MEMBER_BASE + i for i in range(MEMBERS)]
    try:
        double.ask(cmd="burst", members=members, n=WARM * 10)
        rates = []
        for _ in range(3):
            before = machine.sample([double.process.pid, client.pid])
            answer = double.ask(cmd="burst", members=members, n=max(burst, ALONE_BURST))
            rates.append(answer["rate"])
            _share(shares, before, machine.sample([double.process.pid, client.pid]))
    finally:
        client.terminate()
        client.wait(10)
        double.close()
    return float(statistics.median(rates))


def _start(folder: Path, baseline: Path | None) -> tuple[list[Subject], dict[str, Figures]]:
    """Start every bot, wait for its first poll, warm it up, and pause it."""
    members = [MEMBER_BASE + i for i in range(MEMBERS)]
    crisis = [MEMBER_BASE + MEMBERS + i for i in range(CRISIS_MEMBERS)]
    subjects = [
        start_echo(folder, members),
        start_full("full bot", folder / "full", members, crisis),
    ]
    if baseline is not None:
        subjects.append(start_full("baseline", folder / "baseline", members, crisis, baseline))
    for subject in subjects:
        if not subject.double.ask(cmd="polled", timeout=120)["ok"]:
            raise RuntimeError(f"{subject.name} never polled")
        subject.double.ask(cmd="burst", members=members, n=WARM)
        subject.pause()
    return subjects, {subject.name: Figures() for subject in subjects}


def _measure_burst(subject: Subject, figures: Figures, burst: int, shares: list[float]) -> None:
    """Wake the bot, warm it up, time one burst (rate and CPU per text), pause it again."""
    subject.resume()
    try:
        subject.double.ask(cmd="burst", members=subject.members, n=WARM)
        before, cpu = machine.sample(subject.pids), subject.cpu_seconds()
        answer = subject.double.ask(cmd="burst", members=subject.members, n=burst)
        _share(shares, before, machine.sample(subject.pids))
        if not answer["ok"]:
            raise RuntimeError(f"{subject.name}: {answer['replies']} of {burst} answered")
        figures.rates.append(answer["rate"])
        figures.cpu_us.append((subject.cpu_seconds() - cpu) / burst * 1e6)
        print(
            f"  {subject.name}: burst {answer['rate']:,.0f} msg/s,"
            f" {figures.cpu_us[-1]:,.0f} µs CPU per text",
            flush=True,
        )
    finally:
        subject.pause()


def _paced(rate: float, args: argparse.Namespace) -> Callable[[Subject], dict[str, Any]]:
    """The order for a paced run at `rate` (crisis texts only at the high rate)."""

    def order(subject: Subject) -> dict[str, Any]:
        crisis = rate >= HIGH_RATE
        return {
            "cmd": "paced",
            "members": subject.members,
            "rate": rate,
            "seconds": args.seconds,
            "crisis_members": subject.crisis_members if crisis else [],
            "crisis_every": CRISIS_EVERY if crisis else 0,
            "crisis_text": CRISIS_TEXT,
            "alert_chats": subject.facilitators,
            "timeout": 90,
        }

    return order


def _run(
    subject: Subject, shares: list[float], order: Callable[[Subject], dict[str, Any]]
) -> dict[str, Any]:
    """Wake the bot, run one paced order, pause it; return the answer."""
    subject.resume()
    try:
        subject.double.ask(cmd="burst", members=subject.members, n=WARM)
        before = machine.sample(subject.pids)
        answer = subject.double.ask(**order(subject))
        _share(shares, before, machine.sample(subject.pids))
        time.sleep(0.5)  # the crisis replies after the last alert
        print(
            f"  {subject.name}: paced {order(subject)['rate']:.0f}/s, reply p99"
            f" {_pct(answer['latencies'], 0.99):.1f} ms",
            flush=True,
        )
        return answer
    finally:
        subject.pause()


def _share(shares: list[float], before: Any, after: Any) -> None:
    """Keep the share of the CPUs other processes took during one measurement."""
    share = machine.foreign_share(before, after)
    if share is not None:
        shares.append(share)


def _pct(values: list[float], q: float) -> float:
    """The q-quantile of values, in ms (nan when empty)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(len(ordered) * q + 0.5) - 1))] * 1000


def _report(
    subjects: list[Subject], figures: dict[str, Figures], alone: float, verdict: str
) -> int:
    """Print the table and the targets; return 0."""
    echo = statistics.median(figures["echo bot"].rates)
    fastest = max(statistics.median(f.rates) for f in figures.values())
    print(f"\nmachine during the run: {verdict}")
    print(
        f"double alone {alone:,.0f} msg/s = {alone / fastest:.1f}x the fastest bot "
        f"({'enough' if alone >= HEADROOM * fastest else 'NOT ENOUGH: the double is measured'}"
        f", needs {HEADROOM:.0f}x)"
    )
    print(
        "\n| bot | burst rate, median (all) | ratio to echo | CPU per text | 100/s reply p50 / p99"
        " | 300/s backlog max / drained after | 300/s reply p99 | 300/s alert p50 / p99 (n) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for subject in subjects:
        f = figures[subject.name]
        rate = statistics.median(f.rates)
        shown = ", ".join(f"{value:,.0f}" for value in f.rates)
        low = f.paced
        line = (
            f"| {subject.name} | {rate:,.0f} msg/s ({shown}) | {rate / echo:.2f}x"
            f" | {statistics.median(f.cpu_us):,.0f} µs"
            f" | {_pct(low['latencies'], 0.5):.1f} / {_pct(low['latencies'], 0.99):.1f} ms"
        )
        high = f.loaded
        if high:
            line += (
                f" | {high['backlog_max']} / {high['drained_after']:.2f} s"
                f" (sent at {high['texts'] / high['injected_in']:,.0f}/s)"
                f" | {_pct(high['latencies'], 0.99):.1f} ms"
                f" | {_pct(high['alerts'], 0.5):.0f} / {_pct(high['alerts'], 0.99):.0f} ms"
                f" ({len(high['alerts'])} of {high['crisis']})"
                + ("" if high["ok"] else " NOT ALL ANSWERED")
            )
        else:
            line += " | - | - | - |"
        print(line + (" |" if high else ""))
    _targets(figures, echo)
    return 0


def _targets(figures: dict[str, Figures], echo: float) -> None:
    """Print the issue's targets against the full bot's figures."""
    full = figures["full bot"]
    ratio = statistics.median(full.rates) / echo
    reply_p99 = _pct(full.paced["latencies"], 0.99)
    alert_p99 = _pct(full.loaded["alerts"], 0.99)
    keeps_up = full.loaded["ok"] and full.loaded["drained_after"] <= 2.0
    checks = [
        (f"full/echo {ratio:.2f} >= {RATIO_TARGET}", ratio >= RATIO_TARGET),
        (f"reply p99 at 100/s {reply_p99:.1f} <= {REPLY_P99_MS:.0f} ms", reply_p99 <= REPLY_P99_MS),
        (f"keeps up at 300/s (drained within 2 s): {keeps_up}", keeps_up),
        (f"alert p99 at 300/s {alert_p99:.0f} <= {ALERT_P99_MS:.0f} ms", alert_p99 <= ALERT_P99_MS),
    ]
    for text, ok in checks:
        print(f"target {'met' if ok else 'NOT MET'}: {text}")
