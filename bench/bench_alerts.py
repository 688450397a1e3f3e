"""Crisis-alert latency: a crisis message reaching the emulator -> the facilitator's alert.

Run: `python -m bench alerts`. Figures go to BENCHMARKS.md. Each scenario runs the real bot
(`python -m bot run`, default pacing SEND_RATE_LIMIT=30) against its own emulator with
Telegram-like flood limits on (30/s overall, 1/s per chat with a burst of 3, 20/min per group):

1. idle (the baseline): crisis messages and nothing else;
2. background: ordinary private texts at ALERTS_BG_RATE per second from many members (each
   answered), with crisis messages from distinct members spread over the run;
3. broadcast: ALERTS_BROADCAST announcements queued in the outbox before the start, draining
   at the flood limit, with crisis messages from distinct members spread over the drain;
4. flood: a stranger posts ALERTS_FLOOD_RATE long messages per second in a group (4,096
   characters each, built to be slow for a detector: one letter repeated, masked letters,
   a flood of one emoji, a repeated phrase), with crisis messages from members meanwhile.

Latency: the emulator's `CallRecord.monotonic` of the alert's sendMessage minus
`time.monotonic()` taken just before `inject_message` (the emulator serves from a thread of
this process: one clock). An alert not received within ALERTS_LOST_AFTER seconds is lost.
Environment variables (ALERTS_*, see below) shrink the run, e.g. for a quick check.
"""

from __future__ import annotations

import bisect
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bench.alerts_world import GROUP_BASE, CallLog, World, read_db, seed
from bot.devtools.emulator import Emulator
from bot.devtools.process import BotProcess

TOKEN = "7171717171:BenchmarkTokenForAlerts_abcdefghijkl"
IDLE_CRISES = int(os.environ.get("ALERTS_IDLE_CRISES", "20"))
IDLE_SECONDS = float(os.environ.get("ALERTS_IDLE_SECONDS", "10"))
BG_RATE = float(os.environ.get("ALERTS_BG_RATE", "100"))
BG_SECONDS = float(os.environ.get("ALERTS_BG_SECONDS", "60"))
BG_CRISES = int(os.environ.get("ALERTS_BG_CRISES", "50"))
BG_MEMBERS = int(os.environ.get("ALERTS_BG_MEMBERS", "500"))
BROADCAST = int(os.environ.get("ALERTS_BROADCAST", "5000"))
BROADCAST_CRISES = int(os.environ.get("ALERTS_BROADCAST_CRISES", "30"))
BROADCAST_SECONDS = float(os.environ.get("ALERTS_BROADCAST_SECONDS", "60"))
GROUPS = int(os.environ.get("ALERTS_GROUPS", "10"))  # one facilitator each
LOST_AFTER = float(os.environ.get("ALERTS_LOST_AFTER", "30"))
SEND_RATE = os.environ.get("ALERTS_SEND_RATE", "30")
FLOOD_RATE = float(os.environ.get("ALERTS_FLOOD_RATE", "4"))
FLOOD_SECONDS = float(os.environ.get("ALERTS_FLOOD_SECONDS", "30"))
FLOOD_CRISES = int(os.environ.get("ALERTS_FLOOD_CRISES", "20"))
SCENARIOS = os.environ.get("ALERTS_SCENARIOS", "idle,background,broadcast,flood").split(",")
TARGET_P99 = 1.0

MEMBER_BASE = 7_800_000_000
CRISIS_TEXT = "I want to kill myself tonight"
STRANGER = MEMBER_BASE - 1  # in no group the bot knows: never a member
FLOOD = (
    "x" * 4096,
    "s*" * 2048,
    "💊" * 2048,
    ("i dont want to die " * 216)[:4096],
    "k1 " * 1365,
)
CHATTER = (
    "hello, how is everyone?",
    "thanks for the meeting yesterday",
    "what time is the next meeting?",
    "feeling a bit tired today but ok",
    "see you on thursday",
)
BOT_ENV = {
    "SEND_RATE_LIMIT": SEND_RATE,
    "LOG_LEVEL": "WARNING",
    # No reminder copies of an alert inside the measured window (they would be sends too).
    "ESCALATION_MINUTES": "30",
    "ESCALATION_IMMINENT_MINUTES": "30",
}


