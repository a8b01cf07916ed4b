"""Sorani typed with the Arabic kaf and yeh ("كردووەتە ئامانج", "فڕۆكەیەكی") reads as written with the Kurdish
letters, and the Sorani and Hebrew spellings of Abu Ghraib, Ain al-Asad, Aitaroun and Nabatieh are names.

Texts written for these tests, in our own words, on the pattern of Sorani and Hebrew reports of 2023-2025.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from geoincidents.extract.lexicon import lowercase


def test_sorani_with_the_arabic_kaf_is_folded():
    assert lowercase("كردووەتە") == lowercase("کردووەتە") == "کردووەتە"
    assert lowercase("كرد") == "كرد"  # (no Sorani letter: the word is left as typed, Arabic and Persian alike)


@pytest.mark.parametrize("text, expected", [
    ("ئەمڕۆ فڕۆكەیەكی بێ فڕۆكەوان لە ناوچەی ئەبووغرێب ئۆتۆمبێلێكی كردووەتە ئامانج.",
     [("iq-abu-ghraib", "drone_attack")]),
    ("ئەمڕۆ بنكەی ئاسمانی عەین ئەلئەسەد هێرشی كراوەتە سەر.", [("iq-ain-al-asad-air-base", "other")]),
    ("שוטר נהרג היום בתקיפה ישראלית בעיתרון.", [("lb-aitaroun", "air_strike")]),
])
def test_sorani_and_hebrew_reports(text, expected, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2023-11-21").incidents
    assert sorted(zip(found["target_place_id"], found["event_type"])) == expected


@pytest.mark.parametrize("text, expected", [
    ("ئەمڕۆ فڕۆکەی بێفڕۆکەوانی تورکیا ئۆتۆمبێلێکی لە شارۆچکەی سیدەکان بۆردومان کرد.", [("iq-sidakan", "drone_strike")]),
    ("ئەمڕۆ موشەکێک کەوتە نزیک فڕۆکەخانەی سلێمانی.", [("iq-sulaymaniyah-airport", "missile_attack")]),
])
def test_sorani_drone_and_missile_words(text, expected, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2024-08-06").incidents
    assert sorted(zip(found["target_place_id"], found["event_type"])) == expected


def test_persian_nuclear_facilities_of_a_list(gazetteer):
    found = extract_report("اسرائیل امروز تأسیسات هسته‌ای نطنز، فردو و اصفهان را بمباران کرد.", gazetteer=gazetteer,
                           published="2025-06-15").incidents
    assert sorted(found["target_place_id"]) == ["ir-fordow-enrichment-plant", "ir-isfahan-nuclear-technology-center",
                                                "ir-natanz-enrichment-plant"]
