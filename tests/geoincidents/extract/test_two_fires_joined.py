"""Two events joined by a bare "and", each told with its own weapon and the first with its place, are two clauses:
each target takes its own weapon, and a day told once at the end is both halves' (clauses._second_fire). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str) -> list[tuple[str, str, str]]:
    got = extract_report(text, published="2024-01-12").incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"]))


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones targeted al-Tanf and rockets hit Ain al-Asad on Wednesday.",
     [("2024-01-10", "drone_attack", "sy-al-tanf-garrison"), ("2024-01-10", "rocket_attack", "iq-ain-al-asad-air-base")]),
    ("On Wednesday a drone hit the Conoco field and two rockets struck the Green Village base.",
     [("2024-01-10", "drone_attack", "sy-conoco-gas-field-base"), ("2024-01-10", "rocket_attack", "sy-green-village")]),
    ("Iranian missiles hit Haifa and a drone struck Eilat on Wednesday.",
     [("2024-01-10", "missile_attack", "il-haifa"), ("2024-01-10", "drone_attack", "il-eilat")]),
])
def test_each_target_takes_its_own_weapon(text, expected):
    assert _drafts(text) == expected


def test_the_second_side_names_its_own_group():
    got = extract_report("Israel struck Beirut with missiles and Hezbollah fired rockets at Haifa on Wednesday.",
                         published="2024-01-12").incidents
    assert list(zip(got["target_place_id"], got["event_type"], got["actor"]))[1] == (
        "il-haifa", "rocket_attack", "Hezbollah")


@pytest.mark.parametrize(("text", "n"), [
    ("Rockets and drones targeted Ain al-Asad on Wednesday.", 1),  # a pair of weapons
    ("Drones from Iraq and rockets from Syria hit the Golan on Wednesday.", 1),  # no verb before "and"
    ("Israeli jets struck Beirut and Tyre with missiles on Wednesday.", 2),  # a list of places, one strike
])
def test_no_cut_without_two_told_events(text, n):
    got = _drafts(text)
    assert len(got) == n and len({t for _, t, _ in got}) == 1


def test_one_subject_with_two_verbs_stays_one_clause_and_keeps_its_actor():
    got = extract_report("On Wednesday Hezbollah launched drones at Metula and fired rockets at Kiryat Shmona.",
                         published="2024-01-12").incidents
    assert list(got["actor"]) == ["Hezbollah", "Hezbollah"]
