"""Seas, gulfs and straits in reports (gazetteer/data/places/waters.csv): a ship hit at sea is an incident at the
sea; a weapon downed over a sea on its way to a town hit the town; a sea a town lies on describes the town.
Sentences written for these tests, the way shipping-attack and interception reports put it."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published="2024-02-12"):
    found = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return list(zip(found["event_type"], found["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    # The sea is where the ship was hit.
    ("On Sunday a Houthi anti-ship missile struck a bulk carrier in the Red Sea.", [("missile_attack", "xz-red-sea")]),
    ("The Houthis said on Saturday that they had fired drones at a container ship in the Gulf of Aden.",
     [("drone_attack", "xz-gulf-of-aden")]),
    ("On Monday a missile hit a tanker in the Bab el-Mandeb.", [("missile_attack", "xz-bab-al-mandab")]),
    # A sea shot down over, alone, is where the interception was.
    ("On Sunday a US destroyer shot down three drones over the Red Sea.", [("interception", "xz-red-sea")]),
    # A sea a weapon flew over on its way to a town: the town is the target, the sea its path.
    ("The army said on Sunday that a drone heading for Eilat had been downed over the Red Sea.",
     [("interception", "il-eilat")]),
    # With no place they were aimed at, the sea is where they were downed.
    ("On Sunday two drones were intercepted over the Red Sea before they reached Israeli territory.",
     [("interception", "xz-red-sea")]),
    # A sea a town lies on says where the town is.
    ("On Sunday a drone hit a hotel in Eilat, the Israeli port on the Red Sea.", [("drone_attack", "il-eilat")]),
    # A sea that tells where a port or town lies ("the Red Sea port city of X") describes X, which was hit.
    ("On Sunday US and British aircraft bombed the Red Sea port city of Hodeidah.", [("air_strike", "ye-hodeidah")]),
    ("Israel said on Sunday its jets had struck the Mediterranean coastal town of Baniyas.",
     [("air_strike", "sy-baniyas")]),
    ("On Sunday the Houthis aimed a drone at the Red Sea resort town of Eilat.", [("drone_attack", "il-eilat")]),
    # A province "of" a country is no settlement phrase: the province stays the target.
    ("On Sunday rockets fell in the Anbar province of Iraq.", [("rocket_attack", "iq-gov-anbar")]),
    # A claimed hit in the Mediterranean has a place now (the eastern basin, with its wide radius).
    ("Rockets hit Ain al-Asad on Sunday. Last week the group said it had hit a target in the Mediterranean.",
     [("rocket_attack", "iq-ain-al-asad-air-base"), ("rocket_attack", "xz-eastern-mediterranean")]),
])
def test_waters_in_attack_reports(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected
