"""content/crisis_lines.toml: shipped file valid and bilingual, errors located, lookup, HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.crisis_lines import (
    CountryLines,
    CrisisLine,
    CrisisLines,
    Phone,
    hours_text,
    lines_text,
    load_crisis_lines,
)
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.formats.formatting import collation_key
from bot.i18n import ContentError

CONTENT = Path(__file__).resolve().parents[2] / "content"
LABELS = {"call": "llamada", "text": "SMS", "emergency": "Emergencias", "website": "Web"}

INT_ENTRY = """
[INT]
name_en = "International"
name_es = "Internacional"

[[INT.lines]]
name = "Find A Helpline"
description_en = "Helplines by country."
url = "https://findahelpline.com"
languages = ["en"]
"""

GOOD_ES = """
[ES]
name_en = "Spain"
name_es = "España"
emergency = "112"

[[ES.lines]]
name = "Teléfono de la Esperanza"
description_en = "Listening line."
phones = [{ number = "717 003 717", kind = "voice", hours = "24/7" }]
languages = ["es"]

[[ES.lines]]
name = "Línea 024"
description_en = "Suicide prevention line."
description_es = "Línea de atención a la conducta suicida."
phones = [{ number = "024", kind = "voice", hours = "24/7" }]
url = "https://www.sanidad.gob.es"
languages = ["es"]
"""


def _write(tmp_path: Path, body: str) -> Path:
    """Write a crisis_lines.toml into a temporary content folder and return the folder."""
    (tmp_path / "crisis_lines.toml").write_text(body, encoding="utf-8")
    return tmp_path


def _loaded(tmp_path: Path, body: str) -> CrisisLines:
    """Load a temporary file made of the INT entry and the given body."""
    return load_crisis_lines(_write(tmp_path, INT_ENTRY + body))


def test_shipped_file_loads() -> None:
    """The shipped file loads and holds every country of the starting set plus INT."""
    lines = load_crisis_lines(CONTENT)
    expected = {"US", "CA", "GB", "IE", "ES", "MX", "FR", "DE", "BR", "PT", "AR", "CO", "CL"}
    assert expected <= set(lines.countries)
    assert "INT" not in lines.countries
    assert lines.international.code == "INT"
    assert all(line.url and not line.phones for line in lines.international.lines)


def test_every_shipped_entry_has_english_and_spanish() -> None:
    """Every shipped country and line has an English and a Spanish name or description."""
    lines = load_crisis_lines(CONTENT)
    for code in (*lines.countries, "INT"):
        country = lines.for_country(code)
        assert country.code == code
        assert {"en", "es"} <= set(country.names), code
        assert country.lines or country.emergency, code
        for line in country.lines:
            assert {"en", "es"} <= set(line.descriptions), f"{code} {line.name}"


def test_shipped_numbers_are_the_checked_ones() -> None:
    """Key numbers match what was checked against the services' published numbers."""
    lines = load_crisis_lines(CONTENT)

    def numbers(code: str) -> set[tuple[str, str]]:
        """Return (number, kind) pairs of a country's lines."""
        return {(p.number, p.kind) for line in lines.for_country(code).lines for p in line.phones}

    assert {("988", "voice"), ("988", "text")} <= numbers("US")
    assert {("988", "voice"), ("988", "text")} <= numbers("CA")
    assert {("116 123", "voice"), ("85258", "text")} <= numbers("GB")
    assert {("116 123", "voice"), ("50808", "text")} <= numbers("IE")
    assert {("024", "voice"), ("717 003 717", "voice")} <= numbers("ES")
    assert ("800 911 2000", "voice") in numbers("MX")
    assert ("3114", "voice") in numbers("FR")
    assert {("0800 111 0 111", "voice"), ("0800 111 0 222", "voice")} <= numbers("DE")
    assert ("188", "voice") in numbers("BR")
    assert ("808 24 24 24", "voice") in numbers("PT")
    assert ("*4141", "voice") in numbers("CL")
    assert lines.for_country("ES").emergency == "112"
    assert lines.for_country("US").emergency == "911"


def test_missing_file_is_named(tmp_path: Path) -> None:
    """A missing file gives a ContentError naming it."""
    with pytest.raises(ContentError, match=r"crisis_lines\.toml: file is missing"):
        load_crisis_lines(tmp_path)


