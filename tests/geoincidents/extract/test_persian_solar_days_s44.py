"""Persian reports: Solar Hijri days ("دوشنبه ۲۳ آبان" 'Monday 23 Aban'), "targeted" with گرفتن, "near" after a
Persian comma, and the KDPI's name (session 44), on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents import extract_report
from geoincidents.extract.dates import find_dates
from geoincidents.extract.text import tokenize


@pytest.mark.parametrize("text, published, expected", [
    ("دوشنبه ۲۳ آبان", date(2022, 11, 14), date(2022, 11, 14)),
    ("در ۲۳ آبان ۱۴۰۱", date(2023, 5, 1), date(2022, 11, 14)),
    # no year: the latest such day up to the report
    ("در ۱۷ آذر", date(2022, 11, 14), date(2021, 12, 8)),
    ("در ۱۷ آذر", date(2024, 1, 2), date(2023, 12, 8)),
    ("روز ۱ فروردین‌ماه", date(2024, 3, 25), date(2024, 3, 20)),
])
def test_a_solar_hijri_day_is_read_as_its_gregorian_day(text: str, published: date, expected: date) -> None:
    assert [d.date for d in find_dates(tokenize(text), published=published)] == [expected]


def test_a_drone_strike_dated_by_the_solar_calendar() -> None:
    # 'the Komala party said its headquarters in Zrgwez, near Sulaymaniyah, was targeted by six drones on 23 Aban'
    rows = extract_report("حزب کومله اعلام کرد مقر این حزب در زرگویز، نزدیک سلیمانیه، روز ۲۳ آبان با شش پهپاد هدف "
                          "گرفته شد.", published="2022-11-16").incidents
    assert list(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"])) == [
        ("2022-11-14", "drone_attack", "iq-zrgwez")]


def test_the_kdpi_names_no_place() -> None:
    rows = extract_report("سپاه امروز مقر حزب دموکرات کردستان ایران در شهر کویسنجق را با موشک هدف قرار داد.",
                          published="2022-11-14")
    assert "ir-gov-kurdistan" not in set(rows.places["place_id"])
    assert rows.incidents["target_place_id"].tolist() == ["iq-koya"]
