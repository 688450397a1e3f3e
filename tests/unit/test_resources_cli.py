"""`peerbot resources import|list`: an HSDS export is reported, stored once, and counted."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
from pathlib import Path

import pytest

from bot.resources.cli import register
from bot.storage.db import Database
from bot.storage.resources import ResourceRepository

DATA = Path(__file__).resolve().parents[1] / "data" / "hsds"


def run(*argv: str) -> int:
    """Parse `peerbot resources ...` with the module's own parser and run it."""
    parser = argparse.ArgumentParser(prog="peerbot")
    register(parser.add_subparsers())
    args = parser.parse_args(["resources", *argv])
    code: int = args.func(args)
    return code


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point DATABASE_PATH at a fresh location (not created yet)."""
    path = tmp_path / "bot.sqlite3"
    monkeypatch.setenv("DATABASE_PATH", str(path))
    return path


def test_dry_run_reports_without_creating_a_database(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--dry-run prints the report and writes nothing, not even an empty database; something
    rejected makes the exit code 2, as for every import command."""
    assert run("import", str(DATA / "services.json"), "--dry-run") == 2
    out = capsys.readouterr().out
    assert "14 records: 3 new, 0 changed, 0 unchanged, 11 rejected." in out
    assert "  svc-6: bad email 'not-an-email'" in out
    assert "Dry run: nothing was written" in out
    assert not database.exists()


def test_import_stores_then_finds_nothing_new(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A first import stores what it takes; the same file again changes nothing."""
    assert run("import", str(DATA / "services.json"), "--timezone", "Europe/London") == 2
    assert "Written: 3 added, 0 updated." in capsys.readouterr().out
    assert run("import", str(DATA / "services.json"), "--timezone", "Europe/London") == 2
    out = capsys.readouterr().out
    assert "14 records: 0 new, 0 changed, 3 unchanged, 11 rejected." in out
    assert "Nothing to write." in out
    assert run("import", str(DATA / "csv"), "--language", "es", "--dry-run") == 2
    assert "6 records: 2 new" in capsys.readouterr().out
    assert run("list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["source", "active", "retired"]
    assert lines[3].split() == ["import", "3", "0"]
    assert lines[4].split() == ["total", "3", "0"]


def test_an_imported_resource_edited_in_the_chat_is_not_overwritten(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """When a facilitator's resource holds an hsds- id, the record is rejected, not written."""
    assert run("import", str(DATA / "services.json")) == 2

    async def edit_in_chat() -> None:
        db = Database(database)
        await db.open()
        repo = ResourceRepository(db)
        stored = await repo.get("hsds-svc-2")
        assert stored is not None
        edited = dataclasses.replace(stored.resource, source="chat", names={"en": "Edited"})
        await repo.upsert(edited, 4242, "2026-11-22T10:00:00Z")
        await db.close()

    asyncio.run(edit_in_chat())
    capsys.readouterr()
    assert run("import", str(DATA / "services.json")) == 2
    out = capsys.readouterr().out
    assert "  svc-2: id held by a chat resource (edited there; not overwritten)" in out


def test_unreadable_file_exits_1(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing or broken file gets a one-line error and exit code 1."""
    assert run("import", str(DATA / "nope.json")) == 1
    assert "no such file" in capsys.readouterr().err
    assert run("import", str(DATA / "nope.json"), "--dry-run") == 1


def test_list_on_an_empty_database(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing stored yet is said in words."""
    assert run("list") == 0
    assert "No resources stored yet." in capsys.readouterr().out


@pytest.mark.parametrize(
    "option", [["--country", "Spain"], ["--language", "english"], ["--timezone", "Mars/Base"]]
)
def test_bad_options_are_refused(database: Path, option: list[str]) -> None:
    """Bad --country, --language or --timezone values stop argparse with exit code 2."""
    with pytest.raises(SystemExit) as stopped:
        run("import", str(DATA / "services.json"), *option)
    assert stopped.value.code == 2


def test_the_official_hsds2_sample_package_imports(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Open Referral's sample package: every active service is taken, the 3 inactive are not."""
    assert run("import", str(DATA / "hsds2_sample"), "--dry-run") == 2
    out = capsys.readouterr().out
    assert "13 records: 10 new, 0 changed, 0 unchanged, 3 rejected." in out


def test_the_content_folder_mapping_decides_categories(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A content folder's own hsds_categories.toml is used (not the built-in phrases)."""
    content = tmp_path / "content"
    (content / "resources").mkdir(parents=True)
    (content / "resources" / "categories.toml").write_text(
        '[food]\nen = "Food"\n\n[other]\nen = "Other services"\n', encoding="utf-8"
    )
    (content / "hsds_categories.toml").write_text('[food]\nterms = ["laundry"]\n', "utf-8")
    monkeypatch.setenv("CONTENT_DIR", str(content))
    (tmp_path / "one.json").write_text(
        '[{"id": "l1", "name": "Suds", "url": "https://suds.example.org",'
        ' "category": "Laundry"}, {"id": "l2", "name": "Soup", "url": "https://soup.example.org",'
        ' "category": "Food pantry"}]',
        encoding="utf-8",
    )
    assert run("import", str(tmp_path / "one.json")) == 0

    async def stored_categories() -> dict[str, tuple[str, ...]]:
        db = Database(database)
        await db.open()
        found = {s.resource.id: s.resource.categories for s in await ResourceRepository(db).all()}
        await db.close()
        return found

    assert asyncio.run(stored_categories()) == {"hsds-l1": ("food",), "hsds-l2": ("other",)}


def test_a_rejected_record_reports_every_problem(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record with no name, a bad country, a bad email and no way to reach it names all four
    problems."""
    export = tmp_path / "services.json"
    export.write_text('[{"id": "s1", "country": "Spain", "email": "help at example"}]')
    assert run("import", str(export), "--dry-run") == 2
    out = capsys.readouterr().out
    assert "s1: missing name; bad country 'SPAIN'" in out
    assert "(must be a two-letter ISO code or INT); bad email 'help at example'; no phone," in out
