"""A group's claim of attacks at places it names is an event of its own, though a bare "attacks" needs a state force
as its subject otherwise.

Texts in our own words with the facts of the claims of 28 January 2024 (the Islamic Resistance in Iraq named al-Tanf
and Rukban the day a drone hit Tower 22) and of 30 November 2023 (a drone at Ain al-Asad).
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows


def test_a_claim_of_attacks_on_named_places_gives_one_incident_per_place(gazetteer):
    got = rows("The Islamic Resistance in Iraq claimed attacks on al-Tanf and Rukban on Sunday.", "2024-01-29",
               gazetteer, ("date", "event_type", "status", "target_place"))
    assert got == [("2024-01-28", "other", "claimed", "al-Tanf garrison"), ("2024-01-28", "other", "claimed", "Rukban")]
    got = rows("The group took responsibility for an attack against Ain al-Asad on Thursday.", "2023-12-01", gazetteer)
    assert got == [("2023-11-30", "other", "Ain al-Asad Air Base")]


def test_the_weapon_told_later_types_the_claimed_attack(gazetteer):
    # "other" (means untold) never outvotes the weapon a later sentence names for the same attack.
    got = rows("The group claimed responsibility for an attack on the Ain al-Asad base on Thursday. It said it had "
               "targeted the base with a drone.", "2023-12-01", gazetteer)
    assert got == [("2023-11-30", "drone_attack", "Ain al-Asad Air Base")]


def test_claims_that_name_no_place_or_count_many_attacks_tell_no_incident(gazetteer):
    # a tally, forces rather than a place, and a day after "on" are not claims of an attack at a place
    assert rows("The group has claimed dozens of attacks on Ain al-Asad and Harir since October.", "2024-01-29",
                gazetteer) == []
    assert rows("The group has claimed attacks on US forces in Iraq, calling them a response to the war on Gaza.",
                "2024-01-29", gazetteer) == []
    assert rows("The group claimed attacks on Sunday but named no target.", "2024-01-29", gazetteer) == []
