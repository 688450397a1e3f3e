"""Delivery: the full bot against a bare echo bot, fan-out under flood limits, alert latency.

Run: `python -m bench delivery`. Figures go to BENCHMARKS.md. Everything runs on 127.0.0.1
against the project's Bot API emulator; ratios against the same-run baseline are what count.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.counting import Deliveries
from bench.fanout import run_fanout
from bot.devtools.emulator import Emulator
from bot.devtools.process import ROOT, BotProcess

TOKEN = "5151515151:BenchmarkTokenForDelivery_abcdefghij"
MEMBERS = 200
BURST = 2_000
BURSTS = 5  # alternating bursts per bot: one short burst is too noisy on a shared machine
PACED_RATE = 100.0
PACED_SECONDS = 10.0


def main(argv: list[str] | None = None) -> int:
    """Run all three measurements and print the figures."""
    machine = f"{platform.platform()} | {os.cpu_count()} CPUs"
    print(f"machine: {machine} | python {platform.python_version()}")
    with (
        tempfile.TemporaryDirectory() as tmp,
        Emulator(token=TOKEN) as echo_api,
        Emulator(token=TOKEN) as full_api,
    ):
        echo = _Subject("echo bot", echo_api, _start_echo(echo_api, Path(tmp)))
        full = _Subject("full bot", full_api, _start_full(full_api, Path(tmp) / "full"))
        try:
            ratio = _compare_bursts(echo, full)
            full_p99 = max(_latency(full), 0.0)
            _latency(echo)
        finally:
            _stop(echo.process)
            _stop(full.process)
    print(
        f"throughput ratio full/echo (median of {BURSTS} alternating bursts): {ratio:.2f}"
        " (target >= 0.8)"
    )
    print(f"full bot p99 latency at {PACED_RATE:.0f} msg/s: {full_p99:.1f} ms (target <= 50 ms)")
    fanout_ok = run_fanout()
    ok = ratio >= 0.8 and full_p99 <= 50 and fanout_ok
    print("targets:", "MET" if ok else "NOT MET")
    return 0


class _Subject:
    """One bot under test with its own emulator and members."""

    def __init__(self, name: str, emulator: Emulator, process: object) -> None:
        """Create the members and warm the bot up."""
        self.name = name
        self.emulator = emulator
        self.process = process
        self.members = [emulator.add_user(f"M{i}", 8_000_000 + i).id for i in range(MEMBERS)]
        _warm_up(emulator, self.members[0])


def _compare_bursts(echo: _Subject, full: _Subject) -> float:
    """Alternate bursts between the two bots (drift on a shared machine hits both alike)."""
    rates: dict[str, list[float]] = {echo.name: [], full.name: []}
    for _ in range(BURSTS):
        for subject in (echo, full):
            rates[subject.name].append(_burst(subject.emulator, subject.members))
    for name, values in rates.items():
        shown = ", ".join(f"{value:,.0f}" for value in values)
        print(
            f"{name}: bursts of {BURST} from {MEMBERS} members: {shown} msg/s "
            f"(median {statistics.median(values):,.0f})"
        )
    return statistics.median(rates[full.name]) / statistics.median(rates[echo.name])


def _latency(subject: _Subject) -> float:
    """Paced run; print p50 and p99 reply latency and return p99 in ms."""
    latencies = sorted(_paced(subject.emulator, subject.members))
    p50 = latencies[len(latencies) // 2] * 1000
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
    print(
        f"{subject.name}: paced {PACED_RATE:.0f} msg/s x {PACED_SECONDS:.0f} s: "
        f"reply latency p50 {p50:.1f} ms, p99 {p99:.1f} ms (n={len(latencies)})"
    )
    return p99


def _start_echo(emulator: Emulator, folder: Path) -> subprocess.Popen[bytes]:
    """Start the bare PTB echo bot."""
    env = {**_base_env(), "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": emulator.url}
    log = (folder / "echo.log").open("wb")
    return subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "echo_bot.py")],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def _start_full(emulator: Emulator, folder: Path) -> BotProcess:
    """Start the real bot with pacing off (the echo bot does not pace either)."""
    process = BotProcess(
        emulator, folder, extra_env={"SEND_RATE_LIMIT": "0", "LOG_LEVEL": "WARNING"}
    )
    return process.start()


def _base_env() -> dict[str, str]:
    """PATH and HOME only."""
    return {key: os.environ[key] for key in ("PATH", "HOME") if key in os.environ}


def _warm_up(emulator: Emulator, member: int) -> None:
    """One message and its answer before measuring."""
    mark = emulator.mark()
    emulator.inject_message(member, "hello")
    emulator.wait_for_messages(member, since=mark, timeout=60)


def _burst(emulator: Emulator, members: list[int]) -> float:
    """Inject BURST messages at once; return replies per second until the last one."""
    replies = Deliveries(lambda chat: True, emulator.mark().call_index)
    started = time.monotonic()
    for index in range(BURST):
        emulator.inject_message(members[index % len(members)], f"burst {index}")
    emulator.wait_until(lambda core: replies.total(core) >= BURST, timeout=300)  # type: ignore[arg-type]
    return BURST / (max(call.monotonic for call in replies.calls) - started)


def _paced(emulator: Emulator, members: list[int]) -> list[float]:
    """Inject at PACED_RATE for PACED_SECONDS; return each message's reply latency (seconds)."""
    seen = Deliveries(lambda chat: True, emulator.mark().call_index)
    sent: dict[int, list[float]] = {member: [] for member in members}
    total = int(PACED_RATE * PACED_SECONDS)
    ticker = threading.Event()
    start = time.monotonic()
    for index in range(total):
        member = members[index % len(members)]
        sent[member].append(time.monotonic())
        emulator.inject_message(member, f"paced {index}")
        ticker.wait(max(0.0, start + (index + 1) / PACED_RATE - time.monotonic()))
    emulator.wait_until(lambda core: seen.total(core) >= total, timeout=120)  # type: ignore[arg-type]
    replies: dict[int, list[float]] = {member: [] for member in members}
    for call in seen.calls:
        replies[int(call.params["chat_id"])].append(call.monotonic)
    pairs = [zip(sent[member], replies[member], strict=False) for member in members]
    return [got - put for pair in pairs for put, got in pair]


def _stop(process: object) -> None:
    """Stop either kind of bot process."""
    if isinstance(process, BotProcess):
        process.stop()
    elif isinstance(process, subprocess.Popen):
        process.terminate()
        process.wait(30)


if __name__ == "__main__":
    sys.exit(main())
