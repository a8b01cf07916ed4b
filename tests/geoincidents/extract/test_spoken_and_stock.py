"""Two ways wire copy tells a strike that the extractor had misread. Sentences written for these tests.

- A force that speaks of its own strike with the day it spoke before the verb ("The US military on Sunday said it
  struck ..."): its strike, as when the day follows the verb.
- Weapons that are the object of a strike verb ("claiming to have hit two boats and three cruise missiles"): stock the
  strike hit, not missiles fired; weapons with a verb of their own ("and rockets were fired at Metula") are fire.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published="2024-02-11"):  # a Sunday
    found = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return list(zip(found["date"], found["event_type"], found["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    ("The US military on Sunday said it struck Houthi targets near Hodeidah a day earlier.",
     [("2024-02-10", "air_strike", "ye-hodeidah")]),
    ("US Central Command in a statement said it struck Houthi radar sites near Hodeidah on Saturday.",
     [("2024-02-10", "air_strike", "ye-hodeidah")]),
    # Another's strike it only reports stays another's: militants, not the Pentagon.
    ("The Pentagon on Sunday said militants struck a base near Hodeidah on Saturday.",
     [("2024-02-10", "other", "ye-hodeidah")]),
])
def test_a_force_that_speaks_of_its_own_strike(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    ("The US military said on Sunday it struck Houthi targets near Hodeidah a day earlier, claiming to have hit two "
     "explosive boats and three anti-ship cruise missiles.", [("2024-02-10", "air_strike", "ye-hodeidah")]),
    ("US jets destroyed four Houthi drones near Hodeidah on Saturday.", [("2024-02-10", "air_strike", "ye-hodeidah")]),
    # Weapons the strike verb is done with, or that have a verb of their own, are fire.
    ("Iran hit Israel with ballistic missiles on Saturday.", [("2024-02-10", "missile_attack", "cc-il")]),
    ("Hezbollah targeted Kiryat Shmona with rockets on Saturday.", [("2024-02-10", "rocket_attack", "il-kiryat-shmona")]),
])
def test_weapons_a_strike_hit_are_no_fire(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


def test_a_hit_is_of_the_fire_told_last(gazetteer):
    text = ("A Houthi missile fired at Israel on Sunday landed near Ben Gurion Airport. Most such attacks have been "
            "intercepted, apart from a drone strike that hit Tel Aviv last year. Sunday's missile was the only one of "
            "the week that was not intercepted. A hit was identified in the area of Ben Gurion Airport, the army said.")
    got = extract_report(text, published="2025-05-04", gazetteer=gazetteer).incidents
    ben_gurion = got[got["target_place_id"] == "il-ben-gurion-airport"]
    assert list(zip(ben_gurion["date"], ben_gurion["event_type"])) == [("2025-05-04", "missile_attack")]


def test_an_unmanned_aerial_vehicle_is_a_drone(gazetteer):
    text = "An unmanned aerial vehicle struck a car near Qamishli on Saturday."
    assert drafts(text, gazetteer) == [("2024-02-10", "drone_attack", "sy-qamishli")]
