"""content/resources/: shipped files valid, every validation error names file, entry, problem."""

from __future__ import annotations

import ast
from datetime import time
from pathlib import Path

import pytest

from bot.domain.language import SUPPORTED_LANGUAGES
from bot.i18n import ContentError
from bot.resources.loader import load_categories, load_resources
from bot.resources.models import Category, OpeningHours, Phone, Resource

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
EXPECTED_CATEGORIES = {
    "crisis",
    "mental_health",
    "peer_support",
    "housing",
    "food",
    "youth",
    "lgbtq",
    "substance_use",
    "violence_abuse",
    "online_communities",
    "other",
}

CATEGORIES = """
[crisis]
en = "Crisis lines"
es = "Líneas de crisis"
emoji = "🆘"

[housing]
en = "Housing"
es = "Vivienda"
"""

GOOD = """
[[resource]]
id = "ana-helpline"
name_en = "Ana Helpline"
name_es = "Línea Ana"
description_en = "Someone to talk to."
description_es = "Alguien con quien hablar."
categories = ["crisis"]
phones = [
  { number = "+34 900 000 000", kind = "voice", hours = "24/7" },
  { number = "12345", kind = "text" },
]
url = "https://example.org/help"
email = "help@example.org"
languages = ["es", "en"]
country = "ES"
region = "Comunidad de Madrid"
timezone = "Europe/Madrid"
hours = [
  { days = "mon-fri", opens = "09:00", closes = "17:00" },
  { days = "sat,sun", opens = "22:00", closes = "02:00" },
]
crisis = true
keywords_en = ["talk", "listening"]
keywords_es = ["hablar", "sin hogar"]
"""

# The smallest valid entry after a placeholder id; tests swap or add single fields.
MINIMAL = """
[[resource]]
id = "{id}"
name_en = "Some service"
description_en = "What it does."
categories = ["housing"]
url = "https://example.org"
country = "GB"
"""


def _content(tmp_path: Path, files: dict[str, str], categories: str = CATEGORIES) -> Path:
    """Write categories.toml and the given resource files into a temporary content folder."""
    folder = tmp_path / "resources"
    folder.mkdir()
    (folder / "categories.toml").write_text(categories, encoding="utf-8")
    for name, body in files.items():
        (folder / name).write_text(body, encoding="utf-8")
    return tmp_path


def _load(tmp_path: Path, files: dict[str, str]) -> list[Resource]:
    """Load resources from temporary files with the test categories."""
    content = _content(tmp_path, files)
    return load_resources(content, load_categories(content))


def _error(tmp_path: Path, body: str, name: str = "test.toml") -> str:
    """Load one temporary resource file that must fail; return the error message."""
    with pytest.raises(ContentError) as caught:
        _load(tmp_path, {name: body})
    return str(caught.value)


def _minimal(resource_id: str = "svc", extra: str = "", drop: str = "") -> str:
    """Return the minimal entry with an id, an extra field line, and a field line removed."""
    lines = [
        line
        for line in MINIMAL.format(id=resource_id).splitlines()
        if not (drop and line.startswith(f"{drop} ="))
    ]
    return "\n".join(lines) + "\n" + extra + "\n"


# --- the shipped files ---


def test_shipped_categories_load_in_order() -> None:
    """The shipped categories are the ten expected ones, each with English and Spanish labels."""
    categories = load_categories(CONTENT)
    assert set(categories) == EXPECTED_CATEGORIES
    assert next(iter(categories)) == "crisis"
    for category in categories.values():
        assert category.labels["en"]
        assert category.labels["es"]
        assert category.emoji


def test_shipped_resources_load() -> None:
    """The shipped resources load: a real starting set, unique ids, every category used.

    "other" is for imported services whose terms match no category; no shipped file uses it.
    """
    categories = load_categories(CONTENT)
    resources = load_resources(CONTENT, categories)
    assert 60 <= len(resources) <= 120
    assert len({resource.id for resource in resources}) == len(resources)
    used = {category for resource in resources for category in resource.categories}
    assert used == EXPECTED_CATEGORIES - {"other"}
    countries = {resource.country for resource in resources}
    assert {"INT", "US", "GB", "ES", "MX", "FR", "DE", "PT", "BR", "CH", "BE", "AT"} <= countries


