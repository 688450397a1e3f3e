"""`peerbot stats export`: a group's figures as CSV on a temporary database, and its refusals."""

from __future__ import annotations

import asyncio
import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.domain.models import Group
from bot.storage.db import Database
from bot.storage.groups import GroupRepository

GROUP = -1_000_777


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with 'Leeds Circle' (6 members, 5 active today) and two groups called 'Twin'."""
    path = tmp_path / "bot.sqlite3"
    monkeypatch.setenv("DATABASE_PATH", str(path))
    now = datetime.now(UTC)
    stamp = (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")

    async def seed() -> None:
        """Store the groups, members, active days and one small group's flags."""
        db = Database(path)
        await db.open()
        groups = GroupRepository(db)
        for chat_id, title in ((GROUP, "Leeds Circle"), (-1, "Twin"), (-2, "Twin")):
            await groups.upsert(
                Group(chat_id, title, "supergroup", f"c{chat_id}", "UTC", "en", None, "m", stamp)
            )
        for user_id in range(1, 7):
            await db.write(
                "INSERT INTO members (user_id, first_name, language, timezone, consented_at,"
                " consent_version, created_at, updated_at) VALUES (?, 'M', 'en', 'UTC', ?, 1,"
                " ?, ?)",
                (user_id, stamp, stamp, stamp),
            )
            await db.write("INSERT INTO group_members VALUES (?, ?, ?)", (GROUP, user_id, stamp))
            if user_id < 6:
                await db.write(
                    "INSERT INTO member_activity VALUES (?, ?)", (user_id, now.date().isoformat())
                )
        for flag_id in (1, 2):
            await db.write(
                "INSERT INTO flags (id, member_id, tier, category, rules, raised_at,"
                " last_seen_at) VALUES (?, ?, 'high', 'c', '[]', ?, ?)",
                (flag_id, flag_id, stamp, stamp),
            )
            await db.write("INSERT INTO flag_groups VALUES (?, ?)", (flag_id, GROUP))
        await db.close()

    asyncio.run(seed())
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    """The exported rows as dictionaries."""
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_export_writes_one_row_per_metric(database: Path, tmp_path: Path) -> None:
    """By title: active 5, new 6, flags of 2 members hidden; group and period on every row."""
    out = tmp_path / "leeds.csv"
    since = (datetime.now(UTC).date() - timedelta(days=6)).isoformat()
    assert main(["stats", "export", "--group", "Leeds Circle", "--since", since, str(out)]) == 0
    rows = read_csv(out)
    values = {row["metric"]: row["value"] for row in rows}
    assert values["active_members"] == "5"
    assert values["new_members"] == "6"
    assert values["crisis_flags"] == "hidden: fewer than 5 people"
    assert values["checkins_on"] == "0"
    assert {(row["group"], row["period_start"]) for row in rows} == {("Leeds Circle", since)}
    assert {row["period_end"] for row in rows} == {datetime.now(UTC).date().isoformat()}
    by_id = tmp_path / "by_id.csv"
    assert main(["stats", "export", "--group", str(GROUP), "--since", since, str(by_id)]) == 0
    assert read_csv(by_id) == rows


@pytest.mark.parametrize(
    ("group", "since", "complaint"),
    [
        ("Nobody", "2026-01-01", "No group has the id or title 'Nobody'"),
        ("Twin", "2026-01-01", "Several groups are called 'Twin'"),
        ("Leeds Circle", "31/01/2026", "--since must be a date like 2026-01-31"),
        ("Leeds Circle", "2999-01-01", "is in the future"),
    ],
)
def test_export_refuses_unknown_ambiguous_groups_and_bad_dates(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    group: str,
    since: str,
    complaint: str,
) -> None:
    """A clear message on stderr, exit code 2 and no file written."""
    out = tmp_path / "x.csv"
    assert main(["stats", "export", "--group", group, "--since", since, str(out)]) == 2
    assert complaint in capsys.readouterr().err
    assert not out.exists()
