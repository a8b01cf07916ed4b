"""Arabic "the occupation" (الاحتلال) alone is Israel's forces, as Lebanese and Palestinian media write it.

Texts written for these tests, in our own words, on the pattern of Lebanese media of 2024.
"""
from __future__ import annotations

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published="2025-06-15"):
    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    return sorted(zip(found["target_place_id"], found["event_type"]))


def test_the_occupation_is_israel(gazetteer):
    found = extract_report("قام الاحتلال اليوم باستهداف بلدة الخيام.", gazetteer=gazetteer,
                           published="2024-10-26").incidents
    assert list(zip(found["target_place_id"], found["actor"])) == [("lb-khiam", "Israel")]
