"""Hebrew 'attributed to Israel' (session 43), on sentences written for these tests.

"תקיפה המיוחסת לישראל" 'a strike attributed to Israel', "תקיפות אוויריות שיוחסו לישראל": the state a strike is
attributed to, as "blamed on Israel" is, no place; fire aimed "toward Israel" keeps Israel a place hit.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text", [
    "סוריה משביתה את נמל התעופה של דמשק אחרי תקיפה המיוחסת לישראל.",
    "שעות אחדות לאחר תקיפות אוויריות שיוחסו לישראל מדרום לבירה הסורית.",
    "מדובר בתקיפה השנייה המיוחסת לישראל בתוך שבוע.",
])
def test_the_state_a_strike_is_attributed_to_is_no_place(text: str) -> None:
    places = extract_report(text, published="2022-06-10").places
    assert set(places.loc[places["place_id"] == "cc-il", "sense"]) == {"state"}


def test_fire_toward_israel_keeps_the_place() -> None:
    places = extract_report("רקטות נורו לעבר ישראל מלבנון.", published="2022-06-10").places
    assert list(zip(places["place_id"], places["role"], places["sense"])) == [
        ("cc-il", "target", "place"), ("cc-lb", "launch", "place")]