@dataclass
class Plan:
    """What one scenario injects: crisis senders, and ordinary chatter at a rate."""

    name: str
    crisis_members: list[int]
    crisis_seconds: float
    chatter_members: list[int] = field(default_factory=list)
    chatter_rate: float = 0.0
    broadcast: list[int] = field(default_factory=list)
    chatter_texts: tuple[str, ...] = ()  # instead of CHATTER
    chatter_in_group: bool = False  # chatter goes to the first group, not private chats


@dataclass
class Outcome:
    """The figures of one scenario."""

    name: str
    latencies: list[float]
    lines: list[str]
    alert_429s: int
    wall: float


def main(argv: list[str] | None = None) -> int:
    """Run the idle baseline and the two loaded scenarios, print the figures."""
    load = os.getloadavg()[0]
    print(
        f"machine: {platform.platform()} | {os.cpu_count()} CPUs | python "
        f"{platform.python_version()} | load {load:.2f}"
    )
    print(
        f"bot SEND_RATE_LIMIT={SEND_RATE}; emulator flood limits 30/s, 1/s per chat (burst 3),"
        f" 20/min per group; {GROUPS} groups with one facilitator each; lost = no alert"
        f" within {LOST_AFTER:.0f} s"
    )
    plans = {name: build() for name, build in _PLANS.items() if name in SCENARIOS}
    outcomes = [run_scenario(plan) for plan in plans.values()]
    _summary(outcomes)
    return 0


def _idle_plan() -> Plan:
    """Crisis messages only."""
    members = [MEMBER_BASE + 1 + i for i in range(IDLE_CRISES)]
    return Plan("idle", members, IDLE_SECONDS)


def _background_plan() -> Plan:
    """Chatter from BG_MEMBERS members; crisis messages from BG_CRISES other members."""
    crisis = [MEMBER_BASE + 1 + i for i in range(BG_CRISES)]
    chatter = [MEMBER_BASE + 1 + BG_CRISES + i for i in range(BG_MEMBERS)]
    return Plan("background", crisis, BG_SECONDS, chatter, BG_RATE)


def _broadcast_plan() -> Plan:
    """A broadcast to BROADCAST members; crisis messages from members spread among them."""
    everyone = [MEMBER_BASE + 1 + i for i in range(max(BROADCAST, BROADCAST_CRISES))]
    step = len(everyone) / max(1, BROADCAST_CRISES)
    crisis = [everyone[int(i * step)] for i in range(BROADCAST_CRISES)]
    return Plan("broadcast", crisis, BROADCAST_SECONDS, broadcast=everyone[:BROADCAST])


def _flood_plan() -> Plan:
    """A stranger floods a group with slow-to-check long texts; members write crisis messages."""
    crisis = [MEMBER_BASE + 1 + i for i in range(FLOOD_CRISES)]
    return Plan(
        "flood", crisis, FLOOD_SECONDS, [STRANGER], FLOOD_RATE, chatter_texts=FLOOD,
        chatter_in_group=True,
    )  # fmt: skip


_PLANS: dict[str, Callable[[], Plan]] = {
    "idle": _idle_plan,
    "background": _background_plan,
    "broadcast": _broadcast_plan,
    "flood": _flood_plan,
}


