"""A plural of "airport" before or after a list of towns names each town's airport, in six languages: "the airports
of Damascus and Aleppo", "gli aeroporti di Damasco e Aleppo", "los aeropuertos de Damasco y Alepo", "les aéroports de
Damas", "удары по аэропортам Дамаска и Алеппо", "مطاري دمشق وحلب" (``extract_plurals.csv``); each name is read with
the singular descriptor of its language ("aeroporto di Damasco"), so the drafts target the airports, not the cities.

Sentences written for these tests, in our own words, on the pattern of wire reports in those languages.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report

AIRPORTS = ["sy-aleppo-international-airport", "sy-damascus-international-airport"]


@pytest.mark.parametrize("text", [
    "Israel struck the airports of Damascus and Aleppo.",
    "Israele ha colpito gli aeroporti di Damasco e Aleppo.",
    "Israel atacó los aeropuertos de Damasco y Alepo.",
    "Израиль нанес удары по аэропортам Дамаска и Алеппо.",
    "قصفت إسرائيل مطاري دمشق وحلب.",
])
def test_a_plural_of_airport_names_each_towns_airport(text, gazetteer):
    got = extract_report(text, published="2023-10-12", gazetteer=gazetteer).incidents
    assert sorted(got["target_place_id"]) == AIRPORTS


def test_a_single_airport_as_before(gazetteer):
    got = extract_report("Israele ha colpito l'aeroporto di Aleppo.", published="2023-10-12", gazetteer=gazetteer)
    assert list(got.incidents["target_place_id"]) == ["sy-aleppo-international-airport"]
