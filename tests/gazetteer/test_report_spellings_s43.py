"""Spellings of held places that development reports read in the forty-third session wrote and the gazetteer missed
or sent elsewhere (development set d108 only):

- the Hebrew "the airport of Damascus" with its "of" (נמל התעופה של דמשק): before, the city, as a container;
- the German "Kurdenregion" and "kurdische Autonomieregion" for the Kurdistan Region, also inside an inflected phrase
  ("der nordirakischen Kurdenregion").
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.default()


@pytest.mark.parametrize(("spelling", "place_id"), [
    ("נמל התעופה של דמשק", "sy-damascus-international-airport"),
    ("נמל התעופה הבינלאומי של דמשק", "sy-damascus-international-airport"),
    ("Kurdenregion", "iq-kurdistan-region"),
    ("nordirakischen Kurdenregion", "iq-kurdistan-region"),
    ("kurdische Autonomieregion", "iq-kurdistan-region"),
])
def test_spellings_reports_wrote(g, spelling, place_id):
    assert g.resolve(spelling).place.id == place_id


def test_the_city_alone_stays_the_city(g):
    assert g.resolve("דמשק").place.id == "sy-damascus"