def run_scenario(plan: Plan) -> Outcome:
    """Seed, start the bot, inject the plan, wait for the alerts, read the figures, stop."""
    began = time.monotonic()
    warm = MEMBER_BASE
    chatty = [] if plan.chatter_in_group else plan.chatter_members
    members = sorted({warm, *plan.crisis_members, *chatty, *plan.broadcast})
    with tempfile.TemporaryDirectory() as tmp, Emulator(token=TOKEN) as emulator:
        emulator.enable_flood_limits()
        bot = BotProcess(emulator, Path(tmp) / "bot", extra_env=dict(BOT_ENV))
        world = seed(emulator, bot.database, members, GROUPS, plan.broadcast)
        if plan.chatter_in_group:
            for stranger in plan.chatter_members:
                emulator.add_user("Stranger", stranger)
        log = CallLog(set(world.facilitators), emulator.mark().call_index)
        bot.start(timeout=60)
        started = time.monotonic()
        try:
            _warm_up(emulator, warm)
            sent, updates, chatter = _inject(emulator, plan)
            deadline = max(sent.values()) + LOST_AFTER
            log.wait_for(emulator, len(sent), deadline - time.monotonic())
            finished = time.monotonic()
            # The member's reply is queued just after the alert: let it out before stopping.
            log.wait_for_replies(emulator, sent, min(5.0, deadline - time.monotonic()))
            lines = _stored(plan, bot, list(updates.values()))
        finally:
            _stop(bot)
        log.refresh(emulator)  # also the crisis replies that came after the last alert
        total_429 = emulator.count_responses(429)
    latencies = [_latency(log, member, at) for member, at in sent.items()]
    lines += _lost_lines(log, sent, latencies)
    lines += _observed(plan, world, log, sent, chatter, started, finished)
    lines.append(f"429s answered: {total_429} in all, {log.alert_429s} of them for alerts")
    for chat, error in log.other_429s[:5]:
        lines.append(f"  429 for a send to {_who(plan, chat)} {chat}: {error}")
    return Outcome(plan.name, latencies, lines, log.alert_429s, time.monotonic() - began)


def _warm_up(emulator: Emulator, member: int) -> None:
    """One ordinary message and its answer before measuring."""
    mark = emulator.mark()
    emulator.inject_message(member, "hello")
    emulator.wait_for_messages(member, since=mark, timeout=60)


def _inject(emulator: Emulator, plan: Plan) -> tuple[dict[int, float], dict[int, int], list[float]]:
    """Inject chatter and crisis messages on schedule.

    Return each crisis sender's injection time and update id, and the chatter's times.
    """
    events: list[tuple[float, int, str, bool]] = []
    count = len(plan.crisis_members)
    for i, member in enumerate(plan.crisis_members):
        events.append(((i + 0.5) * plan.crisis_seconds / count, member, CRISIS_TEXT, True))
    texts = plan.chatter_texts or CHATTER
    if plan.chatter_rate > 0:
        for k in range(int(plan.chatter_rate * plan.crisis_seconds)):
            member = plan.chatter_members[k % len(plan.chatter_members)]
            events.append((k / plan.chatter_rate, member, texts[k % len(texts)], False))
    events.sort(key=lambda event: event[0])
    sent: dict[int, float] = {}
    updates: dict[int, int] = {}
    chatter: list[float] = []
    start = time.monotonic()
    for offset, member, text, crisis in events:
        delay = start + offset - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        at = time.monotonic()
        group = GROUP_BASE if plan.chatter_in_group and not crisis else None
        emulator.inject_message(member, text, group)
        if crisis:
            sent[member] = at
            updates[member] = emulator.injected_update_ids[-1]  # only this thread injects
        else:
            chatter.append(at)
    return sent, updates, chatter


def _who(plan: Plan, chat: int) -> str:
    """Name the kind of member a chat belongs to, for the 429 lines."""
    if chat in plan.crisis_members:
        return "crisis member"
    if chat in plan.chatter_members:
        return "chatter member"
    return "broadcast member" if chat in plan.broadcast else "member"