def test_every_category_and_local_resource_reads_in_its_countrys_language() -> None:
    """Categories have a label in every interface language; a French, German or Portuguese
    country's resources are described in its language."""
    categories = load_categories(CONTENT)
    for category in categories.values():
        for language in SUPPORTED_LANGUAGES:
            assert category.labels.get(language), (category, language)
    local = {"FR": "fr", "BE": "fr", "CH": "de", "DE": "de", "AT": "de", "PT": "pt", "BR": "pt"}
    for resource in load_resources(CONTENT, categories):
        if resource.country in local:
            assert resource.descriptions.get(local[resource.country]), resource.id


def test_shipped_resources_are_bilingual_and_reachable() -> None:
    """Every shipped resource has English and Spanish names and descriptions and a contact."""
    for resource in load_resources(CONTENT, load_categories(CONTENT)):
        for language in ("en", "es"):
            assert resource.names.get(language), resource.id
            assert resource.descriptions.get(language), resource.id
        assert resource.phones or resource.url or resource.email, resource.id
        if resource.crisis:
            assert resource.phones, f"{resource.id}: a crisis line needs a phone"


def test_shipped_well_known_numbers() -> None:
    """A few well-known numbers are present as published by the services."""
    by_id = {r.id: r for r in load_resources(CONTENT, load_categories(CONTENT))}
    assert Phone("988", "text", "24/7") in by_id["us-988-lifeline"].phones
    assert by_id["us-crisis-text-line"].phones[0].number == "741741"
    assert by_id["us-samhsa-helpline"].phones[0].number == "1-800-662-4357"
    assert by_id["us-domestic-violence-hotline"].phones[0].number == "1-800-799-7233"
    assert by_id["gb-samaritans"].email == "jo@samaritans.org"
    assert by_id["gb-shout"].phones[0].number == "85258"
    assert by_id["es-anar"].phones[0].number == "900 20 20 10"
    assert by_id["mx-linea-de-la-vida"].phones[0].number == "800 911 2000"


def test_resource_modules_are_pure() -> None:
    """The loader, hours and query modules import neither telegram nor aiosqlite nor storage."""
    forbidden = ("telegram", "aiosqlite", "sqlite3", "bot.storage", "bot.services", "handlers")
    for name in ("loader.py", "hours.py", "query.py", "models.py"):
        tree = ast.parse((ROOT / "bot" / "resources" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            modules: list[str] = []
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            for module in modules:
                assert not module.startswith(forbidden), f"{name} imports {module}"


# --- what a good file becomes ---


def test_good_entry_is_read_field_by_field(tmp_path: Path) -> None:
    """Every field of a complete entry lands in the Resource, hours expanded per weekday."""
    [resource] = load_resources(_content(tmp_path, {"a.toml": GOOD}), {"crisis": _category()})
    assert resource.id == "ana-helpline"
    assert resource.names == {"en": "Ana Helpline", "es": "Línea Ana"}
    assert resource.description("es") == "Alguien con quien hablar."
    assert resource.phones == (
        Phone("+34 900 000 000", "voice", "24/7"),
        Phone("12345", "text", ""),
    )
    assert resource.url == "https://example.org/help"
    assert resource.email == "help@example.org"
    assert resource.languages == ("es", "en")
    assert (resource.country, resource.region) == ("ES", "Comunidad de Madrid")
    assert resource.timezone == "Europe/Madrid"
    assert resource.crisis
    assert not resource.always_open
    assert resource.keywords == {"en": ("talk", "listening"), "es": ("hablar", "sin hogar")}
    assert resource.source == "file"
    weekdays = [(period.weekday, period.opens, period.closes) for period in resource.hours]
    assert weekdays == [
        *[(day, time(9), time(17)) for day in range(5)],
        (5, time(22), time(2)),
        (6, time(22), time(2)),
    ]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("daily", [0, 1, 2, 3, 4, 5, 6]),
        ("mon", [0]),
        ("fri-mon", [0, 4, 5, 6]),
        ("mon-wed,fri", [0, 1, 2, 4]),
        ("Sat, Sun", [5, 6]),
    ],
)
def test_day_specs(tmp_path: Path, days: str, expected: list[int]) -> None:
    """Day specs: daily, one day, wrapping ranges, lists, any case and spaces."""
    extra = (
        'timezone = "Europe/London"\n'
        f'hours = [{{ days = "{days}", opens = "10:00", closes = "24:00" }}]'
    )
    [resource] = _load(tmp_path, {"a.toml": _minimal(extra=extra)})
    hours = resource.hours
    assert [period.weekday for period in hours] == expected
    assert all(period == OpeningHours(period.weekday, time(10), time(0)) for period in hours)


