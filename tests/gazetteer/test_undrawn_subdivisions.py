"""ISO subdivisions that Natural Earth draws inside a larger polygon resolve by name, and say what they are.

``data/iso_3166_2_coverage.csv`` lists each current ISO 3166-2 subdivision without a polygon of its own
(Lebanon's Akkar and Baalbek-Hermel, created in 2003 and governed since 2014; Qatar's Al-Shahaniya;
Yemen's Socotra; Palestine's governorates) with the polygon that holds it. The gazetteer holds each as a
governorate place: its point is its capital's, its ``admin1`` the holding polygon's code (the policy
every place follows: the polygon its point lies in), its precision the holding polygon's, and its
``point`` text names its own ISO code and the polygon. A province query for it (``--province Akkar``)
is still refused with a sentence naming the polygon (``test_iso_3166_2.py``): a province selection
would otherwise widen silently to the whole holding polygon.
"""
from __future__ import annotations

import re

import pytest

from gazetteer import Gazetteer
from gazetteer.boundaries import Boundaries
from gazetteer.errors import PlaceNotFound
from gazetteer.iso_codes import coverage

from geoincidents.cli import main

#: ISO code -> (the place, its capital, the holding polygon). Kyrenia (CY-06) is left out: Natural Earth
#: draws it inside the de facto Northern Cyprus feature, whose code (-99-X04~) is no province of Cyprus;
#: Jerusalem governorate (PS-JEM) too: its capital, East Jerusalem, lies in Israel's Jerusalem District as
#: Natural Earth draws the line of control, so no point is both its capital and inside PS-WBK; and Salfit
#: governorate (PS-SLT): its capital is a row of towns.csv, whose GeoNames records no curated row may repeat.
EXPECTED = {
    "LB-AK": ("lb-gov-akkar", "lb-halba", "LB-AS"),
    "LB-BH": ("lb-gov-baalbek-hermel", "lb-baalbek", "LB-BI"),
    "QA-SH": ("qa-gov-al-shahaniya", "qa-al-shahaniya", "QA-RA"),
    "YE-SU": ("ye-gov-socotra", "ye-hadibu", "YE-HD"),
    "PS-GZA": ("ps-gov-gaza", "ps-gaza", "PS-GZZ"),
    "PS-NGZ": ("ps-gov-north-gaza", "ps-jabalia", "PS-GZZ"),
    "PS-KYS": ("ps-gov-khan-younis", "ps-khan-younis", "PS-GZZ"),
    "PS-HBN": ("ps-gov-hebron", "ps-hebron", "PS-WBK"),
    "PS-JEN": ("ps-gov-jenin", "ps-jenin", "PS-WBK"),
}
LEFT_OUT = {"CY-06", "PS-JEM", "PS-SLT"}


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


def _inside_rows() -> dict[str, dict[str, str]]:
    return {row["iso_code"]: row for row in coverage() if row["status"] == "inside"}


def test_every_inside_row_has_a_place_but_the_two_left_out(g: Gazetteer) -> None:
    described = {}
    for place in g.places.itertuples():
        found = re.search(r"\(ISO 3166-2 ([A-Z]{2}-[A-Z0-9]+); no polygon of its own: drawn inside .* ([A-Z]{2}-[A-Z]+)",
                          place.point)
        if found:
            described[found.group(1)] = (place.id, found.group(2))
    rows = _inside_rows()
    assert set(described) == set(rows) - LEFT_OUT
    for code, (_, polygon) in described.items():
        assert polygon == rows[code]["polygon"], code


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_the_subdivision_is_a_governorate_at_its_capital_in_its_holding_polygon(g: Gazetteer, code: str) -> None:
    place_id, capital_id, polygon = EXPECTED[code]
    place, capital = g.get(place_id), g.get(capital_id)
    assert place.kind == "governorate" and place.admin1 == polygon
    assert (place.lat, place.lon, place.source) == (capital.lat, capital.lon, capital.source)
    assert f"ISO 3166-2 {code}" in place.point and polygon in place.point
    assert Boundaries.default().locate([place.lon], [place.lat])["admin1"].tolist() == [polygon]


@pytest.mark.parametrize(("written", "place_id"), [
    ("Baalbek-Hermel", "lb-gov-baalbek-hermel"),
    ("the Baalbek-Hermel area of eastern Lebanon", "lb-gov-baalbek-hermel"),
    ("بعلبك الهرمل", "lb-gov-baalbek-hermel"),
    ("Akkar", "lb-gov-akkar"), ("Akkar governorate", "lb-gov-akkar"), ("عكار", "lb-gov-akkar"),
    ("Socotra", "ye-gov-socotra"), ("the Socotra archipelago", "ye-gov-socotra"),
    ("Hebron governorate", "ps-gov-hebron"), ("North Gaza", "ps-gov-north-gaza"),
    # A governorate named as its capital is stays below the city for a bare name.
    ("Hebron", "ps-hebron"), ("Khan Yunis", "ps-khan-younis"), ("Baalbek", "lb-baalbek"),
    ("Gaza", "ps-gaza-strip"), ("Halba", "lb-halba"),
])
def test_spellings_resolve(g: Gazetteer, written: str, place_id: str) -> None:
    assert g.resolve(written).id == place_id


def test_the_resolve_command_shows_what_the_place_is(capsys) -> None:
    assert main(["resolve", "Baalbek-Hermel"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^admin1 +LB-BI$", out, re.M)
    assert re.search(r"^point +capital: Baalbek \(ISO 3166-2 LB-BH; no polygon of its own: drawn inside Beqaa LB-BI",
                     out, re.M)


def test_a_province_query_for_it_is_still_refused_with_the_polygon_named() -> None:
    with pytest.raises(PlaceNotFound, match=r"Baalbek-Hermel \(LB-BH\) has no polygon of its own.*inside Beqaa \(LB-BI\)"):
        Boundaries.default().province_code("Baalbek-Hermel")