def _lost_lines(log: CallLog, sent: dict[int, float], latencies: list[float]) -> list[str]:
    """For lost alerts: those within the limit, the late ones, the ones never seen."""
    lost = [member for member, value in zip(sent, latencies, strict=True) if math.isinf(value)]
    if not lost:
        return []
    kept = sorted(value for value in latencies if not math.isinf(value))
    late = sorted(log.alerts[m].monotonic - sent[m] for m in lost if m in log.alerts)
    shown = f"p50 {_ms(_pct(kept, 0.5))}, max {_ms(kept[-1])}" if kept else "none"
    came = f", the slowest after {late[-1]:.0f} s" if late else ""
    return [
        f"alerts within {LOST_AFTER:.0f} s: {len(kept)} ({shown}); lost: {len(late)} came late"
        f"{came}, {len(lost) - len(late)} not sent before the bot was stopped"
    ]


def _latency(log: CallLog, member: int, sent_at: float) -> float:
    """Seconds from injection to the alert; infinity when lost (none within LOST_AFTER)."""
    call = log.alerts.get(member)
    if call is None or call.monotonic - sent_at > LOST_AFTER:
        return math.inf
    return call.monotonic - sent_at


def _stored(plan: Plan, bot: BotProcess, updates: list[int]) -> list[str]:
    """What the bot's database says at the end: inbox waits and backlog, broadcast left."""
    lines: list[str] = []
    marks = ",".join("?" * len(updates))
    rows = read_db(
        bot.database,
        f"SELECT received_at, processed_at FROM inbox WHERE update_id IN ({marks})",
        updates,
    )
    waits = sorted(
        (_parse(str(done)) - _parse(str(got))).total_seconds()
        for got, done in rows
        if done is not None
    )
    if waits:
        lines.append(
            "crisis update in the bot's inbox (received -> processed, 1-s resolution): "
            f"median {_pct(waits, 0.5):.0f} s, max {waits[-1]:.0f} s; "
            f"{len(updates) - len(waits)} of {len(updates)} not processed by the end"
        )
    pending = read_db(bot.database, "SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL")
    lines.append(f"updates waiting in the bot's inbox at the end: {pending[0][0]}")
    if plan.broadcast:
        left = read_db(
            bot.database, "SELECT COUNT(*) FROM outbox WHERE priority = 3 AND sent_at IS NULL"
        )
        lines.append(f"broadcast rows not yet recorded as sent at the end: {left[0][0]}")
    return lines


def _observed(
    plan: Plan,
    world: World,
    log: CallLog,
    sent: dict[int, float],
    chatter: list[float],
    started: float,
    finished: float,
) -> list[str]:
    """What the emulator saw: the member's crisis reply, chatter, broadcast, all sends."""
    lines: list[str] = []
    replies = [log.first_reply(m, at) for m, at in sent.items()]
    reply_waits = sorted(r - at for r, at in zip(replies, sent.values(), strict=True) if r)
    if reply_waits:
        lines.append(
            "crisis reply to the member (queued just after the alert, same lane): "
            f"p50 {_ms(_pct(reply_waits, 0.5))}, max {_ms(reply_waits[-1])} "
            f"(n={len(reply_waits)} of {len(sent)})"
        )
    ahead = _sent_ahead(log, sent, set(plan.crisis_members))
    if ahead:
        lines.append(
            "sends to other members between a crisis message and its alert: "
            f"median {ahead[len(ahead) // 2]}, max {ahead[-1]}"
        )
    if plan.chatter_in_group:
        lines.append(f"long messages from a stranger in a group: {len(chatter)} injected")
    elif plan.chatter_members:
        lines.extend(_chatter_lines(plan, log, sent, chatter, finished))
    if plan.broadcast:
        lines.extend(_broadcast_lines(plan, log, sent, started, finished))
    first = min(sent.values())
    between = [at for at, _chat, _kind in log.sends if first <= at <= finished]
    lines.append(
        f"sends to members while measuring: {len(between)} in {finished - first:.0f} s "
        f"({len(between) / max(1e-9, finished - first):.1f}/s); {len(world.groups)} facilitators"
    )
    return lines


def _sent_ahead(log: CallLog, sent: dict[int, float], crisis: set[int]) -> list[int]:
    """For each alert that came: how many other sends the emulator got while it was due."""
    times = [at for at, chat, _kind in log.sends if chat not in crisis]
    counts = [
        bisect.bisect_left(times, log.alerts[member].monotonic) - bisect.bisect_right(times, at)
        for member, at in sent.items()
        if member in log.alerts
    ]
    return sorted(counts)


