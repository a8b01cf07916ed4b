"""Two small readings of lists and subjects.

- A weak "in" before a list of two places joined by "and" gives way to the cue after the list: "پایگاه‌های آمریکایی
  در عراق و سوریه را ... هدف قرار داد" 'targeted US bases in Iraq and Syria' (the object marker را after Syria is
  the cue of the whole list), and "positions in Iraq and Syria were shot down at": both places, not the last alone.
- In a script without case (Hebrew), a country that opens the sentence as the subject of a verb of firing is where
  the fire came from, as "Iran fired missiles at Israel" is: "איראן שיגרה טילים לעבר ישראל".

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text", [
    "سپاه پاسداران اعلام کرد که پایگاه‌های آمریکایی در عراق و سوریه را با موشک هدف قرار داده است.",
    "Drones launched at US positions in Iraq and Syria were shot down on Sunday.",
])
def test_both_places_of_a_list_after_a_weak_in(text: str) -> None:
    incidents = extract_report(text, published="2024-06-15").incidents
    assert sorted(incidents["target_place_id"]) == ["cc-iq", "cc-sy"]


def test_a_hebrew_subject_that_fires_is_the_launch() -> None:
    incidents = extract_report("איראן שיגרה הלילה עשרות טילים בליסטיים לעבר ישראל.", published="2025-06-15").incidents
    assert list(zip(incidents["target_place_id"], incidents["launch_place_id"])) == [("cc-il", "cc-ir")]


def test_a_hebrew_country_before_a_noun_is_no_launch() -> None:
    incidents = extract_report("צבא ישראל תקף הלילה בביירות.", published="2025-06-15").incidents
    assert incidents["launch_place_id"].isna().all()
