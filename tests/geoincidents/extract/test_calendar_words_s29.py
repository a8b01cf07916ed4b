"""Words of a date are never places: a weekday name of any language (Kurmanji "Şemiyê" 'Saturday' had been read as
al-Shamiyah by sound) and a month name beside a number (Levantine Arabic and Sorani "آب"/"ئاب" 'August' had been Ibb
in Yemen, Turkish "Kasım" 'November' Imam Qasim); and the Sorani verb "گوتی" 'said' ("گوتیشی" 'he also said') is not
Kut. The place names themselves still resolve ("مدينة إب", "İmam Kasım" without a number).

Sentences written for these tests, in our own words, on the pattern of Kurdish, Turkish and Syrian outlets.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def places(text: str, gazetteer) -> list[str]:
    return list(extract_report(text, published="2023-02-22", gazetteer=gazetteer).places["place_id"])


@pytest.mark.parametrize("text, expected", [
    ("قصفت طائرة مسيرة تركية قرية في ريف القامشلي يوم 18 آب 2022.", ["sy-qamishli"]),
    ("Şemiyê, 7ê Adarê, du dron li Hewlêrê hatin xistin.", ["iq-erbil"]),
    ("TSK 7 Kasım'da Kandil'i vurdu.", ["iq-qandil-mountains"]),
    ("لە ١٨ی ئابی ٢٠٢٢ درۆنێک گوندێکی نزیک قامیشلۆی بۆردومان کرد.", ["sy-qamishli"]),
    ("سەرۆکی ئیدارەکە گوتیشی هێرشەکە لە کاتژمێر ١٠ کرا.", []),
])
def test_words_of_a_date_are_no_places(text, expected, gazetteer):
    assert places(text, gazetteer) == expected


def test_the_place_named_like_a_month_still_resolves_as_a_name(gazetteer):
    assert places("استهدفت غارة مدينة إب اليمنية.", gazetteer) == ["ye-ibb"]
