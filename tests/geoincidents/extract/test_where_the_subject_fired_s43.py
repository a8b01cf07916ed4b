"""Where the group that fired is, told with it as the subject (session 43), on sentences written for these tests.

"Iranian-backed militants in western Iraq launched multiple ballistic missiles ... targeting al-Asad Airbase": the
place after "in" that ends an armed group's name, right before its firing verb, is where the fire came from. A launch
country holding the target stays the launch (the fire was inside one country); a place told after the launch area
with no cue of its own still says where in it the fire came from ("from Anbar in western Iraq").
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def ends(text: str) -> list[tuple[str, str]]:
    rows = extract_report(text, published="2024-01-21").incidents
    return list(zip(rows["target_place_id"], rows["launch_place_id"].fillna("")))


@pytest.mark.parametrize("text, expected", [
    ("At approximately 6:30 p.m. (Baghdad time) Jan. 20, Iranian-backed militants in western Iraq launched multiple "
     "ballistic missiles and rockets targeting al-Asad Airbase, Iraq.", [("iq-ain-al-asad-air-base", "cc-iq")]),
    ("Militants in Iraq fired rockets at the Victory base in Baghdad on Sunday.", [("iq-camp-victory", "cc-iq")]),
    ("Rockets were fired from Anbar in western Iraq at al-Asad on Sunday.", [("iq-ain-al-asad-air-base", "iq-gov-anbar")]),
    # a group in a place that only speaks fires nothing from there
    ("Militants in Iraq said they fired rockets at the Rumalyn base on Sunday.", [("sy-rumalyn-landing-zone", "")]),
])
def test_where_the_group_that_fired_is(text: str, expected: list[tuple[str, str]]) -> None:
    assert ends(text) == expected
