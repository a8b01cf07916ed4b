"""Where strikes came from by their direction, and a state's missiles downed (session 43), on sentences written for
these tests.

- "the aircraft attacked from the direction of the al-Tanf area": a clause that tells the direction an attack came from
  fires something whatever its verb, so the place after "from the direction of" (Arabic "من اتجاه") is the launch.
- "near the borders with Iraq and Jordan" tells where a place lies, no target.
- "Syrian air defences shot down Israeli missiles fired at the Damascus countryside": a state's missiles (its adjective
  right before them), downed, are its strike, and the later "the air strikes came from the direction of the Golan"
  joins that draft.
- Who fired downed fire is the state named before the weapon, not the side it was aimed at ("US forces shot down
  Iranian missiles aimed at Israel": Iran).
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def drafts(text: str, published: str = "2024-11-21") -> list[tuple[str, str, str, str]]:
    rows = extract_report(text, published=published).incidents
    return list(zip(rows["event_type"], rows["target_place_id"], rows["launch_place_id"].fillna(""),
                    rows["actor"].fillna("")))


@pytest.mark.parametrize("text, launch", [
    ("The ministry said the aircraft attacked Palmyra on Wednesday from the direction of the al-Tanf area, near the "
     "borders with Iraq and Jordan, and hit several buildings.", "sy-al-tanf-area"),
    ("Israeli jets struck Palmyra on Wednesday from the direction of al-Tanf.", "sy-al-tanf-garrison"),
    ("شن الطيران الإسرائيلي غارات على مدينة تدمر من اتجاه التنف يوم الأربعاء.", "sy-al-tanf-garrison"),
])
def test_the_direction_a_strike_came_from_is_its_launch(text: str, launch: str) -> None:
    got = drafts(text)
    assert [(d[1], d[2]) for d in got] == [("sy-palmyra", launch)]


def test_a_states_missiles_downed_are_its_strike_and_the_direction_joins_it() -> None:
    text = ("Syrian air defences shot down Israeli missiles fired at the Damascus countryside in the early hours of "
            "Saturday, the Syrian army said. The army said the air strikes came from the direction of the occupied "
            "Golan Heights.")
    assert drafts(text, "2024-02-10") == [("missile_strike", "sy-gov-rif-dimashq", "il-golan-heights", "Israel")]


@pytest.mark.parametrize("text, expected", [
    ("US forces shot down Iranian missiles aimed at Israel on Saturday.", ("interception", "cc-il", "cc-ir", "Iran")),
    ("US forces shot down an Iranian drone near Tower 22 on Saturday.", ("interception", "jo-tower-22", "", "Iran")),
    ("Jordan shot down drones heading toward Israel on Saturday.", ("interception", "cc-il", "", "")),
])
def test_who_fired_downed_fire_is_named_before_the_weapon(text: str, expected: tuple[str, str, str, str]) -> None:
    assert drafts(text, "2024-02-10") == [expected]
