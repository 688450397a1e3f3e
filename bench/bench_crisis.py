"""Benchmark the crisis detector: both layers against the rules alone, in the same run.

Run: ``python -m bench crisis`` (the defaults), or with options
``python bench/bench_crisis.py [--content-dir content/crisis] [--n 40000] [--runs 300]``.
Targets (issue 16): >= 10,000 short messages/s for both layers together on one core; p99 <= 5 ms
for any 4,096-character message, adversarial ones included; loading the model adds at most
50 MB to the process. Baselines in the same run: the rules alone (the detector before the
learned layer), a plain keyword scan, and an empty call (the harness's own cost).
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
from bot.crisis.layered import MODEL_FOLDER, LayeredDetector, combine  # noqa: E402
from bot.crisis.model import CrisisModel  # noqa: E402

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
        **adversarial(),
    }


def adversarial() -> dict[str, str]:
    """Inputs built to be slow: runs of one letter, spacing, masks, emoji floods, repeats.

    Each is at Telegram's limit: 4,096 UTF-16 code units (an emoji counts two).
    """
    rng = random.Random(5)
    return {
        "x * 4096": "x" * 4096,
        "ab * 2048": "ab" * 2048,
        "spaced letters": "k " * 2048,
        "dotted letters": "s." * 2048,
        "masked letters": "s*" * 2048,
        "leet": "k1" * 2048,
        "pill emoji * 2048": "💊" * 2048,
        "combining marks": "e\u0301" * 2048,
        "kms * 1024": "kms " * 1024,
        "negated phrase repeated": ("i dont want to die " * 216)[:4096],
        "random symbols": "".join(rng.choice("kil me1!*. ") for _ in range(4096)),
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


def rss_mb() -> float:
    """Return this process's resident memory in MB (Linux), or 0 where unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _nothing(text: str) -> None:
    """An empty call: what the harness itself costs per message."""


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures and the machine."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--content-dir", type=Path, default=ROOT / "content" / "crisis")
    parser.add_argument("--n", type=int, default=40_000, help="number of short messages")
    parser.add_argument("--runs", type=int, default=300, help="runs per long message")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    print(f"machine: {platform.platform()} | {platform.processor() or platform.machine()}")
    print(f"cpus: {os.cpu_count()} (benchmark pinned to one) | python {platform.python_version()}")
    if hasattr(os, "getloadavg"):
        print(f"load average (other processes skew p99): {os.getloadavg()[0]:.2f}")
    before = rss_mb()
    rules = CrisisDetector.from_directory(args.content_dir)
    with_rules = rss_mb()
    layered = LayeredDetector(rules, CrisisModel.load(args.content_dir / MODEL_FOLDER))
    with_model = rss_mb()
    print(f"memory: rules {with_rules - before:.1f} MB, model adds {with_model - with_rules:.1f} MB"
          f"  target <= 50 MB")  # fmt: skip

    def both(text: str) -> object:
        """Both layers, uncached (the cache would hide the cost)."""
        return combine(layered.assess(text))

    msgs = short_messages(args.n)
    rates = {
        "empty call (harness)": throughput(_nothing, msgs),
        "keyword scan": throughput(keyword_baseline, msgs),
        "rules alone (baseline)": throughput(rules.detect, msgs),
        "both layers": throughput(both, msgs),
    }
    print(f"short messages: n={len(msgs)}, avg {statistics.mean(map(len, msgs)):.0f} chars")
    base = rates["rules alone (baseline)"]
    for name, rate in rates.items():
        print(f"  {name:<24} {rate:>12,.0f} msg/s  ({base / rate:.2f}x the rules' time)")

    worst = 0.0
    print("long messages (p50 / p99 ms): rules alone | both layers | ratio of p50")
    for name, text in long_messages().items():
        lat_rules = latencies_ms(rules.detect, text, args.runs)
        lat_both = latencies_ms(both, text, args.runs)
        worst = max(worst, p99(lat_both))
        print(f"  {name:<26} {statistics.median(lat_rules):6.3f} / {p99(lat_rules):6.3f} | "
              f"{statistics.median(lat_both):6.3f} / {p99(lat_both):6.3f} | "
              f"{statistics.median(lat_both) / statistics.median(lat_rules):.2f}x")  # fmt: skip
    ok = rates["both layers"] >= 10_000 and worst <= 5.0 and with_model - with_rules <= 50
    print(f"targets: {'MET' if ok else 'NOT MET'} (both layers {rates['both layers']:,.0f} msg/s, "
          f"worst long p99 {worst:.3f} ms)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
