"""Events of session 48, on sentences written for these tests: a participle of presenting after a comma opens a
clause of its own ("..., presentando l'attacco come risposta ai bombardamenti subiti la sera prima nella valle della
Bekaa": the answer and the attack it answers are two events, each with its day); the Italian "la sera prima" 'the
evening before'; a base named bare ("Rockets hit Nafah")."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def incidents(text, gazetteer, published):
    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


@pytest.mark.parametrize("text", [
    "Hezbollah ha rivendicato oggi il lancio di razzi contro le alture del Golan, presentando l'attacco come risposta "
    "ai bombardamenti subiti la sera prima nella valle della Bekaa.",
    "Hezbollah claimed today a barrage of rockets at army positions on the Golan Heights, presenting the attack as a "
    "response to the bombardment it suffered the evening before in the Bekaa valley.",
    "Le Hezbollah a revendiqué aujourd'hui des tirs de roquettes sur le plateau du Golan, présentant l'attaque comme "
    "une riposte aux bombardements subis la veille dans la Bekaa.",
])
def test_an_answer_and_the_attack_it_answers_are_two_events(text, gazetteer):
    assert incidents(text, gazetteer, "2024-08-20") == [
        ("2024-08-19", "air_strike", "lb-bekaa-valley"), ("2024-08-20", "rocket_attack", "il-golan-heights")]


def test_the_italian_evening_before(gazetteer):
    found = incidents("Il 19 agosto Hezbollah ha lanciato razzi sul Golan. La sera prima aerei israeliani avevano "
                      "colpito Baalbek.", gazetteer, "2024-08-20")
    assert ("2024-08-18", "air_strike", "lb-baalbek") in found


@pytest.mark.parametrize("text", ["Rockets hit Nafah on Monday.", "Hezbollah said it struck the Nafah barracks on Monday."])
def test_a_base_named_bare(text, gazetteer):
    assert incidents(text, gazetteer, "2024-08-20")[0][2] == "il-nafah-base"


def launches(text, gazetteer, published="2024-12-21"):
    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    return list(zip(found["event_type"], found["target_place_id"], found["launch_place_id"], found["notes"]))


@pytest.mark.parametrize("text, event_type, target", [
    ("The Houthis fired a ballistic missile at Tel Aviv on Saturday.", "missile_attack", "il-tel-aviv"),
    ("The Houthis said they had sent a drone at Eilat on Saturday.", "drone_attack", "il-eilat"),
])
def test_a_houthi_attack_abroad_came_from_yemen(text, event_type, target, gazetteer):
    [(kind, where, launch, notes)] = launches(text, gazetteer)
    assert (kind, where, launch) == (event_type, target, "cc-ye")
    assert "Launch: Yemen as a whole, the country of the force that fired (Houthis)" in notes


@pytest.mark.parametrize("text, launch", [
    ("Houthi fighters shelled Taiz on Saturday.", None),  # (at home: no launch read)
    ("The Houthis fired a missile from Syria at Eilat on Saturday.", "cc-sy"),  # (the text's own launch first)
    ("Hezbollah fired rockets at Kiryat Shmona on Saturday.", None),  # (not a listed group)
])
def test_a_groups_home_is_no_launch_where_the_text_gives_one_or_fire_is_at_home(text, launch, gazetteer):
    assert [row[2] for row in launches(text, gazetteer)] == [launch]


@pytest.mark.parametrize("text, expected", [
    ("Air raid sirens sounded in several towns of southern Israel, including Beersheba, on Tuesday.", []),
    ("A missile fired from Yemen set off air raid sirens in Beersheba on Tuesday.",
     [("2025-03-18", "missile_attack", "il-beersheba")]),
    ("An air raid hit a house in Beersheba on Tuesday.", [("2025-03-18", "air_strike", "il-beersheba")]),
])
def test_air_raid_sirens_are_a_warning_not_an_air_raid(text, expected, gazetteer):
    assert incidents(text, gazetteer, "2025-03-18") == expected
