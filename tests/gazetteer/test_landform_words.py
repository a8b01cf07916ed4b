"""A name written with a landform's common noun ("the Khabur river", "the Bishri mountains") is a landform's.

The word makes the phrase a river's, a valley's or a range's name (``landform`` rows of ``data/phrase_words.csv``), so
no town that only sounds like the name is read for it, and no country named by it (:mod:`gazetteer.spanreading`); a
landform the gazetteer holds is still found, and so is a place named as written beside the word. The rivers and
ranges below are not held.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer, PlaceNotFound
from gazetteer.phrasewords import grammar_words, landform_words


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


# Each was a town by sound: Degala (Iraq), Qaraoun (Lebanon), Sajur (Israel). ("Khabur river" and "the Balikh
# river", Kabri and Balqa by sound before, stood here until regions3.csv held the two rivers; test_regions3.py
# finds them. "Zap river" stood here until the cov47 check made it a name of the Great Zab, whose Turkish "Zap Suyu" it
# held: test_kurdish_turkish_spellings47.py.)
@pytest.mark.parametrize("phrase", ["Dijla river", "Karun river", "the Sajour river",
                                    "Fırat nehri"])
def test_a_landform_is_no_town_heard(g, phrase):
    with pytest.raises(PlaceNotFound):
        g.resolve(phrase)


# A valley or river named after a state is no state: it lies in it only in part (the Jordan Valley was Jordan).
@pytest.mark.parametrize("phrase", ["Vale do Jordão", "the Jordan river"])
def test_a_landform_named_after_a_country_is_not_the_country(g, phrase):
    with pytest.raises(PlaceNotFound):
        g.resolve(phrase)


@pytest.mark.parametrize(("phrase", "place_id", "method"), [
    ("Litani river", "lb-litani-river", "exact"),  # the landform held
    ("Sinjar mountains", "iq-sinjar-mountains", "exact"),
    ("Qandil mountains", "iq-qandil-mountains", "exact"),
    ("the Bishri mountains", "sy-jebel-bishri", "alias"),  # once Bsharri (Lebanon) by sound; held since regions2.csv
    ("the Tigris river in Mosul", "iq-mosul", "container"),  # a place named as written beside the word
    ("Kfarchouba hills", "lb-kfarchouba", "span"),
    ("the Zahrani river", "lb-zahrani-river", "exact"),  # once Dhahran by sound; held since levant_places8.csv
    ("the Jordan Valley", "ps-jordan-valley", "alias"),  # once Jordan, the country; held since levant_places8.csv
    ("Jordan Valley", "ps-jordan-valley", "exact"),
])
def test_a_landform_held_or_a_place_written_is_found(g, phrase, place_id, method):
    match = g.resolve(phrase)
    assert (match.id, match.method) == (place_id, method)


@pytest.mark.parametrize("phrase", ["the river", "lake", "the valley", "mountains"])
def test_a_landform_word_alone_names_nothing(g, phrase):
    with pytest.raises(PlaceNotFound):
        g.resolve(phrase)


def test_the_landform_words_are_grammar():
    assert {"river", "valley", "mountains", "nehri", "بحيرة", "река"} <= landform_words() <= grammar_words()
