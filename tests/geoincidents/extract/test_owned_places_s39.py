"""A place told with its owner's possessive after a verb of attack ("struck Iran's Fordow site") is what was struck,
also when another target follows in the sentence ("... and facilities at Natanz"): the owner takes the verb's cue
first and passes it to the place it owns, and then stands as that place's container. A landmark after "near" keeps
what it owns as landmark too ("near northeastern Lebanon's Baalbek").

Why: a sentence of the kind reports of the June 2025 US strikes wrote left Fordow as context when Natanz followed.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("text", "targets"), [
    # (since session 59 a nuclear town's bare name struck is its nuclear site: the facilities at Natanz)
    ("US bombers struck Iran's Fordow site and facilities at Natanz early Sunday.",
     ["ir-fordow-enrichment-plant", "ir-natanz-enrichment-plant"]),
    ("Missiles fired from Yemen's Saada province hit Israel's Eilat port on Monday and a site near Tel Aviv.",
     ["il-port-of-eilat", "il-tel-aviv"]),
    ("US bombers struck Iran's Fordow site early Sunday.", ["ir-fordow-enrichment-plant"]),
])
def test_an_owned_place_after_the_verb_is_the_target(text: str, targets: list[str]) -> None:
    report = extract_report(text, published="2025-06-22")
    assert list(report.incidents["target_place_id"]) == targets
    owners = report.places[report.places["place_id"].str.startswith("cc-")]
    assert set(owners["role"]) == {"context"}


def test_the_launch_owned_by_a_country_is_the_launch() -> None:
    report = extract_report("Missiles fired from Yemen's Saada province hit Israel's Eilat port on Monday.",
                            published="2025-06-22")
    assert list(report.incidents["launch_place_id"]) == ["ye-gov-saada"]


def test_what_a_landmark_owns_is_a_landmark_too() -> None:
    report = extract_report("Israeli jets struck a compound in the Sefri area near northeastern Lebanon's Baalbek on "
                            "Monday.", published="2024-05-06")
    assert list(report.incidents["target_place_id"]) == ["lb-es-sifri"]
