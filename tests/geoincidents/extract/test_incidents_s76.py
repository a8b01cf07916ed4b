"""Incidents of session 76, on sentences written for these tests, in my own words, in the manner of the wire reports,
statements and local news of the militia fire at US bases and of the barrages on Israel; written after the failures of
the development sets."""
from __future__ import annotations

from geoincidents.extract import extract_report
from tests.geoincidents.extract.conftest import drafts


def _targets(text, published, gazetteer):
    return sorted((str(d), e, t) for d, e, t in drafts(text, published, gazetteer))


def _launches(text, published, gazetteer):
    incidents = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return dict(zip(incidents.target_place_id, incidents.launch_place_id))


def test_a_denial_of_another_verb_does_not_deny_the_downing(gazetteer):
    # ("that were not named": the "not" belongs to "named", not to the shooting down told after it)
    text = "American jets flying from airfields that were not named also shot down several drones over the province of Daraa."
    assert _targets(text, "2024-04-14", gazetteer) == [("2024-04-14", "interception", "sy-gov-daraa")]


def test_a_denied_downing_is_still_denied(gazetteer):
    # (the guard: "were not shot down" denies the downing; the drones hit the base)
    text = "The two drones were not shot down and struck the Harir base north of Erbil on Tuesday."
    assert ("interception" not in {e for _, e, _ in _targets(text, "2023-10-26", gazetteer)})
