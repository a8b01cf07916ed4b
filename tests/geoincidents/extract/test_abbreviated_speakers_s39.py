"""A force written with an abbreviation that speaks of its own strike ("The U.S. military said it struck", "The
U.K. defence ministry said its jets struck") is the one who struck, as "The US military said it struck" is: the
letters and stops of the abbreviation are tokens of their own and do not push "said it" out of reach.

Why: the commonest wire sentence of the February 2024 US strikes gave no draft when "U.S." was written with stops.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("text", "target"), [
    ("The U.S. military said it struck targets in Iraq on Friday.", "cc-iq"),
    ("The US military said it struck targets in Iraq on Friday.", "cc-iq"),
    ("The U.K. defence ministry said its jets struck targets in Yemen on Friday.", "cc-ye"),
])
def test_an_abbreviated_force_speaking_of_its_strike(text: str, target: str) -> None:
    incidents = extract_report(text, published="2024-02-05").incidents
    assert list(zip(incidents["date"], incidents["event_type"], incidents["target_place_id"])) == [
        ("2024-02-02", "air_strike", target)]
