"""How busy the machine is: load average, and the CPU other people's processes took meanwhile."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

# A run is flagged as loaded above either figure.
QUIET_LOAD = 0.5
QUIET_FOREIGN_SHARE = 0.10
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class CpuSample:
    """Machine-wide busy and total CPU ticks, and the ticks of the processes we started."""

    busy: int
    total: int
    ours: int


def sample(pids: Iterable[int]) -> CpuSample | None:
    """Read /proc now (None where there is no /proc)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(value) for value in stat.readline().split()[1:]]
    except OSError:
        return None
    # user nice system idle iowait irq softirq steal ...: idle and iowait are not busy.
    busy = sum(fields[:3]) + sum(fields[5:8])
    total = sum(fields[:8])
    return CpuSample(busy, total, sum(process_ticks(pid) for pid in pids))


def process_ticks(pid: int) -> int:
    """User + system CPU ticks of one process, all its threads (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            tail = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(tail[11]) + int(tail[12])


def process_seconds(pid: int) -> float:
    """User + system CPU seconds of one process."""
    return process_ticks(pid) / _CLOCK_TICKS


def foreign_share(before: CpuSample | None, after: CpuSample | None) -> float | None:
    """The share of all CPUs that processes we did not start took between two samples."""
    if before is None or after is None or after.total <= before.total:
        return None
    foreign = (after.busy - before.busy) - (after.ours - before.ours)
    return max(0.0, foreign / (after.total - before.total))


def load_average() -> float:
    """The one-minute load average (0 where unknown)."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return 0.0


def verdict(load: float, shares: list[float]) -> str:
    """'quiet', or 'LOADED' with the reason: the figures then only compare within the run."""
    worst = max(shares, default=0.0)
    if load > QUIET_LOAD or worst > QUIET_FOREIGN_SHARE:
        return (
            f"LOADED (load {load:.2f} at start, other processes took up to {worst:.0%} of the"
            " CPUs): ratios within this run hold, absolute rates do not"
        )
    return f"quiet (load {load:.2f}, other processes at most {worst:.0%} of the CPUs)"