@pytest.mark.parametrize(
    ("body", "entry", "problem"),
    [
        pytest.param("[ES\n", "line 1", "", id="toml-syntax"),
        pytest.param(
            INT_ENTRY + '[es]\nname_en = "Spain"\nemergency = "112"\n',
            "[es]",
            "unknown entry",
            id="lower-case-code",
        ),
        pytest.param(
            INT_ENTRY + '[ESP]\nname_en = "Spain"\nemergency = "112"\n',
            "[ESP]",
            "unknown entry",
            id="three-letter-code",
        ),
        pytest.param(GOOD_ES, "[INT]", "is needed", id="missing-int"),
    ],
)
def test_file_level_errors_name_file_and_entry(
    tmp_path: Path, body: str, entry: str, problem: str
) -> None:
    """Syntax errors, unknown top-level keys and a missing INT are located."""
    with pytest.raises(ContentError) as caught:
        load_crisis_lines(_write(tmp_path, body))
    message = str(caught.value)
    assert "crisis_lines.toml" in message
    assert entry in message
    assert problem in message


@pytest.mark.parametrize(
    ("old", "new", "entry", "problem"),
    [
        pytest.param('name_en = "Spain"\n', "", "[ES]", "name_en", id="missing-country-name"),
        pytest.param(
            'name = "Teléfono de la Esperanza"',
            'name = "  "',
            "[ES] line 1",
            "name is missing or empty",
            id="empty-line-name",
        ),
        pytest.param(
            'kind = "voice", hours = "24/7" }]\nurl',
            'kind = "fax", hours = "24/7" }]\nurl',
            '[ES] line 2 "Línea 024": phone 1',
            'kind \'fax\' must be "voice" or "text"',
            id="bad-kind",
        ),
        pytest.param(
            'number = "024"',
            'number = "(024)"',
            '[ES] line 2 "Línea 024": phone 1',
            "may hold only digits, spaces and + * # -",
            id="bad-number",
        ),
        pytest.param(
            'number = "024"',
            'number = "+*"',
            '[ES] line 2 "Línea 024": phone 1',
            "may hold only digits",
            id="number-without-digits",
        ),
        pytest.param(
            'emergency = "112"',
            'emergency = "1l2"',
            "[ES]",
            "emergency '1l2'",
            id="bad-emergency",
        ),
        pytest.param(
            "https://www.sanidad.gob.es",
            "http://www.sanidad.gob.es",
            '[ES] line 2 "Línea 024"',
            "must be an https:// address",
            id="url-not-https",
        ),
        pytest.param(
            'languages = ["es"]\n\n[[ES.lines]]',
            'languages = ["spa"]\n\n[[ES.lines]]',
            '[ES] line 1 "Teléfono de la Esperanza"',
            "language 'spa' is not a two-letter",
            id="bad-language",
        ),
        pytest.param(
            'description_en = "Listening line."',
            'description_es = "Línea de escucha."',
            '[ES] line 1 "Teléfono de la Esperanza"',
            "description_en",
            id="no-english-description",
        ),
        pytest.param(
            'description_en = "Listening line."',
            'descripton_en = "Listening line."',
            '[ES] line 1 "Teléfono de la Esperanza"',
            "unknown field 'descripton_en'",
            id="misspelt-field",
        ),
        pytest.param(
            'hours = "24/7" }]\nlanguages',
            'hours = "" }]\nlanguages',
            '[ES] line 1 "Teléfono de la Esperanza": phone 1',
            "hours is missing",
            id="empty-hours",
        ),
        pytest.param(
            'phones = [{ number = "717 003 717", kind = "voice", hours = "24/7" }]',
            "phones = []",
            '[ES] line 1 "Teléfono de la Esperanza"',
            "needs at least one phone or a url",
            id="unreachable-line",
        ),
    ],
)
def test_entry_errors_name_file_entry_and_problem(
    tmp_path: Path, old: str, new: str, entry: str, problem: str
) -> None:
    """Each kind of mistake in a country gives a ContentError naming file, entry and problem."""
    assert old in GOOD_ES
    with pytest.raises(ContentError) as caught:
        _loaded(tmp_path, GOOD_ES.replace(old, new, 1))
    message = str(caught.value)
    assert "crisis_lines.toml" in message
    assert entry in message
    assert problem in message


