"""Verbs of attack the drafts had missed, and where their targets stand:

* English puts a weekday right after the verb ("strikes targeted Monday the village of X"): the verb still reaches
  the place after the day (a preposition's day, "heard on Friday as Israel struck", still ends a cue's reach);
* French hearsay in the conditional ("sept frappes auraient ciblé l'aéroport de Hodeida") and an aim in the
  infinitive ("des drones pour attaquer la base de Tell Beydar");
* the Persian perfect ("در شهرهای اصفهان و تبریز هدف قرار گرفته‌اند" 'have been targeted in the cities of ...');
* Kurmanji "bombe kir" ('bombed'), with its object before the verb, as "bombebaran kir";
* an aside of where a site lies ("the Baadre oil field, located in the Sheikhan district of Dohuk province, was
  targeted"): the cue after the aside is the site's, the places inside it only say where it lies;
* projectiles that "made impacts in ... locations, including in Tel Aviv" right after a barrage are that fire there,
  and Hebrew "נפילת" ('the fall of': "נפילת הכטב"ם באילת") tells a weapon that came down;
* Arabic puts its verb before the subject: "استهدفت الهجمات ميناء الحديدة" 'the attacks targeted the port of
  Hodeidah' tells fire of its own, as "the attacks targeted ..." does in English ("الهجمات" alone is no trigger:
  "تعرضت القاعدة لهجمات متكررة" is a history, and a clause with a generic word no one fires is dropped).

Sentences written for these tests, in our own words, on the pattern of wire, French, Persian, Kurdish and Arabic
reports.
"""
from __future__ import annotations

import pytest

from tests.geoincidents.extract.conftest import drafts, roles


def test_a_weekday_right_after_the_verb_leaves_the_place_its_target(gazetteer):
    text = "Israeli warplanes struck Monday the border village of Tayr Harfa and the port city of Sidon."
    assert drafts(text, "2024-08-27", gazetteer) == [("2024-08-26", "air_strike", "lb-sidon"),
                                                      ("2024-08-26", "air_strike", "lb-tayr-harfa")]


def test_a_weekday_after_a_preposition_still_ends_the_reach_of_the_cue(gazetteer):
    # "on Friday" is the day of the blasts heard; the strike's own cue ("in") names Isfahan.
    text = "Blasts were heard on Friday as Israel struck targets in Isfahan."
    assert drafts(text, "2024-04-20", gazetteer) == [("2024-04-19", "air_strike", "ir-isfahan")]


def test_a_weekday_after_a_verb_that_is_not_of_attack_is_still_a_barrier(gazetteer):
    text = "The minister said Monday that Tayr Harfa was quiet."
    assert roles(text, "2024-08-27", gazetteer).get("lb-tayr-harfa") == "context"


@pytest.mark.parametrize("text, target", [
    ("Selon les Houthis, sept frappes auraient ciblé l'aéroport de Hodeida mercredi.", "ye-hodeidah-airport"),
    ("Des avions américains auraient bombardé le port de Hodeida mercredi.", "ye-port-of-hodeidah"),
])
def test_french_hearsay_in_the_conditional(text, target, gazetteer):
    assert [d[2] for d in drafts(text, "2024-10-04", gazetteer)] == [target]


def test_french_aim_in_the_infinitive(gazetteer):
    text = "Le groupe a dit avoir employé des drones pour attaquer la base de Tell Beydar mercredi."
    assert drafts(text, "2023-11-09", gazetteer) == [("2023-11-08", "drone_attack", "sy-tal-baydar-base")]


def test_persian_perfect_of_was_targeted_makes_every_listed_city_a_target(gazetteer):
    text = "گزارش شده که پایگاه‌هایی در شهرهای اصفهان، قم و تبریز نیز هدف قرار گرفته‌اند."
    assert {d[2] for d in drafts(text, "2026-02-28", gazetteer)} == {"ir-isfahan", "ir-qom", "ir-tabriz"}


def test_kurmanji_bombe_kir_makes_its_object_the_target(gazetteer):
    text = "Îro SÎHA gundê Kanî Masî bombe kir."
    assert drafts(text, "2024-05-02", gazetteer) == [("2024-05-02", "drone_strike", "iq-kani-masi")]


@pytest.mark.parametrize("text", [
    "استهدفت الهجمات ميناء الحديدة فجر اليوم.",
    "الهجمات استهدفت ميناء الحديدة فجر اليوم.",
])
def test_arabic_verb_before_attacks_tells_fire_of_its_own(text, gazetteer):
    assert [d[2] for d in drafts(text, "2025-03-23", gazetteer)] == ["ye-port-of-hodeidah"]


def test_arabic_attacks_of_the_past_are_no_event(gazetteer):
    text = "وتعرضت القاعدة لهجمات متكررة منذ أكتوبر الماضي."
    assert drafts(text, "2024-01-10", gazetteer) == []


@pytest.mark.parametrize("text, site, areas", [
    ("Hours later, officials said the Baadre oil field, located in the Sheikhan district of Dohuk province, "
     "was targeted by a drone.", "iq-baadre", {"iq-dist-sheikhan", "iq-gov-duhok"}),
    ("Le champ de Baadre, situé dans le district de Sheikhan, a été ciblé par un drone.", "iq-baadre",
     {"iq-dist-sheikhan"}),
])
def test_an_aside_of_where_a_site_lies_gives_the_cue_after_it_to_the_site(text, site, areas, gazetteer):
    got = roles(text, "2025-07-16", gazetteer)
    assert got[site] == "target"
    assert {p for p, r in got.items() if r == "target"} == {site}
    assert areas <= set(got)


def test_located_without_commas_names_the_place_hit(gazetteer):
    # no aside: the base is unnamed, so the province after "located in" is the place hit
    text = "A US base located in western Anbar was targeted by rockets on Tuesday."
    assert drafts(text, "2024-01-04", gazetteer) == [("2024-01-02", "rocket_attack", "iq-gov-anbar")]


def test_impacts_of_projectiles_after_a_barrage(gazetteer):
    text = ("An Iranian missile barrage struck several sites across Israel on Thursday. Iranian projectiles also made "
            "impacts in at least six other locations, including in Tel Aviv and Holon.")
    assert {d[2] for d in drafts(text, "2025-06-20", gazetteer)} == {"il-tel-aviv", "il-holon"}


@pytest.mark.parametrize("text, expected", [
    ('בחיל האוויר בודקים את נפילת הכטב"ם באילת.', ("drone_attack", "il-eilat")),
    ("דווח על נפילת רקטה בקריית שמונה.", ("rocket_attack", "il-kiryat-shmona")),
])
def test_hebrew_fall_of_a_weapon(text, expected, gazetteer):
    assert [d[1:] for d in drafts(text, "2025-09-24", gazetteer)] == [expected]
