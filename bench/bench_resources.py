"""Benchmark the resource directory: start-up with 10,000 resources, and search latency.

Run: ``.venv/bin/python -m bench resources [--n 10000] [--queries 500]``.
Targets (issue 8): with 10,000 resources loaded, search p99 <= 20 ms and start-up <= 3 s.

The resources are synthetic but shaped like real ones: English and Spanish names and
descriptions built from a few hundred service words plus generated town names, 13 countries
and international ones, 15 categories, phones and opening hours. Start-up is timed on a fresh
database (open + migrate, `replace_from_files`, reading every resource back, the vocabulary)
and again on a restart with unchanged files. Queries mix exact words, one-letter typos expanded
against the vocabulary (a plain edit-distance-1 list, as a query layer would pass them), Spanish
typed without accents, two-word queries, a category word with a town, and 40-word pastes
(the repository keeps their 8 longest words); each is timed through `ResourceRepository.search`
(aiosqlite, as the bot calls it) with a random country filter. Baseline: the same MATCH as a
bare sqlite3 query (no join, no filter, no ranking) on the same file, to show what the
repository adds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import sqlite3
import statistics
import string
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.resources.models import INTERNATIONAL, OpeningHours, Phone, Resource  # noqa: E402
from bot.storage.db import Database  # noqa: E402
from bot.storage.resources import (  # noqa: E402
    ResourceRepository,
    clean_groups,
    match_expression,
)

NOW = "2026-11-22T10:00:00Z"
TARGET_P99_MS = 20.0
TARGET_STARTUP_S = 3.0

# country -> (languages of the texts, timezone, regions)
COUNTRIES = {
    "US": (("en", "es"), "America/New_York", ("NY", "CA", "TX", "FL", "IL")),
    "GB": (("en",), "Europe/London", ("ENG", "SCT", "WLS", "NIR")),
    "IE": (("en",), "Europe/Dublin", ("D", "C", "G")),
    "CA": (("en",), "America/Toronto", ("ON", "QC", "BC")),
    "ES": (("es", "en"), "Europe/Madrid", ("MD", "CT", "AN", "VC")),
    "MX": (("es",), "America/Mexico_City", ("CMX", "JAL", "NLE")),
    "AR": (("es",), "America/Argentina/Buenos_Aires", ("B", "C")),
    "CO": (("es",), "America/Bogota", ("DC", "ANT")),
    "FR": (("en",), "Europe/Paris", ("IDF", "ARA")),
    "DE": (("en",), "Europe/Berlin", ("BE", "BY")),
    "BR": (("en", "es"), "America/Sao_Paulo", ("SP", "RJ")),
    "PT": (("en", "es"), "Europe/Lisbon", ("11", "13")),
    "AU": (("en",), "Australia/Sydney", ("NSW", "VIC")),
    INTERNATIONAL: (("en", "es"), "UTC", ()),
}

# category -> (English words, Spanish words)
CATEGORIES = {
    "crisis": (
        "crisis suicide prevention hotline emergency urgent immediate danger lifeline",
        "crisis suicidio prevención línea emergencia urgente inmediata peligro vida",
    ),
    "mental_health": (
        "mental health depression anxiety counselling therapy psychologist wellbeing stress",
        "salud mental depresión ansiedad orientación terapia psicólogo bienestar estrés",
    ),
    "housing": (
        "housing shelter homeless rent eviction tenancy accommodation hostel",
        "vivienda albergue sin hogar alquiler desahucio alojamiento refugio",
    ),
    "food": (
        "food bank meals pantry groceries nutrition soup kitchen",
        "banco alimentos comidas despensa comedor social nutrición",
    ),
    "youth": (
        "youth young people teenagers students school adolescents children",
        "juventud jóvenes adolescentes estudiantes escuela niños infancia",
    ),
    "lgbtq": (
        "lgbtq gay lesbian transgender queer pride identity coming out",
        "lgtbi gay lesbiana transgénero queer orgullo identidad diversidad",
    ),
    "addiction": (
        "addiction alcohol drugs substance recovery gambling detox sobriety",
        "adicción alcohol drogas sustancias recuperación juego desintoxicación",
    ),
    "domestic_violence": (
        "domestic violence abuse safety refuge partner survivors harassment",
        "violencia doméstica maltrato seguridad acogida pareja supervivientes acoso",
    ),
    "legal": (
        "legal advice rights lawyer immigration benefits debt court",
        "asesoría jurídica derechos abogado inmigración prestaciones deudas juzgado",
    ),
    "health": (
        "health clinic doctor nurse medical hospital vaccination prescriptions",
        "salud clínica médico enfermera sanitaria hospital vacunación recetas",
    ),
    "employment": (
        "employment jobs training career unemployment skills interview",
        "empleo trabajo formación carrera desempleo habilidades entrevista",
    ),
    "peer_support": (
        "peer support group meetings sharing recovery friends circle",
        "apoyo mutuo grupo reuniones compartir recuperación amigos círculo",
    ),
    "elderly": (
        "elderly older adults seniors loneliness carers dementia",
        "mayores personas ancianos soledad cuidadores demencia",
    ),
    "grief": (
        "grief bereavement loss mourning widow bereaved",
        "duelo pérdida luto viudedad fallecimiento",
    ),
    "eating_disorders": (
        "eating disorders anorexia bulimia binge body image",
        "trastornos alimentarios anorexia bulimia atracones imagen corporal",
    ),
}


def _bank(text: str) -> list[str]:
    """The words of a text."""
    return text.split()


GENERIC_EN = _bank(
    "support service free confidential help advice centre community local team volunteers "
    "trained listen talk families adults weekend evenings appointment online chat phone text "
    "information referral professional specialist safe space open welcoming everyone daily "
    "drop-in workshops guidance practical emotional network helpline night"
)
GENERIC_ES = _bank(
    "apoyo servicio gratuito confidencial ayuda orientación atención centro comunidad local "
    "equipo voluntarios escucha familias adultos fin semana tardes cita previa línea chat "
    "teléfono mensajes información derivación profesional especialista espacio seguro abierto "
    "acogedor todos diario talleres acompañamiento emocional red noche asesoramiento"
)
ORG_EN = ("Centre", "Service", "Project", "Network", "Trust", "Line", "House", "Clinic", "Hub")
ORG_ES = ("Centro", "Servicio", "Proyecto", "Red", "Fundación", "Línea", "Casa", "Asociación")
SYLLABLES_EN = _bank(
    "ash brook ton field ford ley wick bury ham mont dale wood river stone hill north west "
    "bridge port by thorn well cliff haven mere cot wold burn holm ing sted worth lyn"
)
SYLLABLES_ES = _bank(
    "villa nueva san ta rosa mar sol al ca ma de la ro sa te ra gua da ju ri o ba me "
    "ne go cas ti llo ar val le fuen ce pe dro lu go mon que sie zar"
)


def _town(rng: random.Random, spanish: bool) -> str:
    """Make up a town name from syllables."""
    parts = SYLLABLES_ES if spanish else SYLLABLES_EN
    return "".join(rng.choice(parts) for _ in range(rng.randint(2, 3))).capitalize()


def _words(rng: random.Random, bank: Sequence[str], count: int) -> str:
    """Pick words from a bank."""
    return " ".join(rng.choice(bank) for _ in range(count))


def make_resources(n: int, bilingual: float = 0.0, seed: int = 8) -> list[Resource]:
    """Build n synthetic resources across countries, categories and both languages.

    Resources of two-language countries have both texts 40% of the time; `bilingual` is the
    share given English and Spanish texts whatever their country.
    """
    rng = random.Random(seed)
    towns = {
        code: [_town(rng, "es" in langs[:1]) for _ in range(400)]
        for code, (langs, _, _) in COUNTRIES.items()
    }
    codes = list(COUNTRIES)
    category_ids = list(CATEGORIES)
    resources = []
    for index in range(n):
        country = rng.choice(codes)
        languages, timezone, regions = COUNTRIES[country]
        town = rng.choice(towns[country]) if country != INTERNATIONAL else "Online"
        chosen = rng.sample(category_ids, rng.randint(1, 3))
        crisis = "crisis" in chosen
        names: dict[str, str] = {}
        descriptions: dict[str, str] = {}
        keywords: dict[str, tuple[str, ...]] = {}
        text_languages = languages if rng.random() < 0.4 else languages[:1]
        if rng.random() < bilingual:
            text_languages = ("en", "es")
        for language in text_languages:
            english = language == "en"
            bank = [
                word
                for category in chosen
                for word in CATEGORIES[category][0 if english else 1].split()
            ]
            generic = GENERIC_EN if english else GENERIC_ES
            topic = _words(rng, bank, 2).title()
            if english:
                names[language] = f"{town} {topic} {rng.choice(ORG_EN)}"
            else:
                names[language] = f"{rng.choice(ORG_ES)} de {topic} {town}"
            sentences = [
                f"{_words(rng, bank + list(generic), rng.randint(8, 14))}.",
                f"{_words(rng, generic, rng.randint(6, 12))} {_words(rng, bank, 3)}.",
            ]
            descriptions[language] = " ".join(sentences).capitalize()
            keywords[language] = tuple(rng.sample(bank, min(len(bank), rng.randint(2, 5))))
        hours = tuple(
            OpeningHours(day, clock_time(rng.choice((8, 9, 10))), clock_time(rng.choice((17, 20))))
            for day in range(5)
        )
        resources.append(
            Resource(
                id=f"bench-{index:05d}",
                names=names,
                descriptions=descriptions,
                categories=tuple(chosen),
                phones=(Phone(f"+{rng.randint(10**9, 10**10 - 1)}", "voice", "24/7"),),
                url=f"https://example.org/{index}",
                languages=text_languages,
                country=country,
                region=rng.choice(regions) if regions else None,
                timezone=timezone,
                hours=() if crisis else hours,
                always_open=crisis,
                crisis=crisis,
                keywords=keywords,
            )
        )
    return resources


def _edits1(word: str) -> set[str]:
    """Every string one edit away (delete, swap, replace, insert), as a spelling corrector."""
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in letters}
    inserts = {a + c + b for a, b in splits for c in letters}
    return deletes | swaps | replaces | inserts


def expand(words: list[str], vocabulary: set[str]) -> list[list[str]]:
    """Alternatives per word: the word, then vocabulary words one edit away (when unknown)."""
    groups = []
    for word in words:
        if word in vocabulary or len(word) < 4:
            groups.append([word])
        else:
            groups.append([word, *sorted(_edits1(word) & vocabulary)[:4]])
    return groups


def _typo(rng: random.Random, word: str) -> str:
    """Make one typo: drop, swap or replace a letter inside the word."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "swap", "replace"))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice(string.ascii_lowercase) + word[i + 1 :]


