"""An unknown site's "area of" a known region, reached by the cue before it; a model number is no count (session 44),
on sentences written for these tests."""
from __future__ import annotations

from geoincidents import extract_report


def test_the_region_an_unknown_area_lies_in_is_the_nearest_target() -> None:
    rows = extract_report("Hezbollah shot down an Israeli drone over the Iqlim al-Tuffah area of southern Lebanon on "
                          "Monday.", published="2024-02-26").incidents
    assert list(zip(rows["event_type"], rows["target_place_id"])) == [("interception", "lb-south-lebanon")]


def test_a_model_number_is_no_count() -> None:
    rows = extract_report("Hezbollah shot down an Israeli Hermes 450 drone over southern Lebanon on Monday.",
                          published="2024-02-26").incidents
    assert rows["munitions"].isna().all() or rows["munitions"].tolist() == [""]
    rows = extract_report("Iran fired 120 drones at Israel on Monday.", published="2024-02-26").incidents
    assert rows["munitions"].tolist() == ["120 drones"]
