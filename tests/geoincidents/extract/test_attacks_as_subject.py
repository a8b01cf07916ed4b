"""Attacks told as the subject of an attack verb, with nobody named firing, are incidents of their own.

Sentences written for these tests, in our own words, on the pattern of 2023-2024 reports of attacks on US bases.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published="2024-02-05"):
    r = extract_report(text, gazetteer=gazetteer, published=published)
    return sorted(zip(r.incidents["date"].astype(str), r.incidents["event_type"], r.incidents["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    ("Two strikes targeted the US garrison at al-Tanf and the Rumalyn landing zone on Saturday.",
     [("2024-02-03", "other", "sy-al-tanf-garrison"), ("2024-02-03", "other", "sy-rumalyn-landing-zone")]),
    ("Attacks hit US forces at Ain al-Asad on Sunday, officials said.",
     [("2024-02-04", "other", "iq-ain-al-asad-air-base")]),
    ("Three rocket attacks struck the Green Village base on Sunday.",
     [("2024-02-04", "rocket_attack", "sy-green-village")]),
    # the day told in the sentence before dates the attacks told after it
    ("The latest attacks came on Saturday. Two strikes targeted US bases at al-Shaddadi and Green Village.",
     [("2024-02-03", "other", "sy-green-village"), ("2024-02-03", "other", "sy-shaddadi-base")]),
])
def test_attacks_that_are_the_subject_of_an_attack_verb_are_incidents(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "Strikes have targeted US forces at Ain al-Asad for months.",  # a habit: no attack verb right after
    "Since October, attacks targeted the al-Tanf garrison again and again.",  # a count since a date
    "Attacks have been reported near the Ain al-Asad base for months.",  # a habit told as reported
])
def test_a_habit_or_a_tally_is_no_incident(gazetteer, text):
    assert drafts(text, gazetteer) == []


def test_strikes_told_before_are_the_same_strikes(gazetteer):
    # "The strikes targeted ...": the US strikes told just before, not a second incident of unknown means
    found = drafts("US jets struck sites near al-Qaim on Friday. The strikes targeted weapons depots near al-Qaim.",
                   gazetteer)
    assert found == [("2024-02-02", "air_strike", "iq-al-qaim")]


@pytest.mark.parametrize("text, expected", [
    # an adverb between the attacks and their verb
    ("On Sunday, the attacks also targeted Rehovot and Kiryat Gat.",
     [("2024-02-04", "other", "il-kiryat-gat"), ("2024-02-04", "other", "il-rehovot")]),
    ("On Sunday, attacks later hit Rehovot.", [("2024-02-04", "other", "il-rehovot")]),
    # in French, Spanish and German, with the auxiliary and an adverb
    ("Dimanche, les attaques ont également visé Rehovot.", [("2024-02-04", "other", "il-rehovot")]),
    ("El domingo, los ataques alcanzaron Rehovot.", [("2024-02-04", "other", "il-rehovot")]),
    ("Die Angriffe trafen am Sonntag Rehovot.", [("2024-02-04", "other", "il-rehovot")]),
    # attacks reported at a place, in English and French
    ("On Sunday, further attacks were reported in Shiraz and Isfahan.",
     [("2024-02-04", "other", "ir-isfahan"), ("2024-02-04", "other", "ir-shiraz")]),
    ("Dimanche, des attaques supplémentaires ont été signalées à Chiraz.", [("2024-02-04", "other", "ir-shiraz")]),
    # by the weapon of the fire told just before
    ("Iran fired missiles at Israel on Sunday. The attacks also targeted Rehovot.",
     [("2024-02-04", "missile_attack", "cc-il"), ("2024-02-04", "missile_attack", "il-rehovot")]),
])
def test_attacks_with_an_adverb_or_auxiliary_before_their_verb(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # a series told first, then one attack of it with its day
    ("The strikes are a response to attacks on US personnel, including an attack on Erbil Air Base on Sunday.",
     [("2024-02-04", "other", "iq-erbil-air-base")]),
    # the group that made it may take many words, hyphens counted
    ("The strikes answer attacks on US troops, including an attack by Iran-affiliated Kataib Hezbollah and "
     "affiliated groups on Erbil Air Base on Sunday.", [("2024-02-04", "other", "iq-erbil-air-base")]),
])
def test_one_attack_of_a_series_told_with_its_day(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


def test_the_strike_of_a_day_that_targeted_a_place(gazetteer):
    # "The strike on Sunday": the day after "on", then the verb that says where it hit
    assert drafts("The strike on Sunday targeted a building in the Sayyida Zeinab area south of Damascus.",
                  gazetteer) == [("2024-02-04", "air_strike", "sy-sayyida-zaynab")]
    assert drafts("The strike on Sunday came after weeks of tension.", gazetteer) == []


def test_including_of_several_words_adds_a_target(gazetteer):
    # "y compris" (French 'including') is two words: read as a phrase, after the first target too
    found = drafts("Dimanche, des frappes ont visé des sites du village de Kfar Roummane, y compris un dépôt près de "
                   "Kounine.", gazetteer)
    assert [d[2] for d in found] == ["lb-kfar-remen", "lb-kounine"]


def test_a_state_force_owned_by_its_country_speaks_of_its_own_strike(gazetteer):
    # "Israel's military said Tuesday it struck": past the possessive to the force that speaks, as "The Israeli
    # military said it struck"
    found = drafts("Israel's military said Sunday it struck Hezbollah weapons depots in the southern Lebanese town of "
                   "Nabatieh.", gazetteer)
    assert found == [("2024-02-04", "air_strike", "lb-nabatieh")]


@pytest.mark.parametrize("text, expected", [
    # a group's fire told with an attack verb in French and Spanish, as "Hamas attacked Israel"
    ("Dimanche, le Hamas a attaqué Israël.", [("2024-02-04", "other", "cc-il")]),
    ("El domingo, Hamás atacó Israel.", [("2024-02-04", "other", "cc-il")]),
    ("El domingo, la milicia atacó Erbil.", [("2024-02-04", "other", "iq-erbil")]),
    ("Dimanche, les milices ont visé la base d'Aïn al-Assad.", [("2024-02-04", "other", "iq-ain-al-asad-air-base")]),
    # German: the subject after its verb; the first actor after it is the subject, not the state attacked
    ("Am Sonntag griffen Milizen den Stützpunkt Ain al-Asad an.", [("2024-02-04", "other", "iq-ain-al-asad-air-base")]),
    ("Am Sonntag griff die Hamas Israel an.", [("2024-02-04", "other", "cc-il")]),
])
def test_a_groups_fire_in_other_languages(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected
