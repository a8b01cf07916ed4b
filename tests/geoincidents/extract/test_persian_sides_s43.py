"""A Persian site told on a side of its landmark, or joined to its city (session 43), on sentences written for these
tests.

"پایگاه حریر در شمال اربیل را هدف قرار دادند" 'they targeted the Harir base in the north of Erbil': the object marker
after the landmark ends the site's noun phrase; the site is the target, the landmark where it lies.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text", [
    "پهپادها پایگاه حریر در شمال اربیل را هدف قرار دادند.",
    "پهپادهای انتحاری شامگاه یکشنبه پایگاه حریر در شمال اربیل را هدف قرار دادند.",
    "پایگاه حریر در شمال اربیل هدف قرار گرفت.",
])
def test_the_site_on_a_side_of_its_landmark_is_the_target(text: str) -> None:
    report = extract_report(text, published="2024-01-22")
    roles = dict(zip(report.places["place_id"], report.places["role"]))
    assert roles == {"iq-harir-air-base": "target", "iq-erbil": "context"}
    assert list(report.incidents["target_place_id"]) == ["iq-harir-air-base"]


def test_a_site_joined_to_its_city_is_the_target() -> None:
    # "the Zionist regime targeted Tehran's Mehrabad airport on Saturday evening": Persian joins the site to its city
    # with the unwritten ezafe; the object marker after the city ends the site's noun phrase.
    report = extract_report("رژیم صهیونیستی شامگاه شنبه فرودگاه مهرآباد تهران را هدف قرار داد.", published="2025-06-14")
    roles = dict(zip(report.places["place_id"], report.places["role"]))
    assert roles == {"ir-mehrabad-international-airport": "target", "ir-tehran": "context"}
    assert list(report.incidents["target_place_id"]) == ["ir-mehrabad-international-airport"]
