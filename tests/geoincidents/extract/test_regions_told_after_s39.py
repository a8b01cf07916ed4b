"""A region told right after the area a hit place lies in ("the Hor Mor gas field in the Suleymaniya region of
Iraqi Kurdistan", "the field in Sulaymaniyah, Iraqi Kurdistan") says where the place lies, as "Erbil in the Kurdistan
Region" does: it is no second target. Places listed with the area as targets stay targets.

Why: a wire report of a January 2024 drone attack on the Khor Mor field drafted a second incident on the whole
Kurdistan Region. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text", [
    "A drone hit facilities at the Hor Mor gas field in the Suleymaniya region of Iraqi Kurdistan yesterday.",
    "A drone hit the Hor Mor gas field in Sulaymaniyah, Iraqi Kurdistan, yesterday.",
    "A drone hit facilities at the Hor Mor gas field in Iraqi Kurdistan yesterday.",
])
def test_the_region_after_the_area_is_where_it_lies(text: str) -> None:
    report = extract_report(text, published="2024-01-26")
    assert list(zip(report.incidents["date"], report.incidents["target_place_id"])) == [
        ("2024-01-25", "iq-khor-mor-gas-field")]


def test_places_listed_before_the_region_stay_targets() -> None:
    report = extract_report("Drones hit Erbil and Sulaymaniyah, Iraqi Kurdistan, yesterday.", published="2024-01-26")
    assert sorted(report.incidents["target_place_id"]) == ["iq-erbil", "iq-sulaymaniyah"]


def test_the_district_a_village_lies_in() -> None:
    # "in Kfardjal in the Nabatieh district": the district says where the village lies (Kfardjal, as the National
    # spelt Kfar Dajjal, and "Kfrar Melki" as it spelt Kfar Melki, are spellings of the gazetteer now)
    report = extract_report("A drone struck a car in Kfardjal in the Nabatieh district on Tuesday.",
                            published="2025-06-24")
    assert list(report.incidents["target_place_id"]) == ["lb-kfar-dajjal"]
    assert extract_report("Strikes hit the outskirts of Kfrar Melki on Monday.",
                          published="2025-06-24").incidents["target_place_id"].tolist() == ["lb-kfar-melki"]


def test_a_turkish_region_in_the_locative_holds_the_place_after_it() -> None:
    # "Irak Kürdistan Bölgesi'nde Hor Mor doğalgaz sahasına" 'in Iraq's Kurdistan Region, at the Khor Mor gas field'
    report = extract_report("Irak Kürdistan Bölgesi'nde Hor Mor doğalgaz sahasına İHA saldırısı düzenlendi.",
                            published="2025-11-27")
    assert list(report.incidents["target_place_id"]) == ["iq-khor-mor-gas-field"]
