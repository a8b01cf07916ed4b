"""The day a run is counted from ("since Saturday's strike ...", "از زمان حمله بامداد شنبه", "depuis", "seit", "منذ")
is that strike's day, and no undated fire told after it takes that day or joins it.

Texts written for these tests, in our own words, on the pattern of reports of February 2024.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


@pytest.mark.parametrize("text", [
    "از زمان حمله بامداد شنبه واشنگتن به مواضعی در عراق و سوریه، پایگاه‌های نظامی آمریکا چندین بار مورد حمله قرار "
    "گرفته‌اند. این منابع مدعی شدند که چندین پهپاد به پایگاه نظامی در میدان نفتی العمر شلیک شده است.",
    "Since Saturday's US strike on positions in Iraq, US bases have been attacked several times. Sources said drones "
    "were fired at the al-Omar base.",
])
def test_undated_fire_after_a_since_is_not_of_that_day(text, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published="2024-02-08").incidents
    omar = found[found["target_place_id"] == "sy-green-village"]
    assert list(zip(omar["date"], omar["event_type"])) == [("2024-02-08", "drone_attack")]
