"""A German article before a country's name ("Der Iran hat Raketen auf Israel abgefeuert") is no name opener: "Der"
is a spelling of Deir, but "Der Iran" is Iran, which fires, as "Iran hat ... abgefeuert" does. A country after an
article that opens the sentence and fires is the launch ("The United States fired ..."), as it is without one.
"Der Zor" stays Deir ez-Zor.

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("text", "launch"), [
    ("Der Iran hat Raketen auf Israel abgefeuert.", "cc-ir"),
    ("Iran hat Raketen auf Israel abgefeuert.", "cc-ir"),
    ("The United States fired Tomahawk missiles at Houthi targets in Yemen on Sunday.", "cc-us"),
])
def test_a_country_after_an_article_fires(text: str, launch: str) -> None:
    incidents = extract_report(text, published="2024-04-14").incidents
    assert list(incidents["launch_place_id"]) == [launch]


def test_der_zor_is_still_deir_ez_zor() -> None:
    places = extract_report("Drones hit Der Zor on Sunday.", published="2024-04-14").places
    assert list(places["place_id"]) == ["sy-deir-ez-zor"]


def test_a_country_after_an_article_that_warns_is_no_launch() -> None:
    # only a verb of fire (or its auxiliary) right after the country makes it the launch
    text = ("The United States warned earlier on Tuesday that Iran plans to launch an imminent ballistic missile "
            "attack. At least one missile fell in Tel Aviv.")
    incidents = extract_report(text, published="2024-10-01").incidents
    assert "cc-us" not in set(incidents["launch_place_id"].dropna())
