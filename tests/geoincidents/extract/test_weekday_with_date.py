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


@pytest.mark.parametrize("words", ["over the past weekend", "over the previous weekend", "last weekend"])
def test_the_past_weekend_is_the_last_one(gazetteer, words):
    found = extract_report(f"US jets struck militia sites in Iraq {words}.", published="2024-02-08",
                           gazetteer=gazetteer).incidents
    assert list(found["date"]) == ["2024-02-03"]


@pytest.mark.parametrize("text, published, day", [
    ("Drones attacked Ain al-Asad air base on the 22nd.", "2024-01-23", "2024-01-22"),
    ("Drones attacked Ain al-Asad air base on the 28th, officials said.", "2024-02-03", "2024-01-28"),
    ("Drones attacked Ain al-Asad air base on the 31st.", "2024-03-05", "2024-01-31"),
    # Not a unit ("the 22nd Brigade"): the weekday dates it.
    ("The 22nd Brigade shelled Tal Tamr on Monday.", "2024-01-23", "2024-01-22"),
])
def test_a_day_of_the_month_told_alone(gazetteer, text, published, day):
    found = extract_report(text, published=published, gazetteer=gazetteer).incidents
    assert list(found["date"]) == [day]
