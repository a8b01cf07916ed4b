"""A generic word names begin with (tall, tell, ain, deir, umm), matched alone before a capitalised word, opens a name.

Sentences written for these tests, in our own words.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def place_ids(text, gazetteer):
    return list(extract_report(text, gazetteer=gazetteer, published="2024-02-05").places["place_id"])


@pytest.mark.parametrize("text, absent", [
    ("Shells landed on Tall Jihan overnight.", "sy-at-tall"),  # not At Tall, near Damascus
    ("Turkish drones struck a farm near Tall Zaytun on Sunday.", "sy-at-tall"),
    ("Shells landed on Deir Qubbah overnight.", None),
])
def test_a_generic_word_before_an_unknown_name_is_no_place_alone(gazetteer, text, absent):
    found = place_ids(text, gazetteer)
    if absent:
        assert absent not in found
    assert all(not pid.endswith(("-tall", "-deir", "-ain")) for pid in found), found


@pytest.mark.parametrize("text, expected", [
    ("A drone struck a car in At Tall on Sunday.", "sy-at-tall"),  # the town named whole
    ("Rockets hit Tall on Sunday.", "sy-at-tall"),  # the word alone, nothing after it
    ("Shelling hit Tal Tamr on Sunday.", "sy-tall-tamr"),  # a name the gazetteer holds, generic word and all
])
def test_a_name_the_gazetteer_holds_stays(gazetteer, text, expected):
    assert expected in place_ids(text, gazetteer)


@pytest.mark.parametrize("text, absent", [
    ("Drones hit Ain Dara on Sunday.", "sy-daraa"),  # a village of Afrin, not Daraa in the south
    ("Two farmers were hurt when a shell fell near Ain Dara in the Afrin countryside.", "sy-daraa"),
    ("Artillery pounded Umm Batinah and the fields around it.", "om-gov-al-batinah-north"),
])
def test_a_name_after_a_generic_word_is_not_the_place_it_names_alone(gazetteer, text, absent):
    assert absent not in place_ids(text, gazetteer)
