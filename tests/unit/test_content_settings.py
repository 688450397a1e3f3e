"""content/settings.toml: shipped file valid, every error located."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import load_content_settings
from bot.i18n import ContentError

CONTENT = Path(__file__).resolve().parents[2] / "content"


def test_shipped_settings_load() -> None:
    """The shipped list offers time zones in both languages."""
    content = load_content_settings(CONTENT)
    assert "Europe/Madrid" in content.timezones_for("es")
    assert content.timezones_for("en")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("[timezones]\nen = ['Nowhere/Land']\n", "unknown time zone 'Nowhere/Land'"),
        ("[timezones]\nxx = ['UTC']\n", "unknown language"),
        ("[timezones]\nen = 'UTC'\n", "must be a list"),
        ("timezones = 3\n", "a [timezones] table is needed"),
        ("[timezones\n", "settings.toml"),
    ],
)
def test_errors_name_file_and_entry(tmp_path: Path, body: str, problem: str) -> None:
    """Each kind of mistake gives a ContentError naming the file and the problem."""
    (tmp_path / "settings.toml").write_text(body, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content_settings(tmp_path)
    assert problem in str(caught.value)
    assert "settings.toml" in str(caught.value)
