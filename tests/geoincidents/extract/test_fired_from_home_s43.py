"""Where a missile force's fire came from, and who attacked whom (session 43), on sentences written for these tests.

- "Iranian missiles struck the Nevatim air base", "Missiles fired by Iran", "the IRGC fired missiles at Tel Aviv": the
  missiles of a state force that strikes with missiles came from its country, as "Iran fired missiles at Israel" says
  outright (the launch is the whole country, and the notes say how it was read); not when the target lies in that
  country.
- "Iran attacked Israel with missiles": the object of the verb of attack is no firer.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def drafts(text: str) -> list[tuple[str, str, str, str]]:
    rows = extract_report(text, published="2024-10-02").incidents
    return list(zip(rows["event_type"], rows["target_place_id"], rows["launch_place_id"].fillna(""),
                    rows["actor"].fillna("")))


@pytest.mark.parametrize("text, expected", [
    ("Iranian missiles struck the Nevatim air base on Tuesday.",
     ("missile_attack", "il-nevatim-air-base", "cc-ir", "Iran")),
    ("Missiles fired by Iran struck Nevatim on Tuesday.", ("missile_attack", "il-nevatim-air-base", "cc-ir", "Iran")),
    ("The Islamic Revolutionary Guard Corps fired missiles at Tel Aviv on Tuesday.",
     ("missile_attack", "il-tel-aviv", "cc-ir", "Iran")),
    ("Iranian missiles struck Zahedan on Tuesday.", ("missile_attack", "ir-zahedan", "", "Iran")),
    ("Iran attacked Israel with missiles on Tuesday.", ("missile_attack", "cc-il", "cc-ir", "Iran")),
    ("Iran attacked Israel with drones on Tuesday.", ("drone_attack", "cc-il", "cc-ir", "Iran")),
])
def test_a_missile_forces_fire_comes_from_its_country(text: str, expected: tuple[str, str, str, str]) -> None:
    assert drafts(text) == [expected]


def test_the_notes_say_how_the_launch_was_read() -> None:
    notes = extract_report("Iranian missiles struck the Nevatim air base on Tuesday.",
                           published="2024-10-02").incidents["notes"].iloc[0]
    assert "Launch: Iran as a whole, the country of the force that fired (Iran)" in notes


def test_a_groups_rockets_keep_no_launch() -> None:
    assert drafts("Hezbollah fired rockets at Kiryat Shmona on Tuesday.") == [
        ("rocket_attack", "il-kiryat-shmona", "", "Hezbollah")]