def _chatter_lines(
    plan: Plan, log: CallLog, sent: dict[int, float], chatter: list[float], finished: float
) -> list[str]:
    """Chatter answered per second, and how much chatter was unanswered at each crisis."""
    members = set(plan.chatter_members)
    answered = sorted(at for at, chat, kind in log.sends if chat in members and kind == "reply")
    in_time = [at for at in answered if at <= finished]
    span = max(1e-9, finished - chatter[0]) if chatter else 1.0
    backlog = [
        bisect.bisect_left(chatter, at) - bisect.bisect_left(answered, at) for at in sent.values()
    ]
    return [
        f"chatter: {len(chatter)} injected at {plan.chatter_rate:.0f}/s; {len(in_time)} answered"
        f" while measuring ({len(in_time) / span:.1f}/s)",
        "chatter injected but not yet answered when a crisis message came in: "
        f"first {backlog[0]}, median {sorted(backlog)[len(backlog) // 2]}, last {backlog[-1]}",
    ]


def _broadcast_lines(
    plan: Plan, log: CallLog, sent: dict[int, float], started: float, finished: float
) -> list[str]:
    """Broadcast messages delivered while measuring, and their rate."""
    out = [at for at, _chat, kind in log.sends if kind == "broadcast" and at <= finished]
    first, last = min(sent.values()), max(sent.values())
    window = [at for at in out if first <= at <= last]
    return [
        f"broadcast: {len(out)} of {len(plan.broadcast)} delivered from the start to the last"
        f" alert ({len(out) / max(1e-9, finished - started):.1f}/s); {len(window)} while crisis"
        f" messages came in ({len(window) / max(1e-9, last - first):.1f}/s)"
    ]


def _parse(stamp: str) -> datetime:
    """Parse the bot's ISO UTC timestamps."""
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")


def _stop(bot: BotProcess) -> None:
    """Stop the bot cleanly, or kill it when it does not stop in time."""
    try:
        bot.stop(timeout=30)
    except subprocess.TimeoutExpired:
        bot.kill()


def _pct(values: list[float], q: float) -> float:
    """The q-quantile of sorted values, taken as the delivery benchmark does."""
    if q == 0.5:
        return values[len(values) // 2]
    return values[max(0, int(len(values) * q) - 1)]


def _ms(seconds: float) -> str:
    """Format seconds as milliseconds, or as lost."""
    return "lost" if math.isinf(seconds) else f"{seconds * 1000:,.0f} ms"


def _summary(outcomes: list[Outcome]) -> None:
    """Print each scenario's details and the table with ratios to the idle p99."""
    idle = next((o for o in outcomes if o.name == "idle"), None)
    idle_p99 = _pct(sorted(idle.latencies), 0.99) if idle else math.nan
    ok = True
    for outcome in outcomes:
        values = sorted(outcome.latencies)
        p50, p99, worst = _pct(values, 0.5), _pct(values, 0.99), values[-1]
        lost = sum(1 for v in values if math.isinf(v))
        ratio = f"{p99 / idle_p99:.1f}x" if not math.isinf(p99) else "- (alerts lost)"
        ratio_text = "" if outcome is idle else f", p99/idle p99 {ratio}"
        print(
            f"{outcome.name}: n={len(values)} p50 {_ms(p50)}, p99 {_ms(p99)}, max {_ms(worst)}, "
            f"lost {lost}{ratio_text} ({outcome.wall:.0f} s)"
        )
        for line in outcome.lines:
            print(f"  {line}")
        ok = ok and p99 <= TARGET_P99 and lost == 0 and outcome.alert_429s == 0
    print("target (p99 <= 1 s, no alert lost, no 429 for an alert):", "MET" if ok else "NOT MET")


if __name__ == "__main__":
    sys.exit(main())
