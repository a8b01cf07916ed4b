"""The dead of attacks at a place, and the side of one killed (session 46), on sentences written for these tests.

"five Guards members were killed in attacks on the western city of Khorramabad": the dead of attacks at a place tell
fire there, typed by the strike told just before. "it had killed a senior commander of Iran's Quds Force in a strike":
the force after "a commander of" is the side of the one killed, neither who struck nor the missile force whose strikes
are missiles.
"""
from __future__ import annotations

from geoincidents import extract_report


def rows(text: str, published: str = "2025-06-21") -> list[tuple[str, str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"],
                      found["actor"].fillna("")))


def test_the_dead_of_attacks_on_a_town_tell_fire_there() -> None:
    text = ("Israeli jets struck Kermanshah overnight. Officials said six soldiers were killed in attacks on the "
            "western city of Khorramabad.")
    assert rows(text) == [("2025-06-21", "air_strike", "ir-kermanshah", "Israel"),
                          ("2025-06-21", "air_strike", "ir-khorramabad", "")]


def test_the_wounded_of_a_strike_on_a_place() -> None:
    assert rows("Five people were wounded in a strike on Dahieh on Monday.") == [
        ("2025-06-16", "air_strike", "lb-dahieh", "")]


def test_the_dead_of_attacks_counted_since_a_day_are_no_event() -> None:
    assert rows("Five people were killed in attacks on Haifa since October.") == []


def test_the_force_of_a_commander_killed_is_not_who_struck() -> None:
    text = "Israel said on Saturday it had killed a senior commander of Iran's Quds Force in a strike on a flat in Qom."
    assert rows(text) == [("2025-06-21", "air_strike", "ir-qom", "Israel")]


def test_a_spokesman_of_a_force_still_speaks_for_it() -> None:
    text = "A spokesman of the Revolutionary Guards said they struck a base in Erbil on Monday."
    assert rows(text) == [("2025-06-16", "missile_attack", "iq-erbil-air-base", "Iran")]


def test_soldiers_killed_in_clashes_tell_no_fire() -> None:
    text = ("Turkish drones struck a car near Penjwen on Friday. The strike came a day after the ministry said four "
            "soldiers had been killed in clashes with the PKK in northern Iraq.")
    assert rows(text, "2023-08-11") == [("2023-08-11", "drone_strike", "iq-penjwen", "Turkey")]


def test_soldiers_killed_at_a_place_on_a_day_of_their_own_still_tell_an_attack() -> None:
    text = "US jets struck sites in Iraq on Friday, days after three American soldiers were killed in Jordan on Sunday."
    assert ("2023-08-06", "other", "cc-jo", "") in rows(text, "2023-08-11")  # (the soldiers' side is no actor)
