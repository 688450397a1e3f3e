"""Benchmark the crisis detector: throughput on short messages and latency on long ones.

Run: ``.venv/bin/python bench/bench_crisis.py [--content-dir content/crisis] [--n 40000]``.
Targets: >= 20,000 short messages/s on one core; p99 <= 2 ms for a 4,096-character message.
A plain keyword scan (str.lower() + `in`) over the same messages is timed as a baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.crisis import CrisisDetector  # noqa: E402

KEYWORDS = (
    "suicide", "kill myself", "die", "dead", "overdose", "pills", "cut", "self harm", "goodbye",
    "end it", "hurt", "knife", "gun", "rope", "jump", "kill", "burden", "sterben", "morir",
    "mourir", "morrer", "matar", "suizid", "suicid", "ritzen", "cortar", "tonight",
)  # fmt: skip

CHATTER = [
    "good morning everyone! anyone else up early?", "what time is group tonight?",
    "thanks for the kind words last week 💛", "made pancakes for the kids, they loved it",
    "can someone send the zoom link again", "my cat knocked my coffee off the table lol",
    "feeling a bit better today, went for a walk", "is the meetup still at the library?",
    "this traffic is killing me", "my phone died in the middle of the call",
    "need to refill my prescription before the weekend", "i killed it at the interview!!",
    "anxiety is through the roof about the exam tomorrow", "miss my dad so much today",
    "buenos días a todos, ¿cómo están?", "merci pour le lien, à ce soir",
    "danke, bis nächste woche!", "bom dia galera, tudo bem?", "me muero de risa 😂",
    "ich lach mich tot", "mort de rire", "tô morrendo de rir kkkk",
]  # fmt: skip

VENT = [
    "work was a nightmare today, my manager yelled at me in front of everyone.",
    "then the bus was late and i got soaked on the way home.",
    "the landlord left another note about the rent and i just stared at it.",
    "my sister called and we argued about thanksgiving again, same old stuff.",
    "i tried to make dinner and burned the rice lol, ordered pizza instead.",
    "therapy is on thursday, i keep writing down things to bring up.",
    "the dog needs a vet visit and i have no idea how to pay for it.",
    "honestly i am just tired of everything being so hard all the time.",
]


def _dev_texts() -> list[str]:
    """Return the dev-set messages if present (realistic mix of crisis and benign)."""
    path = ROOT / "tests" / "data" / "crisis_dev.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def short_messages(n: int, seed: int = 7) -> list[str]:
    """Build n short messages: ~80% everyday chatter, ~20% dev-set rows (half crisis)."""
    rng = random.Random(seed)
    dev = _dev_texts() or CHATTER
    return [rng.choice(dev) if rng.random() < 0.2 else rng.choice(CHATTER) for _ in range(n)]


def long_messages(seed: int = 11) -> dict[str, str]:
    """Build 4,096-character vents: benign, with a buried crisis line, and non-ASCII."""
    rng = random.Random(seed)

    def fill(extra: str = "", pool: Sequence[str] = VENT) -> str:
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 4096:
            parts.append(rng.choice(pool))
        if extra:
            parts.insert(len(parts) // 2, extra)
        return " ".join(parts)[:4096]

    fr = [s + " ça m'énerve, j'en ai marre de la journée." for s in VENT]
    return {
        "benign vent": fill(),
        "vent + buried crisis": fill(
            "ive been stockpiling my pills, i dont see the point anymore."
        ),
        "non-ascii vent": fill(pool=fr),
    }


def keyword_baseline(text: str) -> bool:
    """Plain keyword scan: lower-case the text and test each keyword with `in`."""
    low = text.lower()
    return any(k in low for k in KEYWORDS)


def throughput(fn: Callable[[str], object], messages: Sequence[str]) -> float:
    """Return messages per second for fn over messages (one pass, after a warm-up)."""
    for m in messages[:200]:
        fn(m)
    start = time.perf_counter()
    for m in messages:
        fn(m)
    return len(messages) / (time.perf_counter() - start)


def latencies_ms(fn: Callable[[str], object], text: str, runs: int) -> list[float]:
    """Return per-call latencies in milliseconds."""
    fn(text)
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(text)
        out.append((time.perf_counter() - start) * 1000)
    return out


def p99(values: Sequence[float]) -> float:
    """Return the 99th percentile."""
    return statistics.quantiles(values, n=100)[98]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures and the machine."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--content-dir", type=Path, default=ROOT / "content" / "crisis")
    parser.add_argument("--n", type=int, default=40_000, help="number of short messages")
    parser.add_argument("--runs", type=int, default=500, help="runs per long message")
    args = parser.parse_args(argv)

    print(f"machine: {platform.platform()} | {platform.processor() or platform.machine()}")
    print(f"cpus: {os.cpu_count()} (benchmark uses one) | python {platform.python_version()}")
    if hasattr(os, "getloadavg"):
        print(f"load average (other processes skew p99): {os.getloadavg()[0]:.2f}")
    t0 = time.perf_counter()
    detector = CrisisDetector.from_directory(args.content_dir)
    print(f"load: {(time.perf_counter() - t0) * 1000:.0f} ms, {len(detector.lexicon.rules)} rules")

    msgs = short_messages(args.n)
    det = throughput(detector.detect, msgs)
    base = throughput(keyword_baseline, msgs)
    flagged = sum(detector.detect(m) is not None for m in msgs[:5000]) / min(5000, len(msgs))
    print(f"short messages: n={len(msgs)}, avg {statistics.mean(map(len, msgs)):.0f} chars, "
          f"{flagged:.0%} flagged")  # fmt: skip
    print(f"  detector: {det:,.0f} msg/s ({1e6 / det:.1f} us/msg)  target >= 20,000 msg/s")
    print(f"  keyword baseline: {base:,.0f} msg/s  -> detector is {base / det:.1f}x slower")

    worst = 0.0
    for name, text in long_messages().items():
        lat = latencies_ms(detector.detect, text, args.runs)
        base_lat = latencies_ms(keyword_baseline, text, args.runs)
        worst = max(worst, p99(lat))
        print(f"long message ({name}, {len(text)} chars): p50 {statistics.median(lat):.3f} ms, "
              f"p99 {p99(lat):.3f} ms | baseline p50 {statistics.median(base_lat):.3f} ms "
              f"(ratio {statistics.median(lat) / statistics.median(base_lat):.1f}x)")  # fmt: skip
    ok = det >= 20_000 and worst <= 2.0
    print(f"targets: {'MET' if ok else 'NOT MET'} (worst long p99 {worst:.3f} ms, target <= 2 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
