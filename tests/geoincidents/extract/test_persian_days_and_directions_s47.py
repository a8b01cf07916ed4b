"""Persian Solar Hijri days told by their ordinal, a neighbourhood's Persian word, and fire "from the direction of" in
Persian and German (session 47), on sentences written for these tests.

"چهارم دی‌ماه" is the fourth of Dey (25 December 2023), "بیست و یکم بهمن" the 21st of Bahman, "سی‌ام دی" the 30th
of Dey; an ordinal with no Solar month after it is no day. A day restated in the other calendar ("هفدهم آذر (۸
دسامبر)") is one day of a list, not two. "محله مزه" is the Mezzeh neighbourhood, not the air base. "از سمت جولان"
'from the direction of the Golan' is where the jets struck from.
"""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents import extract_report
from geoincidents.extract.analyse import split_sentences
from geoincidents.extract.dates import find_dates


def days(text: str, published: date = date(2024, 2, 2)) -> list[date]:
    sentence = split_sentences(text)[0]
    return [m.date for m in find_dates(sentence.tokens, published=published)]


def rows(text: str, published: str = "2024-02-02") -> list[tuple[str, str, str, str | None]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"],
                      found["launch_place_id"].where(found["launch_place_id"].notna(), None)))


@pytest.mark.parametrize("text, expected", [
    ("چهارم دی‌ماه یک فرمانده در دمشق کشته شد.", [date(2023, 12, 25)]),
    ("هفدهم آذر حمله‌ای رخ داد.", [date(2023, 12, 8)]),
    ("بیست و یکم بهمن ۱۴۰۱ حمله‌ای رخ داد.", [date(2023, 2, 10)]),
    ("سی‌ام دی پنج نفر کشته شدند.", [date(2024, 1, 20)]),
    ("برای دومین بار در کمتر از یک روز حمله شد.", []),
    ("اول اینکه حمله‌ای رخ نداد.", []),
])
def test_persian_ordinal_days_of_a_solar_month(text: str, expected: list[date]) -> None:
    assert days(text) == expected


def test_a_day_restated_in_the_other_calendar_is_one_day_of_a_list() -> None:
    text = "رژیم صهیونیستی در هفدهم آذر (۸ دسامبر) و نوزدهم آذر (۱۰ دسامبر) اطراف فرودگاه دمشق را هدف قرار داد."
    assert [r[:3] for r in rows(text, "2023-12-26")] == [
        ("2023-12-08", "air_strike", "sy-damascus-international-airport"),
        ("2023-12-10", "air_strike", "sy-damascus-international-airport")]


def test_the_persian_neighbourhood_word_names_mezzeh_not_its_air_base() -> None:
    places = extract_report("پنج عضو سپاه در حمله اسرائیل به ساختمانی در محله مزه دمشق کشته شدند.",
                            published="2024-01-21").places
    assert "sy-mezzeh" in list(places["place_id"]) and "sy-mezzeh-air-base" not in list(places["place_id"])


@pytest.mark.parametrize("text, published", [
    ("جنگنده‌های اسرائیلی بامداد جمعه از سمت جولان اشغالی چند نقطه را در جنوب دمشق هدف قرار دادند.", "2024-02-02"),
    ("Israelische Kampfjets griffen am Freitag Ziele bei Damaskus aus Richtung der Golanhöhen an.", "2024-02-02"),
])
def test_strikes_from_the_direction_of_the_golan(text: str, published: str) -> None:
    assert [r[3] for r in rows(text, published)] == ["il-golan-heights"]


def test_less_than_a_day_is_no_place_fire_came_from() -> None:
    text = "گروه اعلام کرد که برای دومین بار در کمتر از ۲۴ ساعت، عین‌الاسد را با پهپاد هدف قرار داده است."
    places = extract_report(text, published="2024-01-23").places
    assert list(zip(places["place_id"], places["role"])) == [("iq-ain-al-asad-air-base", "target")]


def test_this_base_is_the_base_told_before() -> None:
    text = ("امروز سه‌شنبه پایگاه عین‌الاسد با پهپاد هدف قرار گرفت. شامگاه یکشنبه نیز یک پهپاد این پایگاه را "
            "هدف قرار داده بود.")
    assert [r[:3] for r in rows(text, "2024-01-23")] == [
        ("2024-01-21", "drone_attack", "iq-ain-al-asad-air-base"),
        ("2024-01-23", "drone_attack", "iq-ain-al-asad-air-base")]
