"""A single Latin word heard by sound through the name's vowels (likeness under 70 %) may write at most two vowels more
or fewer than the name: a vowel may be written between two consonants or not (Tanf, Tenef; Sajd, Sejoud), but an
English word of four vowels is no Arabic name of one ("Missouri" had been Egypt, by Misr)."""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


@pytest.mark.parametrize("word", ["Missouri", "Rahmen"])
def test_a_word_of_many_more_vowels_is_no_name_heard_by_sound(gazetteer, word):
    with pytest.raises(PlaceNotFound):
        gazetteer.resolve(word)


@pytest.mark.parametrize("spelling, place_id", [("Sajd", "lb-sejoud"), ("Tenef", "sy-al-tanf-garrison"),
                                                ("Alboukamal", "sy-albu-kamal")])
def test_spellings_a_vowel_or_two_apart_are_still_heard(gazetteer, spelling, place_id):
    assert gazetteer.resolve(spelling).place.id == place_id
