"""Words that name a place or a state without making it the target or the firer.

A front line a place owns ("on Israel's northern front") is where fighting is told from, not what a strike hit; a
state's adjective on the attack a group answers ("the Israeli attack") names whose attack that was, not who fired; a
place in a set phrase ("killed on the road to Jerusalem") plays no part in the events told.
Texts in our own words with the facts of real reports (November and June 2024).
"""
from __future__ import annotations

import pytest

from tests.geoincidents.extract.test_unseen_kinds import rows


# A front line a place owns is where the fighting is told from, not what a strike hit (Israel's killing of a
# Hezbollah official in Beirut in November 2024, as an Israeli outlet told it beside a drone shot down near Eilat).
@pytest.mark.parametrize("text, target", [
    ("Meanwhile on Israel's northern front, the army confirmed on Monday that a strike in Beirut had killed a "
     "Hezbollah official.", "Beirut"),
    ("On the Lebanon front, an air strike in Tyre killed two men on Monday.", "Tyre"),
    ("Hezbollah fired rockets on Israel on Monday.", "Israel"),  # "on" a place with no front word is the target
])
def test_a_front_line_a_place_owns_is_no_target(gazetteer, text, target):
    assert rows(text, "2024-11-18", gazetteer, ("target_place",)) == [(target,)]


# A state's adjective on the attack a group answers names whose attack that was, not who fired (Hezbollah's rockets
# after Israeli strikes, told so in English and Spanish reports of June 2024).
@pytest.mark.parametrize("text", [
    "Hezbollah responded to the Israeli attack by firing rockets at Metula on Tuesday.",
    "Hezbolá respondió al ataque israelí disparando cohetes contra Metula el martes.",
])
def test_the_attack_answered_is_not_the_fire(gazetteer, text):
    assert rows(text, "2024-06-12", gazetteer, ("event_type", "actor", "target_place")) == [
        ("rocket_attack", "Hezbollah", "Metula")]


# Hezbollah's set phrase for its fighters killed since October 2023: Jerusalem is named, and no strike hit it.
@pytest.mark.parametrize("text", [
    "The group said three members had been killed \"on the road to Jerusalem\", its term for fighters slain in "
    "Israeli strikes.",
    "نعى حزب الله المقاتل الذي استشهد على طريق القدس جراء غارة إسرائيلية.",
    "Le Hezbollah a annoncé la mort de deux combattants tombés sur la route de Jérusalem lors de frappes israéliennes.",
])
def test_the_road_to_jerusalem_is_no_target(gazetteer, text):
    assert rows(text, "2024-06-11", gazetteer, ("target_place",)) == []


def test_jerusalem_hit_is_still_a_target(gazetteer):
    assert rows("Rockets were fired at Jerusalem on Tuesday.", "2024-06-11", gazetteer, ("target_place",)) == [
        ("Jerusalem",)]


# Hamas and the Palestinian Islamic Jihad are groups that fire (they were no actors: "Hamas attacked Sderot" made no
# draft); a group's own attack, named by its possessive, is an attack of the day told.
@pytest.mark.parametrize("text, expected", [
    ("Hamas fired rockets at Tel Aviv on Tuesday.", ("rocket_attack", "Hamas", "Tel Aviv")),
    ("Hamas attacked Sderot on Tuesday.", ("other", "Hamas", "Sderot")),
    ("Hezbollah's latest attack on Metula on Tuesday wounded two soldiers.", ("other", "Hezbollah", "Metula")),
])
def test_a_groups_attack_is_drafted(gazetteer, text, expected):
    assert rows(text, "2024-01-12", gazetteer, ("event_type", "actor", "target_place")) == [expected]


def test_a_groups_attack_of_no_day_told_is_no_draft(gazetteer):
    assert rows("Hamas's attack shocked the region.", "2024-01-12", gazetteer, ("target_place",)) == []