def make_queries(count: int, vocabulary: set[str], seed: int = 9) -> list[tuple[str, list[str]]]:
    """Build (kind, words) queries: exact, typo, Spanish without accents, two words."""
    from bot.storage.resources import tokens

    rng = random.Random(seed)
    english = sorted({w for bank in CATEGORIES.values() for w in tokens(bank[0]) if len(w) > 3})
    spanish = sorted({w for bank in CATEGORIES.values() for w in tokens(bank[1]) if len(w) > 3})
    generic = sorted({w for w in tokens(" ".join(GENERIC_EN)) if len(w) > 3})
    long_words = sorted(w for w in english + spanish if len(w) >= 6)
    towns = sorted(w for w in vocabulary if w.isalpha() and len(w) >= 7)
    queries: list[tuple[str, list[str]]] = []
    kinds = ("exact", "typo", "spanish", "two words", "town", "long")
    for index in range(count):
        kind = kinds[index % len(kinds)]
        if kind == "exact":
            words = [rng.choice(english + generic)]
        elif kind == "typo":
            words = [_typo(rng, rng.choice(long_words))]
        elif kind == "spanish":
            words = rng.sample(spanish, rng.randint(1, 2))
        elif kind == "two words":
            words = [rng.choice(english), rng.choice(generic)]
        elif kind == "town":
            words = [rng.choice(english), rng.choice(towns)]
        else:  # a pasted paragraph: more words than a search takes (8)
            words = [rng.choice(english + spanish + generic) for _ in range(40)]
        queries.append((kind, words))
    return queries


