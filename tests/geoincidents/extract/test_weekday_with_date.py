"""A weekday named with its calendar date ("on Friday, June 13") is that date, not the weekday counted back from the
publication day (a report of Friday 20 June telling of "Friday, June 13" had dated it the 20th). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


@pytest.mark.parametrize("text, day", [
    ("Israel launched air strikes on Iran in the early hours of Friday, June 13.", "2025-06-13"),
    ("Israel launched air strikes on Iran on Friday 13 June.", "2025-06-13"),
    ("The war began on Friday, June 13, when Israel launched air strikes on Iran.", "2025-06-13"),
    # A weekday alone, or with a month only, still counts back from the report's day.
    ("Israel launched air strikes on Iran on Friday.", "2025-06-20"),
    ("Israel launched air strikes on Iran on Wednesday, in a second wave.", "2025-06-18"),
])
def test_a_weekday_with_its_date_is_that_date(gazetteer, text, day):
    found = extract_report(text, published="2025-06-20", gazetteer=gazetteer).incidents
    assert list(found["date"]) == [day]
