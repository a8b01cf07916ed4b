"""Checks shared by the tests of hand-added places files (``test_borderlands.py``, ``test_iraq_localities.py``,
``test_levant_yemen.py``, ``test_fields.py``, ``test_syria_localities.py``).

A places file added by hand must take no spelling of the report tables (``fixtures/report_spellings_*.tsv``)
from the place it means, and its names must pass the word and sound rules the towns tool applies to small towns
(``tools/placenames.py``): no one-word name that is an English or Arabic word, none that sounds like a place held
in another province.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from gazetteer.errors import GazetteerError
from gazetteer.normalize import normalize
from gazetteer.phonetic import phonetic_key
from gazetteer.places import curated_place_files

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def report_spelling_rows() -> list[dict[str, str]]:
    """The rows of the report spelling tables (``spelling``, ``expected`` ids separated by ``|``)."""
    rows = []
    for path in sorted(FIXTURES.glob("report_spellings_*.tsv")):
        rows += list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    return rows


def spellings_taken(g, new_ids) -> list[tuple[str, str, str]]:
    """(spelling, expected, got) for each table spelling that now resolves to one of *new_ids* it does not mean."""
    taken = []
    for row in report_spelling_rows():
        try:
            got = g.resolve(row["spelling"]).id
        except GazetteerError:
            continue
        if got in new_ids and got not in row["expected"].split("|"):
            taken.append((row["spelling"], row["expected"], got))
    return taken


def _towns_rules():
    sys.path.insert(0, str(ROOT / "tools"))
    import placenames  # noqa: PLC0415 (the tools' module, as test_towns.py runs them)

    return placenames


def word_and_sound_problems(rows: list[dict[str, str]], own_file: Path, exempt: set[str] = frozenset(), *,
                            word_waived=frozenset(), sound_waived=frozenset()) -> list[tuple[str, str, str]]:
    """(id, spelling, why) for each spelling of *rows* (but the *exempt* ids) the towns tool's rules would refuse;
    a row of *word_waived* is spared the word rule, one of *sound_waived* the sound rule (as the tool spares a town
    of 10,000 people or a seat)."""
    pn = _towns_rules()
    others = [r for p in curated_place_files() if p != own_file for r in csv.DictReader(p.open(encoding="utf-8"))]
    english, arabic_sounds, rivals = pn.english_keys(), pn.arabic_word_sounds(), pn.rival_keys(others)
    problems = []
    for row in (r for r in rows if r["id"] not in exempt):
        for spelling in pn.spellings(row):
            key = normalize(spelling)
            one_word = " " not in key and row["id"] not in word_waived
            if pn.ARABIC.search(spelling):
                if one_word and (pn.common_arabic(key) or phonetic_key(key) in arabic_sounds):
                    problems.append((row["id"], spelling, "Arabic word"))
            elif one_word and (key in english or pn.english_use(key)):
                problems.append((row["id"], spelling, "English word"))
            if rivals.get(phonetic_key(key), set()) - {row["admin1"]} and row["id"] not in sound_waived:
                problems.append((row["id"], spelling, "sounds like a place of another province"))
    return problems


def metres_from_reference(g, row: dict[str, str], reference: dict[str, tuple[float, float, str]]) -> float:
    """How far the place of a curated *row* lies from its *reference* point (lat, lon, source), the row naming that
    source."""
    from pyproj import Geod

    lat, lon, source = reference[row["id"]]
    assert row["source"] == source
    place = g.get(row["id"])
    return Geod(ellps="WGS84").inv(lon, lat, place.lon, place.lat)[2]


def resolved_id(g, text: str) -> str | None:
    """The id *text* resolves to, or None when the gazetteer finds no place."""
    try:
        return g.resolve(text).id
    except GazetteerError:
        return None
