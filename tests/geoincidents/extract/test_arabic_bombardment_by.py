"""Arabic "قصف" 'bombardment' is an air strike, unless a weapon word with its "ب" 'by, with' just after it names what
it was made with: a militia's drone, a state's drone strike.

Sentences written for these tests, in our own words, on the pattern of 2023 Arabic reports.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


@pytest.mark.parametrize("text, event_type, target", [
    ("قال بيان للفصائل إنّ قصفًا جديدًا بطائرة مسيرة أصاب أهدافًا في قاعدة عين الأسد يوم السبت",
     "drone_attack", "iq-ain-al-asad-air-base"),
    ("قصف بطائرة مسيرة إسرائيلية سيارة في بلدة الخيام يوم السبت", "drone_strike", "lb-khiam"),
    ("قصف إسرائيلي مكثف على بلدة الخيام يوم السبت", "air_strike", "lb-khiam"),  # no weapon: the air strike
])
def test_a_bombardment_is_typed_by_the_weapon_it_was_made_with(gazetteer, text, event_type, target):
    r = extract_report(text, gazetteer=gazetteer, published="2023-10-22")
    assert list(zip(r.incidents["date"].astype(str), r.incidents["event_type"], r.incidents["target_place_id"])) \
        == [("2023-10-21", event_type, target)]