def test_country_without_lines_or_emergency_is_refused(tmp_path: Path) -> None:
    """A country with neither lines nor an emergency number is an error."""
    with pytest.raises(ContentError) as caught:
        _loaded(tmp_path, '[ES]\nname_en = "Spain"\nname_es = "España"\n')
    assert "crisis_lines.toml: [ES]: has no lines and no emergency number" in str(caught.value)


def test_country_with_only_an_emergency_number_loads(tmp_path: Path) -> None:
    """An emergency number alone is enough for a country."""
    lines = _loaded(tmp_path, '[JP]\nname_en = "Japan"\nemergency = "119"\n')
    assert lines.for_country("JP").emergency == "119"
    assert lines.for_country("JP").lines == ()


def test_lookup_by_country() -> None:
    """Codes match in any case; unknown codes and None give the INT entry."""
    lines = load_crisis_lines(CONTENT)
    assert lines.for_country("ES").code == "ES"
    assert lines.for_country(" es ").code == "ES"
    assert lines.for_country("ZZ").code == "INT"
    assert lines.for_country(None).code == "INT"
    assert lines.for_country("").code == "INT"


@pytest.mark.parametrize(
    ("zone", "country"),
    [
        ("Europe/Madrid", "ES"),
        ("America/New_York", "US"),
        ("Europe/London", "GB"),
        ("America/Mexico_City", "MX"),
        ("America/Argentina/Buenos_Aires", "AR"),
        ("US/Eastern", "US"),
        ("europe/madrid", "ES"),
        ("Asia/Tokyo", "JP"),
        ("UTC", None),
        ("CET", None),
        ("Etc/GMT-1", None),
        ("Portugal", "PT"),
        ("Nowhere/Land", None),
        ("", None),
        (None, None),
    ],
)
def test_country_for_timezone(zone: str | None, country: str | None) -> None:
    """IANA zones map to their zone.tab country; aliases resolve; UTC and unknown give None."""
    assert load_crisis_lines(CONTENT).country_for_timezone(zone) == country


def test_lookup_by_timezone() -> None:
    """A zone gives its country's entry, or INT when the zone or its country is not listed."""
    lines = load_crisis_lines(CONTENT)
    assert lines.for_timezone("Europe/Madrid").code == "ES"
    assert lines.for_timezone("America/Toronto").code == "CA"
    assert lines.for_timezone("Nowhere/Land").code == "INT"
    assert lines.for_timezone(None).code == "INT"
    assert lines.for_timezone("Asia/Tokyo").code == "INT"


def test_names_come_from_cldr_and_descriptions_fall_back_to_english(tmp_path: Path) -> None:
    """Country names are CLDR's in every language; a missing description is the English one."""
    spain = _loaded(tmp_path, GOOD_ES).for_country("ES")
    assert spain.name("es") == "España"
    assert spain.name("fr") == "Espagne"
    assert spain.name("de") == "Spanien"
    assert spain.lines[0].description("es") == "Listening line."
    assert spain.lines[1].description("es") == "Línea de atención a la conducta suicida."


def test_rendering_shows_lines_numbers_and_emergency_last() -> None:
    """The shipped Spanish entry renders names in bold, each phone, the url and 112 last."""
    text = lines_text(load_crisis_lines(CONTENT).for_country("ES"), "es", LABELS)
    assert "<b>Línea 024</b>" in text
    assert "024 — llamada, 24/7" in text
    assert "717 003 717 — llamada, 24/7" in text
    assert "Web: https://telefonodelaesperanza.org" in text
    assert "conducta suicida" in text
    assert text.endswith("Emergencias: 112")


def test_rendering_marks_text_lines() -> None:
    """A text-message phone is labelled with the text word."""
    text = lines_text(load_crisis_lines(CONTENT).for_country("GB"), "en", LABELS)
    assert "85258 — SMS, 24/7" in text
    assert "116 123 — llamada, 24/7" in text
    assert text.endswith("Emergencias: 999")


