"""The programme report's benchmark at a tiny scale: it seeds, measures and writes a page."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import bench_impact

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_the_bench_runs_at_a_tiny_scale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """60 members, one run: every figure line is printed and the page is a PNG."""
    page = tmp_path / "page.png"
    assert bench_impact.main(["--members", "60", "--runs", "1", "--page", str(page)]) == 0
    printed = capsys.readouterr().out
    for line in ("seeded 60 members", "baseline /stats", "report figures", "CSV:", "PDF (", "RSS"):
        assert line in printed
    assert page.read_bytes().startswith(PNG_SIGNATURE)
