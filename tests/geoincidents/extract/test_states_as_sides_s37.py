"""A country that is a side of an exchange, negotiations or tensions ("a larger exchange of fire between Israel and
Iran", "die Spannungen zwischen Israel und dem Iran", "as conflict with Israel intensifies") stands for its state, and
so does a country owning its people, voice, sirens, scientists, security or a network ("to protect Israel's
population", "to silence Iran's voice", "Iran's crucial energy network"), and a state beyond the region that attacks
are told on ("the attacks on the US on the evening of June 28": its forces were attacked): no place of the report.

Why: the blind development sets of session 37 (d93: the June 2025 war) annotate none of these as places; the
extractor had read them as places (seven predicted places that matched nothing). A country's sovereignty stays a place
("a breach of Iraq's sovereignty": the repository's development set annotates it). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _senses(text: str) -> dict[str, str]:
    places = extract_report(text, published="2025-06-20").places
    return dict(zip(places["mention"], places["sense"]))


@pytest.mark.parametrize(("text", "states"), [
    ("The strike was part of a larger exchange of fire between Israel and Iran.", {"Israel", "Iran"}),
    ("Die Spannungen zwischen Israel und dem Iran erreichen eine neue Stufe.", {"Israel", "Iran"}),
    ("Iran fired missiles at Haifa as the conflict with Israel intensified.", {"Iran", "Israel"}),
    ("Negotiations between Iran and the United States were postponed.", {"Iran", "United States"}),
    ("The air force works to protect Israel's population and infrastructure.", {"Israel"}),
    ("He called the strike an attempt to silence Iran's voice.", {"Iran"}),
    ("The depot is a vital part of Iran's crucial energy network.", {"Iran"}),
])
def test_sides_and_what_a_state_owns_are_states(text, states):
    senses = _senses(text)
    assert {m for m, s in senses.items() if s == "state"} >= states


@pytest.mark.parametrize(("text", "place"), [
    ("The border between Iraq and Syria was closed after the strike.", "Iraq"),
    ("Officials called the raid a breach of Iraq's sovereignty.", "Iraq"),
    ("Rockets hit Israel's north as the exchange went on.", "Israel"),
])
def test_places_stay_places(text, place):
    assert _senses(text)[place] == "place"


@pytest.mark.parametrize("text", [
    "The attacks on the US on the evening of June 28 appear to be retaliation.",
    "Militias have carried out dozens of attacks against the United States since October.",
])
def test_a_state_beyond_the_region_attacked_is_the_state(text):
    got = extract_report(text, published="2021-06-29")
    assert set(got.places["sense"]) == {"state"} and got.incidents.empty


def test_a_place_of_the_region_attacked_stays_a_place():
    assert _senses("Militias carried out dozens of attacks against Syria's east on Monday.")["Syria"] == "place"
