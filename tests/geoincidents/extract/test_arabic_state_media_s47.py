"""Syrian and Iraqi state-media Arabic, a drone told as a state force's, and a week apposed to its day (session 47),
on sentences written for these tests.

"طيران العدو شنّ عدوانه ... انطلاقاً من اتجاه الجولان" 'the enemy's aviation launched its aggression from the direction
of the Golan': a strike, launched from the Golan. "قذائف صاروخية" are rockets, not shells. "بعد أيام من استهداف كيان
الاحتلال مطاري دمشق وحلب" 'days after the occupation targeted the Damascus and Aleppo airports': the verbal noun
"استهداف" aims at what follows. A drone "believed to belong to the Turkish army" ("تابعة للجيش التركي") is Turkey's
strike; "بيك آب" is a pick-up truck, not August nor Ibb. "Two weeks earlier, on August 23," is August 23.
"""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents import extract_report
from geoincidents.extract.analyse import split_sentences
from geoincidents.extract.dates import find_dates


def rows(text: str, published: str = "2023-10-25") -> list[tuple[str, str, str, str | None, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"],
                      found["launch_place_id"].where(found["launch_place_id"].notna(), None),
                      [actor or "" for actor in found["actor"]]))


def test_an_aggression_launched_from_the_golan() -> None:
    text = ("قال مصدر عسكري إن طيران العدو الإسرائيلي شنّ عدوانه فجر اليوم انطلاقاً من اتجاه الجولان السوري المحتل، "
            "واستهدف نقاطاً عسكرية في ريف درعا.")
    assert rows(text) == [("2023-10-25", "air_strike", "sy-gov-daraa", "il-golan-heights", "Israel")]


@pytest.mark.parametrize("text, expected", [
    ("شنت الطائرات الإسرائيلية غارة من اتجاه الجولان، واستهدفت نقاطاً عسكرية في ريف درعا اليوم.",
     [("2023-10-25", "air_strike", "sy-gov-daraa", "il-golan-heights", "Israel")]),
    ("قصفت المدفعية بلدة الخيام اليوم، واستهدفت مسيرة منزلا في بليدا.",
     [("2023-10-25", "artillery", "lb-khiam", None, ""), ("2023-10-25", "drone_attack", "lb-blida", None, "")]),
])
def test_an_arabic_verb_with_and_goes_on_with_its_subject_unless_one_follows(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_rocket_shells_are_rockets() -> None:
    text = "سقطت قذائف صاروخية أُطلقت أمس الثلاثاء من داخل سورية على الجولان المحتل."
    assert [r[1:4] for r in rows(text)] == [("rocket_attack", "il-golan-heights", "cc-sy")]


def test_the_verbal_noun_of_targeting_aims_at_both_airports() -> None:
    text = ("جاء القصف بعد أيام من استهداف كيان الاحتلال مطاري دمشق الدولي وحلب الدولي في الثاني والعشرين من تشرين "
            "الأول الجاري.")
    assert [r[:3] for r in rows(text)] == [("2023-10-22", "air_strike", "sy-aleppo-international-airport"),
                                           ("2023-10-22", "air_strike", "sy-damascus-international-airport")]


@pytest.mark.parametrize("text", [
    "طائرة مسيّرة يُعتقد أنها تابعة للجيش التركي استهدفت عجلة نوع بيك آب قرب جبل سنجار اليوم.",
    "A drone believed to belong to the Turkish army struck a pick-up near Mount Sinjar on Wednesday.",
])
def test_a_drone_of_the_turkish_army_is_turkeys_strike(text: str) -> None:
    assert [(r[0], r[1], r[4]) for r in rows(text)] == [("2023-10-25", "drone_strike", "Turkey")]


def test_a_pick_up_is_no_month_and_no_place() -> None:
    places = extract_report("احترقت عجلة نوع بيك آب قرب جبل سنجار.", published="2023-10-25").places
    assert list(places["place_id"]) == ["iq-sinjar-mountains"]


def test_a_week_count_apposed_to_its_calendar_day() -> None:
    text = "Two weeks earlier, on August 23, a car was struck near Said Sadiq."
    sentence = split_sentences(text)[0]
    found = find_dates(sentence.tokens, published=date(2025, 2, 6), previous=date(2024, 9, 5))
    assert [m.date for m in found][-1] == date(2024, 8, 23)
    assert [r[0] for r in rows("On September 5 a drone hit a car in Chwarta. " + text, "2025-02-06")] == [
        "2024-08-23", "2024-09-05"]


def test_a_participle_of_saying_opens_a_statement_of_its_own() -> None:
    text = ("قال ناشط إن القاعدة استُهدفت اليوم بأربع قذائف صاروخية، مشيراً إلى أن مدفعية الجيش الأميركي ردّت "
            "بضربات طالت بلدة خشام المحاذية للحقل.")
    assert [r[1:3] for r in rows(text, "2024-10-09")] == [("artillery", "sy-khusham")]


@pytest.mark.parametrize("text, target", [
    ("استهدفت الصواريخ الإسرائيلية فجر الثاني من كانون الثاني مطار دمشق الدولي.", "sy-damascus-international-airport"),
    ("استهدف العدو الإسرائيلي اليوم بعدد من الصواريخ مواقع، ما أدى إلى دمار طاول عدداً من الأبنية في حي كفرسوسة.",
     "sy-kafr-sousa"),
])
def test_of_in_a_date_or_a_quantity_is_no_from(text: str, target: str) -> None:
    assert [(r[2], r[3]) for r in rows(text, "2023-02-19")] == [(target, None)]
