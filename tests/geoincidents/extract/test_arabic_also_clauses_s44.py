"""Arabic "، كما" ('as it also ...') opens a clause of its own, with its own day; ballistic missiles in the spelling
بالستي and in the accusative after a number (session 44), on sentences written for these tests."""
from __future__ import annotations

from geoincidents import extract_report


def test_an_also_clause_keeps_its_own_day() -> None:
    # 'the Guards had shelled border positions in the region in recent days, as they had also targeted Erbil with
    # 12 ballistic missiles on 13 March'
    rows = extract_report("وكان الحرس الثوري قد قصف في الأيام الماضية بالمدفعية مواقع حدودية في الإقليم، كما سبق أن "
                          "استهدف أربيل بـ12 صاروخاً بالستياً في 13 آذار/مارس الماضي.", published="2022-09-28").incidents
    assert list(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"])) == [
        ("2022-03-13", "missile_attack", "iq-erbil")]
