"""Spanish tells a strike with its participle ("dijo haber atacado" 'said it had attacked', "fue atacada" 'was
attacked'), and the plural of 'nuclear facilities of' steers a town's name to its nuclear site ("las instalaciones
nucleares de Jondab" is the Arak heavy water reactor at Khondab, as "instalación nuclear de Natanz" is the plant).

Why: a Spanish wire report of 19 June 2025 told the Israeli strike on the Arak reactor so, and gave no draft.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from geoincidents import extract_report


def test_said_to_have_attacked_the_nuclear_facilities_of_a_town() -> None:
    text = ("El ejército israelí dijo haber atacado durante la noche las instalaciones nucleares de Jondab, cerca de "
            "Arak, ciudad central de Irán.")
    incidents = extract_report(text, published="2025-06-19").incidents
    assert list(zip(incidents["event_type"], incidents["target_place_id"])) == [
        ("air_strike", "ir-arak-heavy-water-reactor")]


def test_was_attacked() -> None:
    incidents = extract_report("La base fue atacada con drones el domingo en Erbil.", published="2025-06-19").incidents
    assert list(zip(incidents["event_type"], incidents["target_place_id"])) == [("drone_attack", "iq-erbil")]


@pytest.mark.parametrize(("name", "place"), [
    ("instalaciones nucleares de Jondab", "ir-arak-heavy-water-reactor"),
    ("installations nucléaires de Natanz", "ir-natanz-enrichment-plant"),
    ("Jondab", "ir-khondab"),
])
def test_nuclear_facilities_in_the_plural_steer_to_the_site(name: str, place: str) -> None:
    assert Gazetteer.default().resolve(name).place.id == place
