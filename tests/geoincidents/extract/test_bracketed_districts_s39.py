"""Places told with their district in brackets, as army statements list them: "منطقة حانين (قضاء بنت جبيل)، ومنطقة
مروحين (قضاء صور)" 'the Hanine area (Bint Jbeil district) and the Marwahin area (Tyre district)'. The bracketed
district says where the place before it lies (no target of its own), and the list goes on past it: Marwahin is hit
as Hanine is. And an Arabic passive of a statement, "كما تمت مهاجمة ..." 'also ... was attacked', is more of the
strikes the report told.

Why: an Arabic report of 24 February 2024 of Israeli strikes and shelling in south Lebanon drafted Hanine alone.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _targets(text: str) -> list[tuple[str, str]]:
    got = extract_report(text, published="2024-02-24").incidents
    return list(zip(got["event_type"], got["target_place_id"]))


@pytest.mark.parametrize("text", [
    'وتابع: "كما هاجم الجيش الإسرائيلي بالمدفعية منطقة حانين (قضاء بنت جبيل)، ومنطقة مروحين (قضاء صور)".',
    "Israeli artillery shelled the Hanine area (Bint Jbeil district) and the Marwahin area (Tyre district) on Saturday.",
])
def test_the_list_goes_on_past_a_bracketed_district(text: str) -> None:
    assert _targets(text) == [("artillery", "lb-hanine"), ("artillery", "lb-marwahin")]


def test_a_bracketed_area_is_where_the_place_lies() -> None:
    assert _targets("Rockets hit Kiryat Shmona (Upper Galilee) and Metula on Saturday.") == [
        ("rocket_attack", "il-kiryat-shmona"), ("rocket_attack", "il-metula")]


def test_an_arabic_passive_of_the_statement_is_more_of_its_strikes() -> None:
    text = ('وقال الجيش في بيان إن "الطائرات الحربية قصفت مواقع إطلاق في منطقة جبل بلاط". وأضاف: "كما تمت مهاجمة '
            'نقطة مراقبة للتنظيم في منطقة عيتا الشعب (قضاء بنت جبيل)".')
    assert _targets(text) == [("air_strike", "lb-aita-al-shaab")]
