"""A weapon as the means of a verb of damage, and blasts that tell no launch (session 46), on sentences written for
these tests.

"habe mit Kampfdrohnen Stellungen in Haifa zerstört" ('destroyed positions in Haifa with combat drones'): the weapon
after "mit" / "with" is the means of the verb of damage, so the clause tells fire. "Aus der Stadt Tabriz meldete die
Zeitung zwei Explosionen" ('from the city of Tabriz the paper reported two blasts'): blasts typed by the fire told
just before tell where they were heard, not where that fire came from.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def rows(text: str, published: str = "2025-06-17") -> list[tuple[str, str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"],
                      found["launch_place_id"].fillna("")))


@pytest.mark.parametrize("text, target", [
    ("Die Armee erklärte, sie habe in der Nacht mit Kampfdrohnen Stellungen in Haifa zerstört.", "il-haifa"),
    ("The group said it had destroyed positions in Eilat with drones overnight.", "il-eilat"),
])
def test_a_weapon_as_the_means_of_damage_is_fire(text: str, target: str) -> None:
    assert rows(text) == [("2025-06-17", "drone_attack", target, "")]


def test_a_weapon_named_with_no_verb_of_damage_is_no_fire() -> None:
    assert rows("The army keeps positions in Haifa with drones overhead.") == []


@pytest.mark.parametrize("after", [
    "Aus der Stadt Tabriz meldete die Zeitung zwei Explosionen.",
    "From the city of Tabriz, local media reported two explosions.",
])
def test_where_blasts_were_reported_is_no_launch(after: str) -> None:
    assert rows("Iran fired missiles at Haifa on Monday. " + after) == [
        ("2025-06-16", "missile_attack", "il-haifa", "cc-ir")]
