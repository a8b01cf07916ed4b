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
