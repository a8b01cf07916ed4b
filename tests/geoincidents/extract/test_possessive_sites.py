"""A site named through the place that owns it ("Baghdad's airport") is the site, not the city.

Texts in our own words with the facts of real reports: Israel's strike on Sanaa's airport of 6 May 2025 and the
rockets at Baghdad's airport of 2023-2024.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from tests.geoincidents.extract.test_unseen_kinds import rows


def test_a_site_named_through_its_owner_is_the_site(gazetteer):
    cols = ("target_place",)
    assert rows("Rockets hit Baghdad's airport on Tuesday.", "2024-01-10", gazetteer, cols) == [
        ("Baghdad International Airport",)]
    assert rows("Israeli aircraft struck Sanaa's international airport on Tuesday.", "2025-05-07", gazetteer, cols) == [
        ("Sana'a Airport",)]
    assert rows("Rockets hit Baghdad's main airport on Tuesday.", "2024-01-10", gazetteer, cols) == [
        ("Baghdad International Airport",)]


def test_an_owner_before_what_is_no_site_stays_a_place_or_nothing(gazetteer):
    # a named part after the "'s" is its own mention; a government is no place
    assert rows("Rockets hit Baghdad's Green Zone on Tuesday.", "2024-01-10", gazetteer, ("target_place",)) == [
        ("Green Zone",)]
    assert rows("Baghdad's government said on Tuesday it would respond.", "2024-01-10", gazetteer) == []


@pytest.mark.parametrize("text, site", [
    ("On Tuesday one-way drones targeted the air base in Irbil, Iraq.", "iq-erbil-air-base"),
    ("Rockets hit the airport in Sanaa on Tuesday.", "ye-sanaa-airport"),
    # A named site's words before the town are that site's: the town is where it lies.
    ("The Harir base in Erbil came under drone attack on Tuesday.", "iq-harir-air-base"),
    # A building in a town is no site the gazetteer holds: the town.
    ("A drone hit a house in Erbil on Tuesday.", "iq-erbil"),
])
def test_the_site_words_before_a_town_name_its_site(gazetteer, text, site):
    found = extract_report(text, published="2023-11-07", gazetteer=gazetteer).incidents
    assert list(found["target_place_id"]) == [site]

