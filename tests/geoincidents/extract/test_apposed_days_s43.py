"""A relative day with its calendar day in apposition, and what a relative day counts from (session 43), on
sentences written for these tests.

"Four days earlier, on August 5, rockets hit al-Asad air base": one time told twice. The calendar day is the event's;
the relative one would be counted from the publication, not from the event told before. A relative day
("Four days earlier") counts from the day of the event told before, not from the day a spokesman spoke of it.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def dated(text: str) -> list[tuple[str, str]]:
    rows = extract_report(text, published="2024-08-13").incidents
    return list(zip(rows["date"].astype(str), rows["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    ("An attack drone struck the Rumalyn Landing Zone in northeastern Syria on Friday, a spokesman said on Tuesday. "
     "Four days earlier, on August 5, rockets hit al-Asad air base in western Iraq.",
     [("2024-08-09", "sy-rumalyn-landing-zone"), ("2024-08-05", "iq-ain-al-asad-air-base")]),
    ("Two days later, on 7 August, a drone hit Erbil airport.", [("2024-08-07", "iq-erbil-international-airport")]),
    # without a calendar day, the relative day counts from the day told last
    ("Four days earlier, rockets hit al-Asad air base in western Iraq.", [("2024-08-09", "iq-ain-al-asad-air-base")]),
    # ... an event's day, not the day a spokesman spoke
    ("An attack drone struck the Rumalyn Landing Zone in northeastern Syria on Friday, a spokesman said on Tuesday. "
     "Four days earlier, rockets hit al-Asad air base in western Iraq.",
     [("2024-08-09", "sy-rumalyn-landing-zone"), ("2024-08-05", "iq-ain-al-asad-air-base")]),
])
def test_the_calendar_day_apposed_is_the_events(text: str, expected: list[tuple[str, str]]) -> None:
    assert dated(text) == expected
