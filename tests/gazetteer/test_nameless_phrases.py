"""A phrase that names no place resolves to nothing (issue 7: hostile input, ranking), in our own words.

A phrase made only of the grammar's words (descriptors, qualifiers, generic and common words of
data/phrase_words.csv and data/normalize_descriptors.csv, in any language the tables cover) holds no
name: it is never answered by sound or likeness ("the valley" was Aaley, "the border area" Burdur,
"al-Matar", 'the airport', Matrouh, "القرية", 'the village', HaKirya) nor by a place's name with its
descriptor taken off ("العاصمة", 'the capital', was Jordan's governorate محافظة العاصمة). The same
words beside a name still find the name.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound
from gazetteer.phrasewords import grammar_words
from gazetteer.normalize import normalize


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


# Descriptor and common words alone, as reporters and translators write them.
NAMELESS = [
    ("the valley", "English"),
    ("in the valley", "English"),
    ("the border area", "English"),
    ("the border town", "English"),
    ("the airport", "English"),
    ("the capital", "English"),
    ("al-Matar", "Arabic 'the airport' in Latin letters"),
    ("al-Mataar", "the same, a long vowel doubled"),
    ("al-Qarya", "Arabic 'the village' in Latin letters"),
    ("القرية", "Arabic 'the village'"),
    ("العاصمة", "Arabic 'the capital'"),
    ("المطار", "Arabic 'the airport'"),
    ("la vallée", "French 'the valley'"),
    ("la frontière", "French 'the border'"),
    ("das Tal", "German 'the valley'"),
    ("die Grenzregion", "German 'the border region'"),
]

# The same words with a name beside them: the name is found.
NAMED = [
    ("Matar Baghdad", "iq-baghdad-international-airport"),  # Arabic 'Baghdad airport' in Latin letters
    ("مطار بغداد", "iq-baghdad-international-airport"),
    ("the border area of al-Qaim", "iq-al-qaim"),
    ("العاصمة بغداد", "iq-baghdad"),  # 'the capital Baghdad'
    ("محافظة العاصمة", "jo-gov-amman"),  # the governorate's own Arabic name
    ("Capital Governorate", "jo-gov-amman"),
    ("the Bekaa valley", "lb-bekaa-valley"),  # the valley's own region row (spans Beqaa and Baalbek-Hermel)
    # A generic word opens a name: "zur" is a German grammar word, yet "Deir ez-Zur" is heard as Deir ez-Zor.
    ("the province of Deir ez-Zur", "sy-gov-deir-ez-zor"),
]


@pytest.mark.parametrize(("phrase", "language"), NAMELESS)
def test_a_phrase_of_grammar_words_names_no_place(g: Gazetteer, phrase: str, language: str) -> None:
    with pytest.raises(PlaceNotFound):
        g.resolve(phrase)


@pytest.mark.parametrize(("phrase", "place_id"), NAMED)
def test_the_same_words_beside_a_name_find_the_name(g: Gazetteer, phrase: str, place_id: str) -> None:
    assert g.resolve(phrase).id == place_id


@pytest.mark.parametrize("word", ["valley", "vallée", "matar", "mataar", "qarya", "العاصمة", "القرية"])
def test_the_common_words_are_grammar_words(word: str) -> None:
    assert normalize(word) in grammar_words()


def test_a_misspelt_name_is_still_heard(g: Gazetteer) -> None:
    # The rule takes only phrases with no word outside the grammar: a name misspelt is still found by sound.
    assert g.resolve("Erbile").id == "iq-erbil"
