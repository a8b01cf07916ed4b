"""A place told "in" the region it lies in, with only articles, directions and the country between ("Rockets landed in
Erbil in the Kurdistan Region", "Erbil International Airport in Iraq's Kurdistan Region was targeted", "... in the
northern Iraqi autonomous region of Kurdistan"), is the place hit and the region where it lies (one draft, not two);
a town told "in" a city near it ("the town of Sirrin in Kobani was hit": Kobani standing for its district) is the town
hit.

Why: development reports d90 and d95 (session 37) wrote these; the region had taken the passive verb's cue and the
airport had become context (five extra drafts at the Kurdistan Region in d90), and Kobani had been hit instead of
Sirrin. A region and a town of it named apart in one clause still keep both ("strikes across the Kurdistan Region and
in Erbil"). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str, published: str = "2024-01-28") -> list[tuple[str, str, str]]:
    got = extract_report(text, published=published).incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"]))


@pytest.mark.parametrize(("text", "target"), [
    ("Rockets landed in Erbil in the Kurdistan Region on Sunday.", "iq-erbil"),
    ("Erbil International Airport in Iraq's Kurdistan Region was targeted on Sunday.", "iq-erbil-international-airport"),
    ("A base next to Erbil International Airport in the northern Iraqi autonomous region of Kurdistan was targeted on "
     "Sunday.", "iq-erbil-international-airport"),
    ("Drones struck the Khor Mor field in the Kurdistan Region on Sunday.", "iq-khor-mor-gas-field"),
])
def test_a_place_in_its_region_is_the_place_hit(text, target):
    assert [d[2] for d in _drafts(text)] == [target]


@pytest.mark.parametrize("text", [
    "The town of Sirrin in Kobani was hit on Sunday.",
    "The village of al-Qasf and the town of Sirrin in Kobani were also hit on Sunday.",
])
def test_a_town_told_in_its_city_is_the_town_hit(text):
    assert "sy-sarrin" in [d[2] for d in _drafts(text)]
    assert "sy-kobani" not in [d[2] for d in _drafts(text)]


def test_the_city_itself_hit_stays_hit():
    assert [d[2] for d in _drafts("Turkish drones hit Kobani on Sunday.")] == ["sy-kobani"]
