"""Smoke tests of the throughput benchmark's harness (the benchmark itself is not run here)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import machine
from bench.api_double import _named, _params
from bench.throughput_procs import Double, start_client

MEMBERS = [7_900_000_000 + i for i in range(20)]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Double, subprocess.Popen[bytes]]]:
    """The Bot API double in its own process, with the thinnest client polling it."""
    double, client = start_client(tmp_path)
    yield double, client
    client.terminate()
    client.wait(10)
    double.close()


def test_double_counts_every_reply_of_a_burst(
    served: tuple[Double, subprocess.Popen[bytes]],
) -> None:
    """A burst is timed until every text got its reply, from the double's own process."""
    double, client = served
    answer = double.ask(cmd="burst", members=MEMBERS, n=300, timeout=30)
    assert answer["ok"]
    assert answer["replies"] == 300
    assert answer["rate"] > 0
    assert double.process.pid != client.pid


def test_paced_run_matches_replies_and_drains(
    served: tuple[Double, subprocess.Popen[bytes]],
) -> None:
    """A paced run gives one latency per text and ends with nothing left unanswered."""
    double, _ = served
    answer = double.ask(cmd="paced", members=MEMBERS, rate=200, seconds=0.5, timeout=30)
    assert answer["ok"]
    assert len(answer["latencies"]) == answer["texts"] == 100
    assert all(0 <= value < 30 for value in answer["latencies"])


def test_form_and_json_bodies_are_read() -> None:
    """PTB's form fields (JSON-encoded values) and JSON bodies both give the parameters."""
    assert _params(b"chat_id=42&text=hi+there", form=True) == {"chat_id": 42, "text": "hi there"}
    assert _params(b'{"chat_id": 42}', form=False) == {"chat_id": 42}


def test_alert_names_the_member_of_its_profile_link() -> None:
    """An alert is matched to its crisis text by the profile link's user id."""
    assert _named('<a href="tg://user?id=7900000205">Sam</a>') == 7_900_000_205
    assert _named("tg://user?id=") == 0


def test_a_loaded_machine_is_flagged() -> None:
    """A high load, or other processes' CPU during a measurement, flags the run."""
    assert machine.verdict(0.1, [0.02]).startswith("quiet")
    assert machine.verdict(2.0, [0.02]).startswith("LOADED")
    assert machine.verdict(0.1, [0.3]).startswith("LOADED")
    before = machine.CpuSample(busy=100, total=400, ours=50)
    after = machine.CpuSample(busy=300, total=800, ours=150)
    assert machine.foreign_share(before, after) == pytest.approx(0.25)