def test_files_are_read_in_name_order_and_categories_file_skipped(tmp_path: Path) -> None:
    """Resources come file by file in name order, entries in file order."""
    files = {"b.toml": _minimal("b-one") + _minimal("b-two"), "a.toml": _minimal("a-one")}
    ids = [resource.id for resource in _load(tmp_path, files)]
    assert ids == ["a-one", "b-one", "b-two"]


def test_error_names_file_entry_number_and_id(tmp_path: Path) -> None:
    """An error in the third entry names the file, 'resource 3' with its id, and the problem."""
    body = _minimal("one") + _minimal("two") + _minimal("ana-helpline", 'email = "nope"')
    message = _error(tmp_path, body)
    path = tmp_path / "resources" / "test.toml"
    assert message.startswith(f'{path}: resource 3 "ana-helpline": email')
    assert "is not an address" in message


# --- every validation error ---


@pytest.mark.parametrize(
    ("extra", "drop", "problem"),
    [
        ("", "id", "resource 1: id is missing"),
        ("", "name_en", "name_en (the English name) is missing"),
        ("", "description_en", "description_en (the English description) is missing"),
        ('name_en = ""', "name_en", "name_en must be non-empty text"),
        ("", "categories", "categories is missing"),
        ("categories = []", "categories", "categories must be a non-empty list"),
        ('categories = ["housng"]', "categories", "unknown category 'housng'"),
        ("", "url", "needs at least one phone, url or email"),
        ('url = "http://example.org"', "url", "url 'http://example.org' must be an https://"),
        ('url = "https://exa mple.org"', "url", "must be an https:// address"),
        ('email = "someone@"', "", "email 'someone@' is not an address"),
        ('email = "a b@example.org"', "", "is not an address"),
        ('phones = [{ number = "988", kind = "fax" }]', "", "phone 1: kind 'fax' must be"),
        ('phones = [{ number = "988" }]', "", 'phone 1: kind is missing ("voice" or "text")'),
        ('phones = [{ number = "(555) 1234", kind = "voice" }]', "", "may hold only digits"),
        ('phones = [{ number = "HELP", kind = "text" }]', "", "may hold only digits"),
        ('phones = [{ number = 988, kind = "voice" }]', "", "number must be a number in quotes"),
        ('phones = [{ number = "988", kind = "voice", note = "x" }]', "", "unknown field 'note'"),
        ('phones = "988"', "", "phones must be a list"),
        ("categores = []", "", "unknown field 'categores' (did you mean 'categories'?)"),
        ('phone = "988"', "", "unknown field 'phone' (did you mean 'phones'?)"),
        ('name_english = "x"', "", "unknown field 'name_english'"),
        ("", "country", "country is missing"),
        ('country = "es"', "country", "country 'es' is not a two-letter ISO 3166 code"),
        ('country = "XX"', "country", "country 'XX' is not a two-letter ISO 3166 code"),
        ('country = "USA"', "country", "country 'USA'"),
        ('region = ""', "", "region '' must be a place name"),
        ("region = 5", "", "region 5 must be a place name"),
        (f'region = "{"x" * 81}"', "", "of at most 80 characters"),
        ('region = "Madrid"\ncountry = "INT"', "country", "region needs a country"),
        ('timezone = "Mars/Olympus"', "", "timezone 'Mars/Olympus' is not a known IANA"),
        (
            'hours = [{ days = "mon", opens = "09:00", closes = "17:00" }]',
            "",
            "hours need a timezone",
        ),
        ('languages = ["eng"]', "", "language 'eng' is not a two-letter"),
        ('languages = ["EN"]', "", "language 'EN' is not a two-letter"),
        ('languages = "en"', "", "languages must be a list"),
        ('always_open = "yes"', "", "always_open must be true or false"),
        ("crisis = 1", "", "crisis must be true or false"),
        ('keywords_en = "shelter"', "", "keywords_en must be a list"),
        ('keywords_es = [""]', "", "keywords_es: '' must be a non-empty word"),
        ('sources = "https://example.org"', "", "sources must be a list"),
        ('sources = ["ftp://example.org/x"]', "", "source 'ftp://example.org/x' must be a web"),
        ('sources = ["example.org"]', "", "source 'example.org' must be a web address"),
    ],
)
def test_field_errors(tmp_path: Path, extra: str, drop: str, problem: str) -> None:
    """Each bad or missing field is reported with the file, the entry and the problem."""
    message = _error(tmp_path, _minimal(extra=extra, drop=drop))
    path = tmp_path / "resources" / "test.toml"
    entry = "resource 1" if drop == "id" else 'resource 1 "svc"'
    assert message.startswith(f"{path}: {entry}")
    assert problem in message


