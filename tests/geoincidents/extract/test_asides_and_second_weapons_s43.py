"""The speaker's aside and a second predicate with a weapon of its own (session 43), on sentences written for these
tests.

- "The official, who was not authorized to speak publicly, said the drone struck ...": a relative aside between commas
  tells of the speaker; its "authorized" makes no event hypothetical.
- "had fired rockets at the Shaddadi base and targeted Erbil airport with a drone": two predicates of one subject, each
  with a weapon of its own, are two clauses, typed each by its weapon, the subject shared.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def drafts(text: str) -> list[tuple[str, str, str]]:
    rows = extract_report(text, published="2024-03-07").incidents
    return list(zip(rows["event_type"], rows["target_place_id"], rows["actor"].fillna("")))


@pytest.mark.parametrize("text", [
    "The official, who was not authorized to speak publicly, said the drone struck the Mission Support Site Euphrates "
    "late Wednesday morning.",
    "The official, who spoke on condition of anonymity because they were not authorized to speak publicly, said the "
    "one-way attack drone struck the Mission Support Site Euphrates late Wednesday morning.",
])
def test_the_speakers_aside_makes_no_event_hypothetical(text: str) -> None:
    assert [d[:2] for d in drafts(text)] == [("drone_attack", "sy-conoco-gas-field-base")]


def test_strikes_authorized_are_still_no_event() -> None:
    assert drafts("Biden has approved strikes on targets in Syria, officials said.") == []


@pytest.mark.parametrize("text, expected", [
    ("The group also said it had fired rockets at the Shaddadi base in Hasakah province and targeted Erbil airport in "
     "northern Iraq with a drone on Tuesday.",
     [("rocket_attack", "sy-shaddadi-base", ""), ("drone_attack", "iq-erbil-international-airport", "")]),
    ("The Islamic Resistance in Iraq launched drones at al-Tanf and fired rockets at Ain al-Asad on Tuesday.",
     [("drone_attack", "sy-al-tanf-garrison", "Islamic Resistance in Iraq"),
      ("rocket_attack", "iq-ain-al-asad-air-base", "Islamic Resistance in Iraq")]),
    # one weapon: one clause, one type
    ("The Islamic Resistance in Iraq launched drones at al-Tanf and targeted Ain al-Asad on Tuesday.",
     [("drone_attack", "sy-al-tanf-garrison", "Islamic Resistance in Iraq"),
      ("drone_attack", "iq-ain-al-asad-air-base", "Islamic Resistance in Iraq")]),
])
def test_a_second_predicate_with_its_own_weapon(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert drafts(text) == expected
