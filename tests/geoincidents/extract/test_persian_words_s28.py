"""Persian and Arabic words the drafts had misread, in sentences written for these tests in our own words:

- "موشک باران" ('missile rain', bombarded with missiles) is a missile attack, and what "را" marks before it is the
  target ("پایگاه عین الاسد را موشک باران کرد");
- "هدف قرار گرفت" ('was targeted') after a place makes it the target, and "به نقل از" ('quoting') has no "from" of fire;
- a word that opens with a particle's letter and is a word as written is no particle and a name ("برابر" 'equal' is
  not ب and Rabor, "بدوره" 'in turn' not ب and Dora);
- the Al Mayadeen channel's office and correspondent, the Fars news agency and Qasem Soleimani are no places (al-Mayadin
  in Deir ez-Zor, the province of Fars and Sulaymaniyah stay places where the text names them).
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from tests.geoincidents.extract.conftest import drafts


def places(text: str, gazetteer) -> list[tuple[str, str]]:
    found = extract_report(text, published="2024-02-08", gazetteer=gazetteer).places
    return list(zip(found["mention"], found["place_id"]))


@pytest.mark.parametrize("text", [
    "سپاه پاسداران پایگاه عین الاسد را موشک باران کرد.",
    "سپاه پاسداران پایگاه عین الاسد را موشک‌باران کرد.",
    "سپاه پاسداران پایگاه عین الاسد در استان انبار عراق را به تلافی کشته شدن قاسم سلیمانی موشک باران کرده است.",
])
def test_missile_rain_is_a_missile_attack_on_what_ra_marks(text, gazetteer):
    assert drafts(text, "2020-01-08", gazetteer) == [("2020-01-08", "missile_attack", "iq-ain-al-asad-air-base")]


def test_was_targeted_after_a_source_quoted(gazetteer):
    text = "خبرگزاری آناتولی به نقل از منابع محلی گزارش کرد که پایگاه العمر هدف قرار گرفت."
    assert drafts(text, "2024-02-08", gazetteer) == [("2024-02-08", "other", "sy-green-village")]


@pytest.mark.parametrize("text, absent", [
    ("بامداد روز ۱۷ دی ماه برابر با ۸ ژانویه پایگاه عین الاسد را موشک باران کردند.", "ir-rabor"),
    ("بدوره، قال مدير مكتب الميادين في بغداد إن العمليات مستمرة.", "sy-mayadin"),
    ("وكشفت مصادر لمراسل الميادين في العراق أن المقاومة استهدفت قاعدة.", "sy-mayadin"),
    ("به گزارش فارس، منابع محلی گفتند که پایگاه العمر هدف قرار گرفت.", "ir-gov-fars"),
    ("سپاه به تلافی کشته شدن قاسم سلیمانی پایگاه عین الاسد را هدف قرار داد.", "iq-sulaymaniyah"),
])
def test_no_place_in_a_word_a_channel_an_agency_or_a_name(text, absent, gazetteer):
    assert absent not in {place for _, place in places(text, gazetteer)}


def test_the_town_of_mayadin_stays_a_place(gazetteer):
    assert ("الميادين", "sy-mayadin") in places("قصفت طائرات مسيرة مدينة الميادين في ريف دير الزور.", gazetteer)


@pytest.mark.parametrize("text", ["واستهدفت المقاومة ثكنة برانيت وموقع المطلة.",
                                  "واستهدفت المقاومة ثكنة برانيت وبلدة المطلة."])
def test_arabic_and_joined_to_a_descriptor_goes_on_with_the_list(text, gazetteer):
    # 'the Biranit barracks and the Metula position': two targets, two drafts (a town far from the barracks)
    assert drafts(text, "2024-05-21", gazetteer) == [("2024-05-21", "other", "il-biranit"),
                                                     ("2024-05-21", "other", "il-metula")]


@pytest.mark.parametrize("text", [
    "ایران بامداد یکشنبه پهپادهایی به سوی اسرائیل شلیک کرد.",
    "پهپادی به یک ساختمان در اربیل اصابت کرد.",
])
def test_drones_in_the_indefinite_s39(text: str) -> None:
    # پهپادهایی 'some drones', پهپادی 'a drone': the indefinite forms are drones too (session 39)
    assert list(extract_report(text, published="2024-04-14").incidents["event_type"]) == ["drone_attack"]