@pytest.mark.parametrize(
    ("resource_id", "problem"),
    [
        ("Ana Helpline", "id 'Ana Helpline' may hold only lower-case letters"),
        ("ana_helpline", "id 'ana_helpline' may hold only"),
        ("ana--helpline", "may hold only lower-case letters, digits and single hyphens"),
        ("-ana", "may hold only"),
    ],
)
def test_bad_id_characters(tmp_path: Path, resource_id: str, problem: str) -> None:
    """Ids are lower-case slugs; anything else is refused with the entry number."""
    message = _error(tmp_path, _minimal(resource_id))
    assert f"{tmp_path / 'resources' / 'test.toml'}: resource 1: " in message
    assert problem in message


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    """An id used twice is refused, naming both places."""
    with pytest.raises(ContentError) as caught:
        _load(
            tmp_path, {"a.toml": _minimal("same"), "b.toml": _minimal("other") + _minimal("same")}
        )
    message = str(caught.value)
    first = tmp_path / "resources" / "a.toml"
    second = tmp_path / "resources" / "b.toml"
    assert message.startswith(f"{second}: resource 2 \"same\": id 'same' is already used")
    assert f'resource 1 "same" in {first}' in message


@pytest.mark.parametrize(
    ("hours", "problem"),
    [
        ('{ days = "monday-friday", opens = "09:00", closes = "17:00" }', "days 'monday-friday'"),
        ('{ days = "mon-", opens = "09:00", closes = "17:00" }', "days 'mon-' must be daily"),
        ('{ days = "", opens = "09:00", closes = "17:00" }', "days '' must be daily"),
        ('{ days = "weekdays", opens = "09:00", closes = "17:00" }', "days 'weekdays'"),
        (
            '{ days = "mon", opens = "9:00", closes = "17:00" }',
            "opens '9:00' must be written HH:MM",
        ),
        ('{ days = "mon", opens = "09:00", closes = "25:00" }', "closes '25:00' must be written"),
        ('{ days = "mon", opens = "09:60", closes = "17:00" }', "opens '09:60'"),
        ('{ days = "mon", opens = "24:00", closes = "02:00" }', "opens '24:00'"),
        ('{ days = "mon", opens = "9am", closes = "5pm" }', "opens '9am'"),
        ('{ days = "mon", opens = "09:00" }', "hours 1: closes is missing"),
        ('{ days = "mon", opens = "09:00", closes = "17:00", note = "x" }', "unknown field 'note'"),
    ],
)
def test_bad_hours(tmp_path: Path, hours: str, problem: str) -> None:
    """Bad day specs and clock times name the hours entry and the problem."""
    extra = f'timezone = "Europe/London"\nhours = [{hours}]'
    message = _error(tmp_path, _minimal(extra=extra))
    assert f'{tmp_path / "resources" / "test.toml"}: resource 1 "svc": ' in message
    assert problem in message


def test_hours_as_text_is_refused_with_a_hint(tmp_path: Path) -> None:
    """hours = "24/7" points the editor to always_open."""
    message = _error(tmp_path, _minimal(extra='timezone = "Europe/London"\nhours = "24/7"'))
    assert "hours must be a list" in message
    assert "always_open = true" in message


