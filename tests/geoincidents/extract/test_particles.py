"""Place mentions with particles joined to them: Arabic-script text (particles, prepositions, organisation names,
word order) and French / Italian elisions.

The sentences are our own, written for these tests with the facts of real
reporting (bases and towns named in Arabic-language coverage of 2023-2024).
"""
from __future__ import annotations

import doctest

import pytest

from geoincidents.extract import extract_report, particles
from tests.geoincidents.extract.conftest import assert_one_mention


def places(text, gazetteer):
    return extract_report(text, gazetteer=gazetteer, published="2024-02-03").places


@pytest.mark.parametrize("text, mention, place_id", [
    # a particle joined to the name: the mention starts after it
    ("سقط صاروخان بالعراق مساء الجمعة.", "العراق", "cc-iq"),
    ("قصفت الطائرات مواقع في القائم والبوكمال.", "البوكمال", "sy-albu-kamal"),
    ("استهدفت الغارات مواقع بدير الزور ليلا.", "دير الزور", "sy-deir-ez-zor"),
    ("نقلت الفصائل أسلحة من سوريا للعراق.", "عراق", "cc-iq"),
    ("وقع الهجوم قرب مطار أربيل الدولي بإقليم كردستان.", "إقليم كردستان", "iq-kurdistan-region"),
    # a name that begins with a particle's letter is read whole first
    ("سمع دوي انفجار في بغداد فجر اليوم.", "بغداد", "iq-baghdad"),
    ("أطلقت صواريخ من لبنان نحو الجليل.", "لبنان", "cc-lb"),
    # a base the gazetteer names with its descriptor, written bare in Arabic
    ("أعلنت الفصائل قصف التنف بطائرة مسيرة.", "التنف", "sy-al-tanf-garrison"),
    # the descriptor noun opens the name after it: north of Erbil governorate, not the North governorate of Lebanon
    ("استهدف الهجوم قاعدة حرير شمال محافظة أربيل.", "أربيل", "iq-gov-erbil"),
    # French and Italian elisions
    ("Des drones ont visé une base dans l'ouest de l'Irak samedi.", "Irak", "cc-iq"),
    ("Les tirs sont partis d’Erbil, selon la police.", "Erbil", "iq-erbil"),
    ("La base d'Aïn al-Assad a été visée.", "Aïn al-Assad", "iq-ain-al-asad-air-base"),
    ("Droni lanciati contro la base dell'Iraq occidentale.", "Iraq", "cc-iq"),
])
def test_joined_particles_elisions_and_word_order(gazetteer, text, mention, place_id):
    assert_one_mention(text, places(text, gazetteer), mention, place_id)


def test_french_organisation_name_holds_no_place(gazetteer):
    found = places("La Résistance islamique en Irak a revendiqué l'attaque.", gazetteer)
    assert found.empty, found[["mention", "place_id"]].to_dict("records")


@pytest.mark.parametrize("text, absent_place", [
    ("تجمع المتظاهرون حول مطار بغداد.", "sy-al-hawl"),  # حول is "around", not al-Hawl (الحول)
    ("قالت وكالة فارس إن الهجوم فشل.", "ir-gov-fars"),  # the Fars news agency
    ("نقلا عن لوكالة فارس للأنباء.", "ir-gov-fars"),
    ("بثت قناة الميادين صورا للقصف.", "sy-mayadin"),  # the al-Mayadeen channel
    ("تبنت المقاومة الإسلامية في العراق الهجوم.", "cc-iq"),
    ("أصدرت للمقاومة الإسلامية في العراق بيانا.", "cc-iq"),
    ("نشرت بغداد اليوم صورا للقصف.", "iq-baghdad"),  # the outlet Baghdad Today
    ("استهدف الهجوم قاعدة حرير شمال محافظة أربيل.", "lb-gov-north"),
])
def test_words_that_are_no_place(gazetteer, text, absent_place):
    found = places(text, gazetteer)
    assert absent_place not in set(found["place_id"]), found[["mention", "place_id"]].to_dict("records")


def test_prepositions_and_particles_still_find_the_name_after_them(gazetteer):
    found = places("تجمع المتظاهرون حول مطار بغداد.", gazetteer)
    assert list(found["mention"]) == ["بغداد"]
    assert found.iloc[0]["kind"] == "airport"


def test_particle_cut_only_when_the_word_names_nothing():
    known = {"العراق", "بغداد"}.__contains__
    assert particles.particle_length("بالعراق", known) == 1
    assert particles.particle_length("وبالعراق", known) == 2
    assert particles.particle_length("بغداد", known) == 0  # no cut leaves a known name
    assert particles.particle_length("Baghdad", known) == 0
    assert particles.particle_length("L’Irak", "Irak".__eq__) == 2
    assert particles.particle_length("dell'Iran", "Iran".__eq__) == 5
    assert particles.particle_length("بعد", lambda rest: True) == 0  # never leaves fewer than three letters


def test_joined_forms_cover_the_article_dropping_lam():
    forms = set(particles.joined_forms("المقاومة"))
    assert {"المقاومة", "والمقاومة", "بالمقاومة", "للمقاومة", "وللمقاومة"} <= forms
    assert particles.joined_forms("Iraq") == ("Iraq",)


def test_doctests_pass():
    assert doctest.testmod(particles).failed == 0
