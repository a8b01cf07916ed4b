"""A state beyond the region in report text: a place where a preposition governs it, the state where it acts or
speaks, and no mention at all where it is an attribute ("US forces")."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _senses(text: str, gazetteer) -> list[tuple[str, str]]:
    r = extract_report(text, published="2024-02-05", gazetteer=gazetteer)
    return [(m, s) for m, s, c in zip(r.places["mention"], r.places["sense"], r.places["country"]) if c in ("US", "GB", "PK")]


@pytest.mark.parametrize(("text", "expected"), [
    ("B-1 bombers flown from the United States hit command centres in Iraq on Friday.", [("United States", "place")]),
    ("The prime minister was visiting Washington on Monday.", [("Washington", "place")]),
    ("Iran struck militant bases in Pakistan on Tuesday.", [("Pakistan", "place")]),
    # (Britain was once heard as Bartin in Turkey, and then listed as a place elsewhere, no mention)
    ("Officials in Britain and Iraq condemned the rocket attack on Erbil.", [("Britain", "place")]),
    ("The UK said it had struck Houthi sites in Yemen.", [("UK", "state")]),
    ("The United States said it would respond to the attack in Jordan.", [("United States", "state")]),
    ("Washington blamed Iran-backed militias for the drone attack.", [("Washington", "state")]),
    ("Shortly after that attack, a US AC-130 gunship struck a vehicle near Kirkuk.", [("US", "state")]),
    ("The strike came days after US retaliatory strikes in western Iraq.", [("US", "state")]),
    ("Rockets were fired at US forces at Ain al-Asad on Monday.", []),
    ("U.S. officials said two drones hit the base in Syria.", []),
    ("Militants attacked US and coalition troops in Syria on Sunday.", []),
    ("Militias targeted US bases in Iraq and Syria on Monday.", []),
    ("Three US air strikes hit Jurf al-Sakhar on Sunday.", []),
    ("A drone struck the US al-Tanf base in Syria on Monday.", [("US", "state")]),
    ("The US-led coalition said a drone hit its base.", []),
    # the state's commands and offices, named after it (once "US" of "US Central Command" was a target, through the
    # list before it: "near al-Qaim, US Central Command said")
    ("Strikes hit command centres near al-Qaim, US Central Command said on Friday.", []),
    ("The US Army said a drone hit the base on Monday.", []),
])
def test_a_state_beyond_the_region_in_a_sentence(gazetteer, text: str, expected):
    assert _senses(text, gazetteer) == expected


def test_an_attribute_leaves_the_place_after_it_whole(gazetteer):
    # Once "US al" was read as a name (the article dropped) and al-Tanf was lost.
    r = extract_report("Militias targeted the US al-Tanf base in Syria on Monday.", published="2024-02-05",
                       gazetteer=gazetteer)
    assert "al-Tanf base" in list(r.places["mention"])
    assert list(r.incidents["target_place"]) == ["al-Tanf garrison"]


def test_an_attack_on_us_forces_makes_no_end_of_the_united_states(gazetteer):
    r = extract_report("Militants fired rockets at US positions at al-Tanf and Rukban on Monday.", published="2024-01-22",
                       gazetteer=gazetteer)
    assert "cc-us" not in set(r.incidents["target_place_id"]) | set(r.incidents["launch_place_id"])
