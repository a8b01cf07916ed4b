"""Where fire at an area came down, told by its damage or by the alerts before it (session 47), on sentences written
for these tests.

"About 30 rockets were fired toward the southern Golan Heights. Several homes in Kidmat Zvi were lightly damaged":
the damage, told in a sentence of no event, names the village in the region that was hit. "Sirens sounded in Metula.
The army said a hostile aircraft launched from Lebanon was intercepted": the alerts of the sentence before name where
fire told only by where it came from was aimed. Hebrew "כלי טיס מתאבד" (a suicide aircraft) is a drone.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def targets(text: str, published: str = "2024-05-06") -> list[tuple[str, str, str, str | None]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"],
                      found["launch_place_id"].where(found["launch_place_id"].notna(), None)))


@pytest.mark.parametrize("text", [
    "Earlier on Monday about 30 rockets were fired toward the southern Golan Heights. Several homes in the moshav of "
    "Kidmat Zvi were lightly damaged.",
    "מוקדם יותר היום שוגרו כ-30 רקטות לעבר דרום רמת הגולן. נגרם נזק קל לכמה בתים במושב קדמת צבי, ולא היו נפגעים.",
])
def test_damage_told_after_fire_at_a_region_names_the_village_hit(text: str) -> None:
    assert targets(text) == [("2024-05-06", "rocket_attack", "il-kidmat-tzvi", None)]


def test_damage_elsewhere_than_the_region_leaves_the_region() -> None:
    text = ("On Monday about 30 rockets were fired toward the southern Golan Heights. Separately, several homes in "
            "Haifa were damaged by a storm.")
    assert targets(text) == [("2024-05-06", "rocket_attack", "il-golan-heights", None)]


@pytest.mark.parametrize("text", [
    "Sirens sounded in Metula on Monday. The army said a hostile aircraft launched from Lebanon was intercepted.",
    "הבוקר הופעלו התרעות במטולה. בצה\"ל עדכנו כי כלי טיס עוין ששוגר מלבנון יורט.",
])
def test_alerts_just_before_name_where_fire_from_lebanon_was_aimed(text: str) -> None:
    assert {(t, l) for _, _, t, l in targets(text)} == {("il-metula", "cc-lb")}


def test_alerts_do_not_reach_fire_that_names_no_origin() -> None:
    text = "Sirens sounded in Metula on Monday. Later the army said it had intercepted a drone."
    assert [t for _, _, t, _ in targets(text)] in ([], [None])


def test_the_hebrew_suicide_aircraft_is_a_drone() -> None:
    text = "שני לוחמים נהרגו היום מפגיעת כלי טיס מתאבד ששוגר מלבנון לעבר מטולה."
    assert targets(text) == [("2024-05-06", "drone_attack", "il-metula", "cc-lb")]
