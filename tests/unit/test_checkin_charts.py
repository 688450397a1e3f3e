"""Check-in charts: valid, phone-sized, non-blank PNGs, with or without data, in Spanish."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from bot.checkins.charts import ChartLabels, mood_chart, year_in_pixels

ROOT = Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
END = date(2026, 11, 20)
SPANISH = ChartLabels(
    title="Tu ánimo en los últimos días",
    moods=("Muy mal", "Mal", "Regular", "Bien", "Muy bien"),
    no_data="Aún no hay respuestas: ¡empieza hoy!",
    months=("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    weekdays=("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    no_answer="Sin respuesta",
)
ENGLISH = ChartLabels(
    title="Your mood",
    moods=("Awful", "Low", "Okay", "Good", "Great"),
    no_data="No check-ins yet",
    months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)


def series(days: int) -> list[tuple[date, int | None]]:
    """Return `days` points ending at END, cycling through moods with every 7th day open."""
    return [
        (END - timedelta(days=back), None if back % 7 == 3 else back % 5 + 1)
        for back in range(days)
    ][::-1]


def year(days: int = 365) -> dict[date, int]:
    """Return a mapping of answered days ending at END."""
    return {day: mood for day, mood in series(days) if mood is not None}


def check_png(data: bytes) -> Image.Image:
    """Assert the bytes are a phone-sized, non-blank PNG and return it opened."""
    assert data.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.format == "PNG"
    assert 1000 <= image.width <= 1300
    assert 300 <= image.height <= 1300
    colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None
    assert len(colours) > 2
    return image


@pytest.mark.parametrize("days", [0, 1, 7, 30, 90, 365])
def test_mood_chart_is_a_valid_png(days: int) -> None:
    """The mood chart renders as a 1080x720 PNG for no data, a few days, 90 days and a year."""
    image = check_png(mood_chart(series(days), SPANISH))
    assert image.size == (1080, 720)


def test_mood_chart_with_only_unanswered_days() -> None:
    """Points that are all unanswered render the no-data chart."""
    check_png(mood_chart([(END, None), (END - timedelta(days=1), None)], ENGLISH))


def test_mood_chart_accepts_unsorted_points_with_gaps() -> None:
    """Points out of order, with days absent, give the same chart as sorted ones."""
    points = [(END, 4), (END - timedelta(days=5), 2), (END - timedelta(days=2), 5)]
    assert mood_chart(points, ENGLISH) == mood_chart(sorted(points), ENGLISH)


@pytest.mark.parametrize("days", [0, 1, 90, 365, 400])
def test_year_in_pixels_is_a_valid_png(days: int) -> None:
    """The Year in Pixels renders as a PNG for no data, one day, 90 days and over a year."""
    image = check_png(year_in_pixels(year(days), END, SPANISH))
    assert image.size == (1080, 420)


def test_year_in_pixels_without_weekday_names() -> None:
    """Labels without weekday or no-answer words still render."""
    check_png(year_in_pixels(year(30), END, ENGLISH))


def test_year_in_pixels_uses_mood_colours() -> None:
    """A full year shows all five mood colours and the no-answer grey."""
    image = Image.open(io.BytesIO(year_in_pixels(year(), END, SPANISH))).convert("RGB")
    found = {colour for _, colour in image.getcolors(maxcolors=1 << 20) or []}
    wanted = {(0xD5, 0x5E, 0x00), (0xE6, 0x9F, 0x00), (0xF0, 0xE4, 0x42)}
    wanted |= {(0x56, 0xB4, 0xE9), (0x00, 0x72, 0xB2), (0xD9, 0xD9, 0xD9)}
    assert wanted <= found


def test_year_in_pixels_rejects_unknown_mood() -> None:
    """A mood outside 1..5 is refused."""
    with pytest.raises(ValueError, match="mood"):
        year_in_pixels({END: 9}, END, SPANISH)


def test_labels_need_twelve_months() -> None:
    """Chart labels without twelve month names are refused."""
    with pytest.raises(ValueError, match="12"):
        ChartLabels("t", ("1", "2", "3", "4", "5"), "none", ("Jan",))


def test_charts_are_reproducible() -> None:
    """The same input gives the same bytes."""
    assert mood_chart(series(30), SPANISH) == mood_chart(series(30), SPANISH)
    assert year_in_pixels(year(), END, SPANISH) == year_in_pixels(year(), END, SPANISH)


def test_importing_charts_does_not_import_matplotlib() -> None:
    """matplotlib is loaded only when a chart is drawn."""
    code = "import sys, bot.checkins.charts; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.stdout.strip() == "False"