def test_rendering_escapes_html_in_data_fields(tmp_path: Path) -> None:
    """Markup in a data field is escaped, never passed through as HTML."""
    body = GOOD_ES.replace(
        'description_en = "Listening line."',
        'description_en = "<b>Call</b> us & <a href=\\"x\\">tap</a>"',
    ).replace('name = "Línea 024"', 'name = "Línea <i>024</i>"')
    text = lines_text(_loaded(tmp_path, body).for_country("ES"), "en", LABELS)
    assert "&lt;b&gt;Call&lt;/b&gt; us &amp; &lt;a href=&quot;x&quot;&gt;tap&lt;/a&gt;" in text
    assert "<b>Línea &lt;i&gt;024&lt;/i&gt;</b>" in text
    assert "<i>" not in text
    assert "<a " not in text
    assert "717 003 717" in text


def test_rendering_escapes_hand_built_entries() -> None:
    """Entries built in code are escaped the same way, and default labels fill gaps."""
    line = CrisisLine(
        name="A&B",
        descriptions={"en": "1 < 2"},
        phones=(Phone("116 123", "voice", "<24/7>"),),
        url="https://example.org/?a=1&b=2",
        languages=("en",),
    )
    country = CountryLines("XX", {"en": "Nowhere"}, "112", (line,))
    text = lines_text(country, "en", {})
    assert "<b>A&amp;B</b>" in text
    assert "1 &lt; 2" in text
    assert "116 123 — call, &lt;24/7&gt;" in text
    assert "Website: https://example.org/?a=1&amp;b=2" in text
    assert text.endswith("Emergency: 112")


def test_international_entry_renders_without_emergency() -> None:
    """INT has directories only: urls rendered, no emergency line."""
    text = lines_text(load_crisis_lines(CONTENT).international, "en", {})
    assert "https://findahelpline.com" in text
    assert "https://www.iasp.info/crisis-centres-helplines/" in text
    assert "Emergency" not in text


def test_crisis_lines_needs_an_international_entry() -> None:
    """Building CrisisLines by hand without INT is a programming error."""
    with pytest.raises(ValueError, match="INT"):
        CrisisLines({})


def test_countries_sort_by_their_names_in_the_readers_language() -> None:
    """The country buttons follow the reader's alphabet: Deutschland before Spanien in German."""
    lines = load_crisis_lines(CONTENT)
    for language in ("en", "es", "de"):
        names = [
            lines.for_country(code).name(language) for code in lines.countries_by_name(language)
        ]
        assert names == sorted(names, key=collation_key(language))
    german = lines.countries_by_name("de")
    assert german.index("DE") < german.index("ES")
    assert lines.countries_by_name("es").index("DE") < lines.countries_by_name("es").index("BR")


def test_every_crisis_line_is_described_in_every_interface_language() -> None:
    """A member in crisis reads each line's description in their own language, never English."""
    lines = load_crisis_lines(CONTENT)
    for code in (*lines.countries, lines.international.code):
        for line in lines.for_country(code).lines:
            for language in SUPPORTED_LANGUAGES:
                assert line.descriptions.get(language), (code, line.name, language)


@pytest.mark.parametrize(
    ("hours", "language", "country", "expected"),
    [
        ("Mon-Sat 14:00-20:00", "de", "DE", "Mo.–Sa. 14:00–20:00"),
        ("Mon-Sat 14:00-20:00", "fr", "FR", "lun.–sam. 14:00–20:00"),
        ("Mon-Sat 14:00-20:00", "en", "US", "Mon–Sat 2:00\u202fPM–8:00\u202fPM"),
        ("16:00-24:00", "es", "ES", "16:00–24:00"),
        ("Sun 10:00-12:00", "en", "GB", "Sun 10:00–12:00"),
        ("24/7", "pt", "BR", "24/7"),
    ],
)
def test_opening_hours_are_written_in_the_readers_language(
    hours: str, language: str, country: str, expected: str
) -> None:
    """Day names and times of a line's hours follow the reader's language and clock."""
    assert hours_text(hours, language, country) == expected


def test_hours_in_words_are_refused_with_the_accepted_forms(tmp_path: Path) -> None:
    """Hours the bot cannot translate ("Lun-Vie ...") are refused when the bot starts."""
    broken = GOOD_ES.replace('hours = "24/7"', 'hours = "Lun-Vie 09:00-17:00"', 1)
    with pytest.raises(ContentError, match="English day abbreviations"):
        _loaded(tmp_path, broken)
