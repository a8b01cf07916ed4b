"""A bombardment that names no weapon of its own is the weapon's named before it as its subject ("Turkish drones
bombarded Amuda": a drone strike; "Turkish artillery bombarded it": artillery), and a drone or Turkish İHA told with
a Kurmanji or Turkish bombardment is a drone strike; "bombarded" and its kin take their object as a target.

Texts written for these tests, in our own words, on the pattern of reports of Turkish strikes of 2023.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


@pytest.mark.parametrize("text, expected", [
    ("Turkish drones bombarded Amuda on Thursday.", [("sy-amuda", "drone_strike")]),
    ("Drones bombarded Amuda today.", [("sy-amuda", "drone_strike")]),
    ("Turkish artillery bombarded Amuda today.", [("sy-amuda", "artillery")]),
    ("Turkish jets bombarded Amuda today.", [("sy-amuda", "air_strike")]),
    ("Dronên Tirkiyeyê îro Amûdê bombebaran kirin.", [("sy-amuda", "drone_strike")]),
    ("Dronên Tirkiyeyê ji îro danê sibê ve li Dêrikê û Amûdê bombebaran dikin.",
     [("sy-amuda", "drone_strike"), ("sy-malikiyah", "drone_strike")]),
    ("Türk İHA'ları bugün Amude'yi bombaladı.", [("sy-amuda", "drone_strike")]),
    ("Balafirên şer ên Tirk îro Amûdê bombebaran kirin.", [("sy-amuda", "air_strike")]),
])
def test_the_bombardment_is_its_weapons(text, expected, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2023-10-05").incidents
    assert sorted(zip(found["target_place_id"], found["event_type"])) == expected


@pytest.mark.parametrize("text, target", [
    ("The US military said it destroyed two Houthi drones over the Red Sea on Monday.", "xz-red-sea"),
    ("US Central Command said it destroyed an anti-ship missile over the Gulf of Aden on Monday.", "xz-gulf-of-aden"),
])
def test_weapons_destroyed_over_a_place_were_downed(text, target, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2024-08-06").incidents
    assert list(zip(found["target_place_id"], found["event_type"])) == [(target, "interception")]


def test_weapons_destroyed_on_the_ground_are_no_fire(gazetteer):
    found = extract_report("US forces destroyed four drones on the ground in Houthi-controlled Yemen on Monday.",
                           gazetteer=gazetteer, published="2024-08-06").incidents
    assert "interception" not in set(found["event_type"])


@pytest.mark.parametrize("text, expected", [
    ("Le Hezbollah a mené lundi des tirs de roquettes contre Kiryat Shmona.", ("il-kiryat-shmona", "rocket_attack")),
    ("Hezbolá reivindicó el lunes el lanzamiento de cohetes contra Kiryat Shmona.",
     ("il-kiryat-shmona", "rocket_attack")),
    ("Hisbollah reklamierte am Montag den Raketenbeschuss auf Kiryat Schmona.", ("il-kiryat-shmona", "rocket_attack")),
    ("Un missile iranien s'est abattu lundi sur la ville de Beersheba.", ("il-beersheba", "missile_attack")),
])
def test_the_words_for_fire_make_the_weapon_an_event(text, expected, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2024-08-06").incidents
    assert list(zip(found["target_place_id"], found["event_type"])) == [expected]
