"""Kurmanji writes the region a place lies in after it and a linker ("bajarokê Til Rifetê yê Şehbayê" 'the town of
Tal Rifaat, of Shahba'): the town is the target, the region its container, as "the Kurdistan Region's Duhok
province" is in English; and "Şehba" in Kurdish is the Shahba region north of Aleppo, not the town of Suwayda.
A day's number with its ending after an apostrophe ("7’ê Sibatê") is a day, and two days joined by "û" or "et"
("6 û 7’ê Sibatê", "les 6 et 7 février") a stretch of two. Persian "مورد اصابت ... قرار گرفت" ('was hit') makes its
subject the target, typed by the weapon named with it. Hebrew casualties in a town right after a barrage ("בנס ציונה
דווח על שישה פצועים") are that fire there. A list of sites goes on past the descriptor each name carries (Russian
"по базе Айн аль-Асад, базам Телль-Бейдар и Эт-Танф", English "the bases of Tal Baydar"). "After" in Hebrew, Persian
and Kurdish opens a clause of its own, as in English ("שעות אחרי הירי של חיזבאללה לישראל, ..."), and a Hebrew or
Arabic list whose "and" is joined to its last name keeps its comma ("פורדו, נתנז ואספהאן").

Sentences written for these tests, in our own words, on the pattern of Rojava outlets and Persian news sites.
"""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extract.dates import find_dates
from geoincidents.extract.text import tokenize
from tests.geoincidents.extract.conftest import drafts


def test_a_town_told_with_its_region_after_a_linker_is_the_target(gazetteer):
    text = "7’ê Sibatê dewleta Tirk derdora bajarokê Til Rifetê yê Şehbayê topbaran kir."
    assert drafts(text, "2023-02-08", gazetteer) == [("2023-02-07", "artillery", "sy-tall-rifat")]


@pytest.mark.parametrize("name", ["Şehba", "Şehbayê", "شەهبا"])
def test_shehba_is_the_region_of_aleppo(name, gazetteer):
    assert gazetteer.resolve(name).id == "sy-shahba-region"


def test_shahba_alone_stays_the_town_of_suwayda(gazetteer):
    assert gazetteer.resolve("Shahba").id == "sy-shahba"


@pytest.mark.parametrize("text, first, days", [
    ("9’ê Sibatê gundên Seyda bombebaran kirin", "2023-02-09", 0),
    ("6 û 7’ê Sibatê dewleta Tirk topbaran kir", "2023-02-06", 1),
    ("les 6 et 7 février, l'armée a bombardé", "2023-02-06", 1),
    ("on 6 and 7 February the army shelled", "2023-02-06", 1),
])
def test_a_day_and_a_pair_of_days(text, first, days):
    found = find_dates(tokenize(text), published=date(2023, 2, 12))
    assert [(d.date.isoformat(), d.span_days) for d in found] == [(first, days)]


def test_persian_was_hit_makes_its_subject_the_target(gazetteer):
    text = "منطقه قنیطره در جنوب غربی سوریه مورد اصابت موشک قرار گرفت."
    assert drafts(text, "2022-06-10", gazetteer) == [("2022-06-10", "missile_attack", "sy-quneitra")]


def test_hebrew_casualties_in_a_town_after_a_barrage_are_that_fire_there(gazetteer):
    # Hebrew joins "in" to the town, before or after the casualty word
    text = ("איראן שיגרה הבוקר מטח של 30 טילים בליסטיים לעבר ישראל. בנס ציונה דווח על שישה פצועים קל, ובחיפה נפצעו "
            "קל שלושה בני אדם.")
    assert {("2025-06-22", "missile_attack", "il-nes-ziona"), ("2025-06-22", "missile_attack", "il-haifa")} \
        <= set(drafts(text, "2025-06-22", gazetteer))


def test_hebrew_casualties_with_no_fire_before_are_no_event(gazetteer):
    assert drafts("בנס ציונה דווח על שישה פצועים קל בתאונת דרכים.", "2025-06-22", gazetteer) == []


@pytest.mark.parametrize("text", [
    "Наши бойцы нанесли удары по базе Айн аль-Асад, базе Телль-Бейдар и Эт-Танф.",
    "Наши бойцы нанесли удары по базе Айн аль-Асад на западе Ирака, базам Телль-Бейдар на севере Сирии и Эт-Танф.",
    "Our fighters struck the Ain al-Asad base in western Iraq, the bases of Tal Baydar in northern Syria and al-Tanf.",
])
def test_a_list_of_bases_goes_on_past_the_descriptor_of_each(text, gazetteer):
    # Russian writes the descriptor before each name, in its case; English a plural descriptor and "of"
    assert {target for _, _, target in drafts(text, "2023-11-06", gazetteer)} == {
        "iq-ain-al-asad-air-base", "sy-tal-baydar-base", "sy-al-tanf-garrison"}


def test_hebrew_after_opens_a_clause_of_its_own(gazetteer):
    # "Hours after Hezbollah's fire at Israel, the IDF struck a senior militant in Beirut": the strike's target is
    # Beirut; Israel, hit in the earlier fire, is no target of it
    text = ("שעות אחרי הירי של חיזבאללה לישראל, דובר צה\"ל אישר כעת (שני) כי כוחות צה\"ל תקפו באופן ממוקד מחבל "
            "בכיר מארגון הטרור בביירות.")
    assert drafts(text, "2026-03-02", gazetteer) == [("2026-03-02", "air_strike", "lb-beirut")]


def test_a_hebrew_list_after_a_fronted_after_clause_keeps_its_names(gazetteer):
    # the comma of "פורדו, נתנז ואספהאן" ('Fordo, Natanz and Isfahan') is the list's, not the end of the clause
    text = ("אחרי תקיפת ארצות הברית לפנות בוקר (ראשון) את מתקני הגרעין פורדו, נתנז ואספהאן, איראן שיגרה הבוקר מטח "
            "כבד של טילים בליסטיים לעבר חיפה.")
    # (each name of the list after "מתקני הגרעין" 'the nuclear facilities' is the site, Isfahan's too: session 39)
    assert {target for _, _, target in drafts(text, "2025-06-22", gazetteer)} == {
        "ir-fordow-enrichment-plant", "ir-natanz-enrichment-plant", "ir-isfahan-nuclear-technology-center",
        "il-haifa"}
