"""Kinds of failure seen on heldout10 (former held-out set, now development material), one test per kind.

Texts are written in our own words with the facts of real reports: the Turkish air and drone strikes on PKK-held
areas of north-east Syria and northern Iraq of 5 October 2023 (after the bombing in Ankara of 1 October) and of
23 October 2024 (after the assault on the TUSAS aerospace plant near Ankara).
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows


def test_turkey_is_a_state_force_whose_generic_strikes_are_air_strikes(gazetteer):
    # A generic "strikes" counts only when a state force acts: Turkey is one, like the US or Israel.
    got = rows("Turkish forces carried out wide air strikes on Kurdish-held areas in Syria and Iraq late on Wednesday, "
               "killing at least twelve people.", "2024-10-25", gazetteer, ("date", "event_type", "actor", "target_place"))
    assert got == [("2024-10-23", "air_strike", "Turkey", "Syria"), ("2024-10-23", "air_strike", "Turkey", "Iraq")]
    got = rows("On Thursday Turkey hit an oil station near Qamishli.", "2023-10-06", gazetteer,
               ("date", "event_type", "actor", "target_place"))
    assert got == [("2023-10-05", "air_strike", "Turkey", "Qamishli")]
    # Without the state force the same verb tells no strike of its own.
    assert rows("On Thursday the company hit its sales target in Qamishli.", "2023-10-06", gazetteer) == []


def test_a_compass_word_before_a_listed_place_keeps_it_on_the_list(gazetteer):
    got = rows("Turkish jets bombed PKK positions in northern Syria and northern Iraq on Wednesday.", "2024-10-25",
               gazetteer)
    assert got == [("2024-10-23", "air_strike", "Syria"), ("2024-10-23", "air_strike", "Iraq")]
    got = rows("Turkish jets bombed PKK positions in Syria and north-eastern Iraq on Wednesday.", "2024-10-25",
               gazetteer)
    assert got == [("2024-10-23", "air_strike", "Syria"), ("2024-10-23", "air_strike", "Iraq")]
    # A landmark stays one: "south of Baghdad" names where the target is, not a second target.
    got = rows("Turkish jets bombed a camp at Makhmur, south of Erbil, on Wednesday.", "2024-10-25", gazetteer)
    assert [t for _, _, t in got] == ["Makhmur"]
