"""Checks shared by the tests of hand-added places files (``test_strike_sites.py`` to ``test_strike_sites6.py``,
``test_borderlands.py``, ``test_iraq_localities.py``, ``test_levant_yemen.py``, ``test_fields.py``,
``test_syria_localities.py``, ``test_iraq_subdistricts.py``): the tests every such file owes are written once
(``curated_file_tests``), and each module keeps its data and the tests only it needs.

A places file added by hand must take no spelling of the report tables (``fixtures/report_spellings_*.tsv``)
from the place it means, and its names must pass the word and sound rules the towns tool applies to small towns
(``tools/placenames.py``): no one-word name that is an English or Arabic word, none that sounds like a place held
in another province.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from gazetteer import Gazetteer
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


def spelling_outcomes(rows: list[dict[str, str]]) -> list[tuple[str, str, str | None]]:
    """(spelling, expected, got) for each row of a spelling table; got is None when nothing is found."""
    g = Gazetteer.default()
    out = []
    for row in rows:
        try:
            got: str | None = g.resolve(row["spelling"]).id
        except GazetteerError:
            got = None
        out.append((row["spelling"], row["expected"], got))
    return out


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


def towns_tool_rules():
    """The towns tool's module of rules (``tools/placenames.py``), as ``test_towns.py`` runs it."""
    sys.path.insert(0, str(ROOT / "tools"))
    import placenames  # noqa: PLC0415 (the tools' module, as test_towns.py runs them)

    return placenames


def word_and_sound_problems(rows: list[dict[str, str]], own_file: Path, exempt: set[str] = frozenset(), *,
                            word_waived=frozenset(), sound_waived=frozenset()) -> list[tuple[str, str, str]]:
    """(id, spelling, why) for each spelling of *rows* (but the *exempt* ids) the towns tool's rules would refuse;
    a row of *word_waived* is spared the word rule, one of *sound_waived* the sound rule (as the tool spares a town
    of 10,000 people or a seat)."""
    pn = towns_tool_rules()
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


def curated_file_tests(path: Path, reference: dict[str, tuple[float, float, str]], spellings: list[tuple[str, str]],
                       neighbours: list[tuple[str, str]], not_places: list[str], *,
                       sound_waived: dict[str, str] | None = None, word_waived: dict[str, str] | None = None,
                       exempt: dict[str, str] | None = None, towns_rules: bool = True,
                       new_ids: set[str] | None = None) -> dict[str, object]:
    """The tests every hand-added places file owes, for a test module to take with
    ``globals().update(curated_file_tests(...))``: each row at its *reference* (within 50 m) and named by it, each of
    the *spellings* finding its place, the *neighbours*' names keeping theirs, none of the *not_places* words finding
    a new place, no report table spelling taken by one (and the tables read: more than 300 rows), and the towns
    tool's word and sound rules passed but by the *sound_waived* rows (id -> why), the *word_waived* rows (id -> why)
    and the *exempt* rows, spared both rules as the tool spares a town of 10,000 people (id -> why); every waived or
    exempt id is a row of the file.

    The new places are the file's rows, or *new_ids* where the change that made the file added rows to another file
    too (``test_iraq_subdistricts.py``: the districts of ``districts.csv``). A file whose names the towns tool's rules
    do not fit (``fields.csv``, whose names carry a facility word) passes ``towns_rules=False`` and keeps a rule of its
    own; it then takes no waivers."""
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    new = set(reference) if new_ids is None else set(new_ids)
    assert set(reference) <= new
    waived = {"sound": dict(sound_waived or {}), "word": dict(word_waived or {}), "exempt": dict(exempt or {})}
    if not towns_rules and any(waived.values()):
        raise ValueError("waivers of the towns tool's rules go with towns_rules=True")

    @pytest.fixture(scope="module")
    def g() -> Gazetteer:
        return Gazetteer.default()

    def test_every_row_has_its_reference_and_every_reference_its_row():
        assert sorted(r["id"] for r in rows) == sorted(reference)
        assert path in curated_place_files()

    @pytest.mark.parametrize("row", rows, ids=[r["id"] for r in rows])
    def test_the_row_sits_at_its_reference_and_names_it(g, row):
        assert metres_from_reference(g, row, reference) < 50.0

    @pytest.mark.parametrize(("phrase", "place_id"), spellings)
    def test_the_spelling_finds_the_place(g, phrase, place_id):
        assert g.resolve(phrase).id == place_id

    @pytest.mark.parametrize(("name", "place_id"), neighbours)
    def test_names_of_other_places_keep_their_place(g, name, place_id):
        assert g.resolve(name).id == place_id

    @pytest.mark.parametrize("word", not_places)
    def test_words_of_reports_are_none_of_the_new_places(g, word):
        assert resolved_id(g, word) not in new

    def test_no_spelling_of_the_report_tables_goes_to_a_new_place(g):
        assert not spellings_taken(g, new)
        assert len(report_spelling_rows()) > 300

    def test_the_names_pass_the_towns_tools_word_and_sound_rules():
        assert not word_and_sound_problems(rows, path, set(waived["exempt"]), word_waived=set(waived["word"]),
                                           sound_waived=set(waived["sound"]))
        assert set().union(*waived.values()) <= {row["id"] for row in rows}

    tests = {name: value for name, value in locals().items() if name == "g" or name.startswith("test_")}
    if not towns_rules:
        del tests["test_the_names_pass_the_towns_tools_word_and_sound_rules"]
    return tests