def percentile(values: Sequence[float], fraction: float) -> float:
    """Return a percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(fraction * len(ordered) + 0.5) - 1))]


async def run(n: int, query_count: int, bilingual: float, folder: Path) -> bool:
    """Time start-up and searches; print the figures; return whether the targets are met."""
    path = folder / "bench.sqlite3"
    started = time.perf_counter()
    resources = make_resources(n, bilingual)
    print(f"generated {len(resources):,} resources in {time.perf_counter() - started:.2f} s")

    t0 = time.perf_counter()
    db = Database(path)
    await db.open()
    t1 = time.perf_counter()
    repo = ResourceRepository(db)
    await repo.replace_from_files(resources, NOW)
    t2 = time.perf_counter()
    stored = await repo.all()
    t3 = time.perf_counter()
    vocabulary = await repo.vocabulary()
    t4 = time.perf_counter()
    startup = t4 - t0
    index_rows = (await db.fetch_one("SELECT COUNT(*) FROM resources_fts"))[0]  # type: ignore[index]
    print(
        f"start-up, fresh database: {startup:.2f} s = open+migrate {t1 - t0:.2f} s"
        f" + replace_from_files {t2 - t1:.2f} s + read all back {t3 - t2:.2f} s"
        f" + vocabulary {t4 - t3:.2f} s  (target <= {TARGET_STARTUP_S:.0f} s)"
    )
    print(
        f"  {len(stored):,} resources, {index_rows:,} index rows, {len(vocabulary):,} terms,"
        f" file {path.stat().st_size / 1e6:.1f} MB"
    )
    await db.close()

    t0 = time.perf_counter()
    db = Database(path)
    await db.open()
    repo = ResourceRepository(db)
    sync = await repo.replace_from_files(resources, NOW)
    vocabulary = await repo.vocabulary()
    restart = time.perf_counter() - t0
    print(f"start-up, restart with unchanged files: {restart:.2f} s ({len(sync.changed)} changed)")

    queries = make_queries(query_count, vocabulary)
    rng = random.Random(10)
    countries = [*COUNTRIES, None]
    latencies: dict[str, list[float]] = {}
    expansion: list[float] = []
    baseline: list[float] = []
    empty = 0
    raw = sqlite3.connect(path)
    for _ in range(20):  # warm-up
        await repo.search([["support"]], "US")
    for kind, words in queries:
        e0 = time.perf_counter()
        groups = expand(words, vocabulary)
        expansion.append((time.perf_counter() - e0) * 1000)
        country = rng.choice(countries)
        s0 = time.perf_counter()
        hits = await repo.search(groups, country)
        latencies.setdefault(kind, []).append((time.perf_counter() - s0) * 1000)
        empty += not hits
        b0 = time.perf_counter()
        raw.execute(
            "SELECT rowid FROM resources_fts WHERE resources_fts MATCH ? ORDER BY rank LIMIT 100",
            (match_expression(clean_groups(groups)),),
        ).fetchall()
        baseline.append((time.perf_counter() - b0) * 1000)
    raw.close()
    await db.close()

    every = [value for values in latencies.values() for value in values]
    print(f"search over {len(every)} queries ({empty} with no result), one country filter each:")
    for kind, values in latencies.items():
        print(
            f"  {kind:<10} n={len(values):>3}  p50 {statistics.median(values):6.2f} ms"
            f"  p99 {percentile(values, 0.99):6.2f} ms  max {max(values):6.2f} ms"
        )
    p99 = percentile(every, 0.99)
    print(
        f"  all        n={len(every):>3}  p50 {statistics.median(every):6.2f} ms"
        f"  p99 {p99:6.2f} ms  max {max(every):6.2f} ms  (target p99 <= {TARGET_P99_MS:.0f} ms)"
    )
    print(
        f"baseline, bare sqlite3 MATCH ORDER BY rank LIMIT 100: p50"
        f" {statistics.median(baseline):.2f} ms, p99 {percentile(baseline, 0.99):.2f} ms"
    )
    print(
        f"typo expansion (edit distance 1 against the vocabulary, not part of search):"
        f" p50 {statistics.median(expansion):.2f} ms, p99 {percentile(expansion, 0.99):.2f} ms"
    )
    ok = p99 <= TARGET_P99_MS and startup <= TARGET_STARTUP_S and restart <= TARGET_STARTUP_S
    print(f"targets: {'MET' if ok else 'NOT MET'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures and the machine."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="number of resources")
    parser.add_argument("--queries", type=int, default=500, help="number of searches")
    parser.add_argument(
        "--bilingual",
        type=float,
        default=0.0,
        help="share of resources with both English and Spanish texts (1.0: every one)",
    )
    args = parser.parse_args(argv)
    print(f"machine: {platform.platform()} | {platform.processor() or platform.machine()}")
    print(
        f"cpus: {os.cpu_count()} | python {platform.python_version()}"
        f" | sqlite {sqlite3.sqlite_version}"
    )
    if hasattr(os, "getloadavg"):
        print(f"load average (other processes skew p99): {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(args.n, args.queries, args.bilingual, Path(folder)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
