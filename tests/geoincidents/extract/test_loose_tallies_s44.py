"""Weapons in a loose number since a day are a tally, in several languages; the French auxiliary "a" is no article
(session 44), on sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def incidents(text: str) -> list[tuple[str, str, str]]:
    rows = extract_report(text, published="2023-11-09").incidents
    return list(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"]))


@pytest.mark.parametrize("text", [
    "The Houthis have fired several ballistic missiles and drones at Eilat since October 7.",
    "Sa branche armée a revendiqué plusieurs tirs de roquettes contre le nord d'Israël depuis le 7 octobre.",
    # Hebrew: 'since the outbreak of the war on 7 October the Houthis launched several missiles at Eilat'
    "מאז פרוץ המלחמה ב-7 באוקטובר שיגרו החות'ים כמה טילים לעבר אילת.",
])
def test_weapons_in_a_loose_number_since_a_day_are_a_tally(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah fired several rockets at Metula on Monday.", [("2023-11-06", "rocket_attack", "il-metula")]),
    ("Le Hezbollah a revendiqué une attaque de drone contre Metula lundi.",
     [("2023-11-06", "drone_attack", "il-metula")]),
])
def test_one_days_fire_stays_an_incident(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert incidents(text) == expected
