"""A sentence opened by "N days after that <event>," and a projectile downed "as it approached" a place (session 44),
on sentences written for these tests.

"Five days after that killing, Iran fired missiles at X": the link points back with a demonstrative to the event told
last, so the sentence's event is that many days after it, even when a later day (a gathering "on Sunday evening") was
told between them. "A day after the strike, officials said ..." (no demonstrative) still dates nothing.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def dated(text: str, published: str = "2022-01-04") -> list[tuple[str, str, str]]:
    rows = extract_report(text, published=published).incidents
    return list(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    ("A US drone strike hit a convoy at Baghdad International Airport on January 3, 2020. Crowds gathered in the "
     "city on Sunday evening to remember it. Five days after that killing, Iran fired ballistic missiles at Ain "
     "al-Asad.",
     [("2020-01-03", "drone_strike", "iq-baghdad-international-airport"),
      ("2020-01-08", "missile_attack", "iq-ain-al-asad-air-base")]),
    ("Rockets struck Erbil airport on March 3. Two days after these attacks, a drone hit Harir air base.",
     [("2021-03-03", "rocket_attack", "iq-erbil-international-airport"),
      ("2021-03-05", "drone_attack", "iq-harir-air-base")]),
])
def test_days_after_that_event_count_from_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated(text) == expected


def test_a_link_without_a_demonstrative_still_dates_nothing() -> None:
    # the saying is not the strike's day: the rockets keep the day told before
    assert dated("Rockets struck Erbil airport on March 3. A day after the strike, officials said the airport "
                 "had reopened.") == [("2021-03-03", "rocket_attack", "iq-erbil-international-airport")]


def test_downed_as_they_approached_a_base() -> None:
    assert dated("Air defences brought down two drones as they approached Iraq's Ain al-Asad air base on "
                 "Tuesday.") == [("2022-01-04", "interception", "iq-ain-al-asad-air-base")]
