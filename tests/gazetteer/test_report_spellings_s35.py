"""Spellings of held places that reports read in the thirty-fifth session wrote and the extractor missed (development
reports only): Ovda air base in the Arabic of the Iraqi factions' statements (عوبدا, with ب where Israeli Arabic writes
ف), and Peshkhabur, which `resolve` found through the oil field's name with its descriptor while a report's bare
"in Peshkhabur" found nothing in running text (the bare name goes to the field, as test_reported_places49.py and 55
decided)."""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from geoincidents import extract_report


@pytest.fixture(scope="module")
def g():
    return Gazetteer.default()


@pytest.mark.parametrize(("spelling", "place_id"), [
    ("عوبدا", "il-ovda-air-base"),
    ("قاعدة عوبدا", "il-ovda-air-base"),
    ("Peshkhabur", "iq-peshkabir-oil-field"),
])
def test_spellings_resolve(g, spelling, place_id):
    assert g.resolve(spelling).place.id == place_id


@pytest.mark.parametrize(("text", "published", "place_id"), [
    ('استهدفت المقاومة الإسلامية في العراق قاعدة "عوبدا" الجوية بالطائرات المسيرة.', "2024-04-20", "il-ovda-air-base"),
    ("Two explosive-laden drones struck the oil field of the DNO company in Peshkhabur.", "2025-07-16",
     "iq-peshkabir-oil-field"),
])
def test_reports_find_them(text, published, place_id):
    places = extract_report(text, published=published).places
    assert place_id in set(places.loc[places["role"] == "target", "place_id"])
