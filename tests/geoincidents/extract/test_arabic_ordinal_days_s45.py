"""Arabic ordinal days with a month's name (session 45), on sentences written for these tests.

"في الثامن من حزيران/يونيو" ('on the eighth of June'), "في الثامن عشر من الشهر ذاته" ('on the eighteenth of the same
month': the month told last), "في الحادي والعشرين من آذار" (the 21st); only after "في" or "يوم" and kin, so "الأسبوع
الثاني من أكتوبر" ('the second week of October') is no day.
"""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extract.analyse import split_sentences
from geoincidents.extract.dates import find_dates


def days(text: str, published: str = "2020-07-05") -> list[date]:
    return [d.date for s in split_sentences(text) for d in find_dates(s.tokens, published=date.fromisoformat(published))]


@pytest.mark.parametrize("text, expected", [
    ("ففي الثامن من حزيران/يونيو أصاب صاروخان مطار بغداد.", [date(2020, 6, 8)]),
    ("في العشرين من كانون الثاني استهدفت طائرة مسيرة القاعدة.", [date(2020, 1, 20)]),
    ("في الحادي والعشرين من آذار قصفت الطائرات المواقع.", [date(2020, 3, 21)]),
    ("في الثامن من حزيران أصاب صاروخان المطار، ثم سقطت أربعة صواريخ قرب السفارة في الثامن عشر من الشهر ذاته.",
     [date(2020, 6, 8), date(2020, 6, 18)]),
    ("في الثاني من الشهر الجاري قصفت الطائرات.", [date(2020, 7, 2)]),
])
def test_an_arabic_ordinal_day_of_a_month(text: str, expected: list[date]) -> None:
    assert days(text) == expected


@pytest.mark.parametrize("text", ["خلال الأسبوع الثاني من أكتوبر قصفت الطائرات.", "في الحادي من آذار قصفت."])
def test_no_day_without_its_preposition_or_a_whole_ordinal(text: str) -> None:
    assert days(text) == []
