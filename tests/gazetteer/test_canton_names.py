"""The Autonomous Administration's canton and region names of north-east Syria as Kurdish media write them.

The Jazira (Cizîrê) canton of 2014 is the Hasakah governorate's ground; Kurdish reports name the governorate so
("کانتۆنی جزیرێ", "Kantona Cizîrê"). Only with the canton or region word: a bare "Cizîr" is also Cizre in Turkey,
which the gazetteer does not hold, and the bare Kurmanji "Cizîrê" finds nothing.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("name", ["کانتۆنی جزیرێ", "هەرێمی جزیرێ", "Kantona Cizîrê", "Herêma Cizîrê", "Jazira Canton",
                                  "Cizîrê Canton"])
def test_the_jazira_canton_is_the_hasakah_governorate(g, name):
    assert g.resolve(name).place.id == "sy-gov-hasakah"


def test_the_bare_kurmanji_oblique_names_nothing(g):
    with pytest.raises(PlaceNotFound):
        g.resolve("Cizîrê")


@pytest.mark.parametrize("query", ["al-Saqr military base in southern Baghdad", "al-Saqr base in southern Baghdad",
                                   "al-Saqr base in Baghdad"])
def test_a_place_held_with_its_container_in_brackets_is_found_past_a_direction(query):
    # "Camp al-Saqr (Baghdad)": held only with its city (a bare Saqr is also Jurf al-Sakhar's); "southern" is the
    # direction told with the container, no part of the bracketed name
    assert Gazetteer.default().resolve(query).id == "iq-camp-al-saqr"
