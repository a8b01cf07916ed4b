"""Kurmanji attack words in the forms reports write them (the ezafe, indefinite and oblique: "êrîşa dronê",
"bombebaranek", "topbarana"; "dan ber topan" 'shelled'; "X kir armanc" 'targeted X'), and a place at the end of an
English sentence before "today", which the outlet suffix "Today" ("Baghdad Today") had swallowed.

Texts written for these tests, in our own words, on the pattern of ANHA and ANF reports of 2022-2024.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report

PUBLISHED = "2024-10-15"


def drafts(text, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published=PUBLISHED).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    ("Îro li navçeya Dêrikê êrîşa dronê pêk hat; 2 kes mirin.",
     [("2024-10-15", "drone_attack", "sy-dist-malikiyah")]),
    ("Îro li Dêrikê êrîşa dronê pêk hat.", [("2024-10-15", "drone_attack", "sy-malikiyah")]),
    ("Li gundê Zirganê yê Dirbêsiyê bombebaranek pêk hat.", [("2024-10-15", "air_strike", "sy-zirgan")]),
    ("Êrîşa dronê ya dewleta Tirk a li Mexmûrê 2 kes birîndar kirin.",
     [("2024-10-15", "drone_strike", "iq-makhmur")]),
    ("Dewleta Tirk îro Zirganê kir armanc.", [("2024-10-15", "air_strike", "sy-zirgan")]),
])
def test_kurmanji_attack_forms(text, expected, gazetteer):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text, target", [
    ("An attack hit Qamishli today.", "sy-qamishli"),
    ("A drone attack took place in Qamishli today.", "sy-qamishli"),
    ("Turkish drones struck Derik today.", "sy-malikiyah"),
])
def test_a_place_before_today_is_a_place(text, target, gazetteer):
    assert [t for _, _, t in drafts(text, gazetteer)] == [target]


def test_the_outlet_named_today_is_still_an_outlet(gazetteer):
    places = extract_report("Baghdad Today reported that rockets hit Balad air base.", gazetteer=gazetteer,
                            published=PUBLISHED).places
    assert list(places["place_id"]) == ["iq-balad-air-base"]


@pytest.mark.parametrize("text, target", [
    ("Rockets hit the airport in Baghdad today.", "iq-baghdad-international-airport"),
    ("سقط صاروخ في مطار بغداد اليوم.", "iq-baghdad-international-airport"),
    ("سقطت صواريخ في محيط مطار بغداد اليوم.", "iq-baghdad-international-airport"),
])
def test_a_place_and_today_is_no_outlet(text, target, gazetteer):
    """ "في مطار بغداد اليوم" 'at Baghdad airport today': after a word that places it, "بغداد اليوم" is no outlet."""
    assert [t for _, _, t in drafts(text, gazetteer)] == [target]


@pytest.mark.parametrize("text", ["ذكرت بغداد اليوم أن صواريخ سقطت على قاعدة بلد.",
                                  "Baghdad Today reported that rockets hit Balad air base."])
def test_the_outlet_stays_an_outlet(text, gazetteer):
    places = extract_report(text, gazetteer=gazetteer, published=PUBLISHED).places
    assert list(places["place_id"]) == ["iq-balad-air-base"]