def test_always_open_with_hours_is_refused(tmp_path: Path) -> None:
    """A resource cannot be both always open and have opening hours."""
    extra = (
        'timezone = "Europe/London"\nalways_open = true\n'
        'hours = [{ days = "mon", opens = "09:00", closes = "17:00" }]'
    )
    assert "either always_open = true or hours, not both" in _error(tmp_path, _minimal(extra=extra))


def test_toml_syntax_error(tmp_path: Path) -> None:
    """A TOML syntax error names the file and the line."""
    message = _error(tmp_path, '[[resource]]\nid = "svc\n')
    assert message.startswith(f"{tmp_path / 'resources' / 'test.toml'}: TOML syntax error")
    assert "line 2" in message


def test_not_utf8(tmp_path: Path) -> None:
    """A file that is not UTF-8 text is refused."""
    content = _content(tmp_path, {})
    (content / "resources" / "bad.toml").write_bytes(b'id = "caf\xe9"\n')
    with pytest.raises(ContentError, match=r"bad\.toml: not UTF-8 text"):
        load_resources(content, load_categories(content))


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("", "no [[resource]] entries"),
        ("# only comments\n", "no [[resource]] entries"),
        ("resource = []\n", "no [[resource]] entries"),
        ('[resource]\nid = "svc"\n', "write [[resource]] with two square brackets"),
        ('id = "svc"\n' + MINIMAL.format(id="x"), "unknown top-level entry 'id'"),
        ("[[resources]]\n", "unknown top-level entry 'resources'"),
        ("resource = [1]\n", "resource 1: must be a [[resource]] block"),
    ],
)
def test_file_structure_errors(tmp_path: Path, body: str, problem: str) -> None:
    """A file without [[resource]] entries, or with stray top-level keys, is refused."""
    message = _error(tmp_path, body)
    assert message.startswith(f"{tmp_path / 'resources' / 'test.toml'}: ")
    assert problem in message


def test_missing_resources_folder(tmp_path: Path) -> None:
    """Without content/resources the loaders say which folder or file is missing."""
    with pytest.raises(ContentError, match="resources: folder is missing"):
        load_resources(tmp_path, {})
    with pytest.raises(ContentError, match=r"categories\.toml: file is missing"):
        load_categories(tmp_path)


# --- categories.toml ---


def test_categories_read(tmp_path: Path) -> None:
    """Categories keep file order, labels per language and the emoji."""
    categories = load_categories(_content(tmp_path, {}))
    assert list(categories) == ["crisis", "housing"]
    assert categories["crisis"] == Category(
        "crisis", {"en": "Crisis lines", "es": "Líneas de crisis"}, "🆘"
    )
    assert categories["housing"].emoji == ""
    assert categories["housing"].label("fr") == "Housing"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("", "no categories"),
        ('[housing]\nes = "Vivienda"\n', "[housing]: en (the English label) is missing"),
        ('[Mental-Health]\nen = "Mental health"\n', "[Mental-Health]: a category id may hold only"),
        ('[housing]\nen = "Housing"\nlabel = "x"\n', "[housing]: unknown field 'label'"),
        ('[housing]\nen = ""\n', "[housing]: en must be non-empty text"),
        ('housing = "Housing"\n', "[housing]: must be a table of labels"),
        ("[housing\n", "TOML syntax error"),
    ],
)
def test_category_errors(tmp_path: Path, body: str, problem: str) -> None:
    """Every categories.toml problem names the file, the category and the problem."""
    content = _content(tmp_path, {}, categories=body)
    with pytest.raises(ContentError) as caught:
        load_categories(content)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'resources' / 'categories.toml'}: ")
    assert problem in message


def _category() -> Category:
    """Return a bare crisis category."""
    return Category("crisis", {"en": "Crisis lines"})


def test_sources_are_read(tmp_path: Path) -> None:
    """sources lists the pages an editor read the facts on (http or https), repeats dropped."""
    extra = 'sources = ["https://example.org/a", "http://example.org/b", "https://example.org/a"]'
    [resource] = _load(tmp_path, {"test.toml": _minimal(extra=extra)})
    assert resource.sources == ("https://example.org/a", "http://example.org/b")
