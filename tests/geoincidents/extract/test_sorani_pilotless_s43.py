"""Sorani's pilotless aircraft (session 43), on sentences written for these tests.

"فڕۆکەیەکی بێفڕۆکەوانی تورکیا ... بۆردومان کرد" 'a Turkish pilotless aircraft bombarded ...': the pilotless aircraft is
a drone, as درۆن is, so its state's bombardment is a drone strike, not an air strike.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text", [
    "فڕۆکەیەکی بێفڕۆکەوانی تورکیا ئەمڕۆ ئۆتۆمبێلێکی لە نزیک شارۆچکەی سیدەکان بۆردومان کرد.",
    "فڕۆکەی بێ فڕۆکەوانی تورکیا ئەمڕۆ گوندێکی لە نزیک سیدەکان بۆردومان کرد.",
    "درۆنێکی تورکیا ئەمڕۆ ئۆتۆمبێلێکی لە نزیک شارۆچکەی سیدەکان بۆردومان کرد.",
])
def test_a_pilotless_aircraft_is_a_drone(text: str) -> None:
    rows = extract_report(text, published="2024-06-10").incidents
    assert list(zip(rows["event_type"], rows["target_place_id"], rows["actor"])) == [
        ("drone_strike", "iq-sidakan", "Turkey")]


def test_a_warplane_stays_an_air_strike() -> None:
    rows = extract_report("فڕۆکە جەنگییەکانی تورکیا ئەمڕۆ گوندێکی لە نزیک سیدەکان بۆردومان کرد.",
                          published="2024-06-10").incidents
    assert list(rows["event_type"]) == ["air_strike"]