def alias_round_tests(*, spellings: list[tuple[str, str]], wrong_before: dict[str, str], extracted: list[str],
                      neighbours: list[tuple[str, str]], not_places: list[str], touched: set[str],
                      sentences: list[tuple[str, set[str]]], published: str, table_size: tuple[int, int]) -> dict:
    """The tests a round that added names to rows held before (no places file of its own: cov75, cov77, cov78) owes,
    for a test module to take with ``globals().update(alias_round_tests(...))``: each of the *spellings* finding its
    place (the *wrong_before* ones no longer where they went), the *extracted* ones read by the extractor alone, the
    *neighbours*' names keeping theirs, none of the *not_places* words finding a place the round *touched*, the
    *sentences* (written in the reports' words) read with their places, and the table of *table_size* (spellings,
    places) as the round counted it."""

    @pytest.fixture(scope="module")
    def g() -> Gazetteer:
        return Gazetteer.default()

    @pytest.mark.parametrize(("phrase", "place_id"), spellings)
    def test_the_spelling_finds_the_place(g, phrase, place_id):
        assert g.resolve(phrase).id == place_id

    @pytest.mark.parametrize("spelling", sorted(wrong_before))
    def test_a_spelling_that_went_elsewhere_now_finds_its_place(g, spelling):
        assert dict(spellings)[spelling] != wrong_before[spelling]
        assert g.resolve(spelling).id == dict(spellings)[spelling]

    @pytest.mark.parametrize("spelling", extracted)
    def test_the_extractor_reads_the_spelling_alone(spelling):
        import geoincidents as gi  # noqa: PLC0415 (the extractor)

        places = gi.extract_report(spelling + ".", published=published).places
        assert dict(spellings)[spelling] in set(places["place_id"])

    @pytest.mark.parametrize(("name", "place_id"), neighbours)
    def test_names_of_other_places_keep_their_place(g, name, place_id):
        assert g.resolve(name).id == place_id

    @pytest.mark.parametrize("word", not_places)
    def test_words_of_reports_are_none_of_the_places_given_names(g, word):
        assert resolved_id(g, word) not in touched, word

    def test_the_table_is_the_rounds():
        assert len(spellings) == len(dict(spellings)) == table_size[0]
        assert len({place for _, place in spellings}) == table_size[1]
        assert set(wrong_before) <= dict(spellings).keys() and set(extracted) <= dict(spellings).keys()

    @pytest.mark.parametrize(("sentence", "place_ids"), sentences)
    def test_the_extractor_reads_the_spellings_in_report_sentences(sentence, place_ids):
        import geoincidents as gi  # noqa: PLC0415 (the extractor, on sentences written for the round's test)

        places = gi.extract_report(sentence, published=published).places
        assert place_ids <= set(places["place_id"])

    return {name: value for name, value in locals().items() if name == "g" or name.startswith("test_")}
