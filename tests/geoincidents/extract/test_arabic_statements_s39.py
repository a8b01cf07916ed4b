"""Three readings of Arabic news of the Lebanon front.

- "قتل أربعة أشخاص من الهيئة الصحية في بلدة بليدا" 'four people of the health authority were killed in the town of
  Blida': the "from" is the people's; Blida has its own "in" and is where the strike fell.
- The dual of a fired and fallen pair: "صاروخين أطلقا من لبنان سقطا في أدميت" 'two rockets fired from Lebanon fell
  in Adamit'.
- A direction word with a joined particle: "بجنوب لبنان" 'in south Lebanon' is the South Lebanon region, as
  "جنوب لبنان" is.

Why: an Arabic report of 24 February 2024 (strikes in south Lebanon, rockets on Adamit, the Blida strike) drafted
neither the Blida strike nor the rockets. Sentences written for these tests.
"""
from __future__ import annotations

from geoincidents import extract_report


def _incidents(text: str) -> list[tuple]:
    got = extract_report(text, published="2024-02-24").incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"], got["launch_place_id"]))


def test_people_of_a_body_killed_in_a_town() -> None:
    assert _incidents("وفي وقت سابق الخميس قتل أربعة أشخاص من الهيئة الصحية في بلدة بليدا جنوب لبنان، جراء غارة "
                      "شنّها الجيش الإسرائيلي على مركز في البلدة.") == [("2024-02-22", "air_strike", "lb-blida", None)]


def test_rockets_told_in_the_dual() -> None:
    assert _incidents("قالت إذاعة الجيش إن صاروخين أُطلقا من لبنان، سقطا في منطقة مفتوحة في أدميت صباح السبت.") == [
        ("2024-02-24", "rocket_attack", "il-adamit", "cc-lb")]


def test_a_direction_with_a_joined_particle() -> None:
    assert _incidents("قصف الجيش أهدافا في أربع مناطق مختلفة بجنوب لبنان يوم السبت.") == [
        ("2024-02-24", "air_strike", "lb-south-lebanon", None)]


def test_fired_from_positions_in_a_region_stays_the_launch() -> None:
    assert _incidents("أطلقت صواريخ من مواقع في جنوب لبنان باتجاه كريات شمونة يوم السبت.") == [
        ("2024-02-24", "rocket_attack", "il-kiryat-shmona", "lb-south-lebanon")]
