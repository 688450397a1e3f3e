"""Run every benchmark module `bench/bench_*.py` (or the ones named) and print their figures."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def available() -> list[str]:
    """Return the names of the benchmark modules, without the bench_ prefix."""
    folder = Path(__file__).parent
    return sorted(
        info.name.removeprefix("bench_")
        for info in pkgutil.iter_modules([str(folder)])
        if info.name.startswith("bench_")
    )


def main(argv: list[str]) -> int:
    """Run the named benchmarks (all when none are named); return the worst exit code."""
    if argv and argv[0] in available() and any(arg.startswith("-") for arg in argv[1:]):
        print(f"== {argv[0]} ==", flush=True)  # one benchmark with its own options
        return int(importlib.import_module(f"bench.bench_{argv[0]}").main(argv[1:]))
    names = argv or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}")
        return 2
    worst = 0
    for name in names:
        print(f"== {name} ==", flush=True)
        module = importlib.import_module(f"bench.bench_{name}")
        worst = max(worst, int(module.main([])))
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
