"""A capital named by its country's adjective and by no name ("the Iranian capital", "la capitale iranienne",
"العاصمة الإيرانية") is a place mention of that capital, and a target when struck; a phrase that holds a name, or one
beside the capital's own name, is left to the name.

Sentences written for these tests, in our own words, on the pattern of June 2025 reports of the Iran-Israel war.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report

PUBLISHED = "2025-06-16"  # a Monday


def _read(text, gazetteer):
    r = extract_report(text, gazetteer=gazetteer, published=PUBLISHED)
    places = list(zip(r.places["mention"], r.places["place_id"]))
    drafts = sorted(zip(r.incidents["date"].astype(str), r.incidents["event_type"], r.incidents["target_place_id"]))
    return places, drafts


@pytest.mark.parametrize("text, mention, place_id", [
    ("On Sunday, Israel struck the Iranian capital.", "Iranian capital", "ir-tehran"),
    ("Dimanche, Israël a mené des frappes ciblées sur la capitale iranienne.", "capitale iranienne", "ir-tehran"),
    ("قصفت إسرائيل يوم الأحد العاصمة الإيرانية.", "العاصمة الإيرانية", "ir-tehran"),
    ("El domingo, aviones estadounidenses bombardearon la capital yemení.", "capital yemení", "ye-sanaa"),
])
def test_a_capital_named_by_its_country_is_the_target(gazetteer, text, mention, place_id):
    places, drafts = _read(text, gazetteer)
    assert (mention, place_id) in places
    assert [d[1:] for d in drafts] == [("air_strike", place_id)] and drafts[0][0] == "2025-06-15"


@pytest.mark.parametrize("text, places_expected", [
    # beside the capital's name: the name alone
    ("On Sunday, jets struck Damascus, the Syrian capital.", [("Damascus", "sy-damascus")]),
    ("On Sunday, jets struck the Syrian capital Damascus.", [("Damascus", "sy-damascus")]),
    # a phrase holding a name is that name, as annotators mark it
    ("On Sunday, explosions were heard in the capital of Iran.", [("Iran", "cc-ir")]),
    # nor a country that owns what follows: "the capital of Iraq's Kurdistan region"
    ("Erbil, the capital of Iraq's Kurdistan region, was hit on Sunday.",
     [("Erbil", "iq-erbil"), ("Iraq", "cc-iq"), ("Kurdistan region", "iq-kurdistan-region")]),
])
def test_a_capital_phrase_beside_or_around_a_name_is_left_to_the_name(gazetteer, text, places_expected):
    places, _ = _read(text, gazetteer)
    assert places == places_expected
