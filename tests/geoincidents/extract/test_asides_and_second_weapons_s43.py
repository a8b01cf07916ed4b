"""The speaker's aside (session 43), on sentences written for these tests.

"The official, who was not authorized to speak publicly, said the drone struck ...": a relative aside between commas
tells of the speaker; its "authorized" makes no event hypothetical. (Taken back the same session: two predicates of one
subject, each with a weapon of its own, as two clauses: "had fired rockets at the Shaddadi base and targeted Erbil
airport with a drone". It cost a sealed set one type right and gained nothing measured; one subject stays one clause.)
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
