"""Hebrew: missiles "from the direction of the Golan" (מכיוון הגולן), aimed at points "south of the city of
Damascus" (מדרום לעיר דמשק), the prefixed forms of missiles, and "air aggression" (session 44), on sentences written
for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text, event_type", [
    # 'the Israeli enemy carried out an air aggression with missiles from the direction of the occupied Syrian Golan,
    # and the missiles were aimed at several points south of the city of Damascus'
    ("ביום שישי ביצע האויב הישראלי תוקפנות אווירית בטילים מכיוון הגולן הסורי הכבוש, והטילים כוונו למספר נקודות "
     "מדרום לעיר דמשק.", "air_strike"),
    ("Missiles fired from the direction of the Golan struck several points south of Damascus on Friday.",
     "missile_attack"),
])
def test_fire_from_a_direction_at_points_placed_by_a_landmark(text: str, event_type: str) -> None:
    rows = extract_report(text, published="2022-06-10").incidents
    assert list(zip(rows["event_type"], rows["target_place_id"], rows["launch_place_id"])) == [
        (event_type, "sy-damascus", "il-golan-heights")]


def test_the_golan_alone_in_hebrew() -> None:
    rows = extract_report("הטילים שוגרו מכיוון הגולן.", published="2022-06-10").places
    assert rows["place_id"].tolist() == ["il-golan-heights"]
