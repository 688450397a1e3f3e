"""The `crisis scan` and `crisis eval` commands, run in-process."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from bot.crisis.cli import register

ROOT = Path(__file__).resolve().parents[2]


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse argv with a fresh parser that has the crisis command registered."""
    parser = argparse.ArgumentParser(prog="peerbot")
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_scan_plain_and_json_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scan writes one JSON verdict per input line, in order, for text or JSON input."""
    lines = ["i want to die", '{"text": "good morning"}', "", '{"text": "kms"}']
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    args = parse(["crisis", "scan", "--content-dir", str(ROOT / "content")])
    assert args.func(args) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o["flagged"] for o in out] == [True, False, False, True]
    assert out[0]["tier"] == "high"
    assert out[0]["category"] == "ideation"
    assert out[0]["rules"][0] == "en.ideation.want_die"
    assert out[0]["spans"][0] == [2, 13]
    assert "rules" in out[0]["layers"]
    assert out[1] == {
        "flagged": False,
        "tier": None,
        "category": None,
        "rules": [],
        "spans": [],
        "layers": [],
        "score": None,
    }


def test_scan_default_content_dir(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--content-dir defaults to the project's content/ folder, from any working directory."""
    monkeypatch.chdir(Path("/"))
    monkeypatch.delenv("CONTENT_DIR", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("hello\n"))
    args = parse(["crisis", "scan"])
    assert args.content_dir == ROOT / "content"
    assert args.func(args) == 0
    assert json.loads(capsys.readouterr().out)["flagged"] is False


def test_eval_reports_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Eval prints recall, false-positive rate, breakdowns and the ids of mistakes."""
    rows = [
        {
            "id": "a",
            "text": "i want to die",
            "label": "crisis",
            "tier": "direct",
            "lang": "en",
            "why": "",
        },
        {
            "id": "b",
            "text": "lovely weather",
            "label": "crisis",
            "tier": "direct",
            "lang": "en",
            "why": "",
        },
        {
            "id": "c",
            "text": "this traffic is killing me",
            "label": "none",
            "tier": "idiom",
            "lang": "en",
            "why": "",
        },
        {
            "id": "d",
            "text": "je veux mourir",
            "label": "none",
            "tier": "odd",
            "lang": "fr",
            "why": "",
        },
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    args = parse(["crisis", "eval", str(path), "--ids", "--content-dir", str(ROOT / "content")])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert [x for x in out.splitlines() if x[:3] == "== "] == ["== rules", "== model", "== union"]
    out = out.split("== model")[0]
    assert "recall on crisis: 0.500 (1/2)" in out
    assert "false-positive rate on none: 0.500 (1/2)" in out
    assert "missed crisis ids (1): b" in out
    assert "false-positive ids (1): d" in out
    assert "direct" in out
    assert "fr" in out


def test_eval_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed labelled file gives exit code 2 and a message naming the line."""
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    args = parse(["crisis", "eval", str(path), "--content-dir", str(ROOT / "content")])
    assert args.func(args) == 2
    assert "bad.jsonl:1" in capsys.readouterr().err


def test_broken_lexicon_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken lexicon makes scan exit with 2 and name the file."""
    (tmp_path / "xx.toml").write_text("language = 'xx'\n[[rule]]\nid = 'a'\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("hi\n"))
    args = parse(["crisis", "scan", "--content-dir", str(tmp_path)])
    assert args.func(args) == 2
    assert "xx.toml" in capsys.readouterr().err
