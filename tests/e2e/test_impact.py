"""`peerbot impact` end to end: the real CLI over a seeded database hides every figure built on
fewer than 5 people, in each period, in the changes between them, and in "all groups" less the
shown groups."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from bench.impact_world import SMALL_GROUP, TITLES, seed
from bot.impact.export import ALL_GROUPS
from bot.stats.models import Hidden
from tests.e2e.conftest import query_db
from tests.e2e.harness import ROOT

HIDDEN_WORDS = {hidden.value for hidden in Hidden}
# Count figures whose people this test counts itself, straight from the database.
PEOPLE_SQL = {
    "participation": "SELECT COUNT(DISTINCT gm.user_id) FROM group_members gm JOIN groups g"
    " ON g.chat_id = gm.chat_id JOIN member_activity a ON a.user_id = gm.user_id"
    " WHERE g.title = ? AND a.day BETWEEN ? AND ? AND gm.joined_at < ?",
    "new_members": "SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.chat_id = gm.chat_id"
    " WHERE g.title = ? AND substr(gm.joined_at, 1, 10) BETWEEN ? AND ? AND gm.joined_at < ?",
    "attendance_yes": "SELECT COUNT(DISTINCT r.user_id) FROM meeting_rsvps r JOIN meetings m"
    " ON m.id = r.meeting_id JOIN groups g ON g.chat_id = m.group_id WHERE g.title = ?"
    " AND r.answer = 'yes' AND r.original_date BETWEEN ? AND ? AND ? != ''",
    "crisis_flags": "SELECT COUNT(DISTINCT f.member_id) FROM flags f JOIN flag_groups fg"
    " ON fg.flag_id = f.id JOIN groups g ON g.chat_id = fg.group_id WHERE g.title = ?"
    " AND substr(f.raised_at, 1, 10) BETWEEN ? AND ? AND ? != ''",
}


def impact(database: Path, workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot impact ...` against the database, as on a server."""
    env = {key: os.environ[key] for key in ("PATH", "HOME") if key in os.environ}
    return subprocess.run(
        [sys.executable, "-m", "bot", "impact", *args],
        env={**env, "DATABASE_PATH": str(database), "PYTHONPATH": str(ROOT)},
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def people(database: Path, metric: str, title: str, first: date, last: date) -> int:
    """How many people a group's count figure is built on, counted here independently."""
    after = f"{(last + timedelta(days=1)).isoformat()}T00:00:00Z"
    rows = query_db(
        database, PEOPLE_SQL[metric], (title, first.isoformat(), last.isoformat(), after)
    )
    return int(str(rows[0][0]))


def shown(value: str) -> bool:
    """Whether a CSV value is a figure (not hidden, not empty)."""
    return value != "" and value not in HIDDEN_WORDS


def test_the_report_hides_every_figure_below_5_people_also_when_two_periods_are_compared(
    tmp_path: Path,
) -> None:
    """A year of 5 groups (one new with 3 members) compared with the year before: no shown
    figure rests on 1 to 4 people, the new group shows nothing, every change with a hidden side
    is hidden, and "all groups" less the shown groups is 0 or 5+ people."""
    end = date.today() - timedelta(days=1)
    database = tmp_path / "impact.sqlite3"
    seed(database, members=300, end=end)
    period = (end - timedelta(days=364), end)
    earlier = (period[0] - timedelta(days=365), period[0] - timedelta(days=1))
    out = tmp_path / "report.csv"
    done = impact(
        database, tmp_path, "--from", period[0].isoformat(), "--to", period[1].isoformat(),
        "--compare-from", earlier[0].isoformat(), "--compare-to", earlier[1].isoformat(),
        "--format", "csv", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    methods = (tmp_path / "report-methods.txt").read_text(encoding="utf-8")
    assert "fewer than 5" in methods
    assert {row["group"] for row in rows} == {ALL_GROUPS, *TITLES}
    small = [row for row in rows if row["group"] == TITLES[-1]]
    assert SMALL_GROUP < 5
    assert all(not shown(row["value"]) for row in small), small
    for row in rows:
        if not shown(row["value"]) or not shown(row["earlier_value"]):
            assert not shown(row["change"]), row
    for (first, last), column in ((period, "value"), (earlier, "earlier_value")):
        for metric in PEOPLE_SQL:
            by_group = {r["group"]: r[column] for r in rows if r["metric"] == metric}
            counted = {title: people(database, metric, title, first, last) for title in TITLES}
            for title in TITLES:
                if shown(by_group[title]):
                    assert counted[title] == 0 or counted[title] >= 5, (metric, title, counted)
            if shown(by_group[ALL_GROUPS]):
                behind = sum(counted[t] for t in TITLES if not shown(by_group[t]))
                assert behind == 0 or behind >= 5, (metric, by_group, counted)


def test_a_pdf_in_spanish_and_refusals_of_bad_periods(tmp_path: Path) -> None:
    """`--format pdf --lang es` writes a PDF; overlapping periods are refused with exit 2."""
    end = date.today() - timedelta(days=1)
    database = tmp_path / "impact.sqlite3"
    seed(database, members=60, end=end)
    out = tmp_path / "informe.pdf"
    start = (end - timedelta(days=90)).isoformat()
    done = impact(
        database, tmp_path, "--from", start, "--to", end.isoformat(), "--format", "pdf",
        "--out", str(out), "--lang", "es",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    overlapping = impact(
        database, tmp_path, "--from", start, "--to", end.isoformat(), "--compare-from", start,
        "--compare-to", end.isoformat(), "--format", "csv", "--out", str(tmp_path / "x.csv"),
    )  # fmt: skip
    assert overlapping.returncode == 2
    assert "overlap" in overlapping.stderr
