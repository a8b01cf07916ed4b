"""Places of the Iran–Israel exchanges and their spellings, each checked against its reference point."""
from __future__ import annotations

import math

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# (spelling, id, reference point, the reference)
PLACES = [
    ("Ben Gurion Airport", "il-ben-gurion-airport", (32.00944, 34.88278), "Wikipedia: Ben Gurion Airport"),
    ("Israel's Ben-Gurion Airport", "il-ben-gurion-airport", (32.00944, 34.88278), "Wikipedia: Ben Gurion Airport"),
    ("Mehrabad airport", "ir-mehrabad-international-airport", (35.68917, 51.31361), "Wikipedia: Mehrabad"),
    ("Tehran's Mehrabad", "ir-mehrabad-international-airport", (35.68917, 51.31361), "Wikipedia: Mehrabad"),
    ("Netanya", "il-netanya", (32.33291, 34.85992), "GeoNames 294071"),
    ("נתניה", "il-netanya", (32.33291, 34.85992), "GeoNames 294071"),
    ("Karaj", "ir-karaj", (35.83266, 50.99155), "GeoNames 128747"),
    ("کرج", "ir-karaj", (35.83266, 50.99155), "GeoNames 128747"),
    ("בגדאד", "iq-baghdad", (33.34058, 44.40088), "GeoNames 98182 (Hebrew alternate name)"),
    ("רמאדי", "iq-ramadi", (33.42056, 43.30778), "GeoNames 98717 (Hebrew alternate name)"),
]


@pytest.mark.parametrize(("spelling", "place_id", "point", "reference"), PLACES)
def test_spelling_resolves_to_the_referenced_place(g, spelling, place_id, point, reference):
    match = g.resolve(spelling)
    assert match.id == place_id, reference
    assert km((match.lat, match.lon), point) < 1.0, reference


def test_karaj_is_no_longer_heard_as_al_kharj(g):
    # Before Karaj was listed, its phonetic key found Prince Sultan Air Base (al-Kharj, Saudi Arabia).
    assert g.resolve("Karaj").country == "IR"
    assert g.resolve("al-Kharj").country == "SA"


@pytest.mark.parametrize(("spelling", "place_id"), [
    ("Haret Hreik", "lb-haret-hreik"), ("حارة حريك", "lb-haret-hreik"),
    ("Dahiyeh", "lb-dahieh"), ("the Dahieh", "lb-dahieh"), ("الضاحية الجنوبية", "lb-dahieh"),
])
def test_beiruts_southern_suburbs(g, spelling, place_id):
    match = g.resolve(spelling)
    assert match.id == place_id
    # Wikipedia: Haret Hreik 33°51′N 35°31′E; the suburb stands at it, in Mount Lebanon (Baabda District).
    assert km((match.lat, match.lon), (33.850, 35.517)) < 1.0 and match.admin1 == "LB-JL"
