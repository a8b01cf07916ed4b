"""The phonetic stage asks the name index which candidates hold a name that sounds like the query written with the
query's descriptor words (``NameIndex.named_by_sound``): one gather over the index, not a reading of each candidate's
names again (at 10^6 places most candidates are seen once). A candidate named so ranks above one heard only through a
name written with other words ("Erbile" is the city, not the Erbil air base that sounds alike)."""
from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.index import NameIndex
from gazetteer.phonetic import phonetic_readings
from gazetteer.places import Place

_PLACES = [
    Place(id="iq-erbil", name="Erbil", kind="city", lat=36.19, lon=44.01, admin1="IQ-AR", country="IQ"),
    Place(id="iq-erbil-air-base", name="Erbil Air Base", kind="air_base", lat=36.24, lon=43.96, admin1="IQ-AR",
          country="IQ"),
    Place(id="iq-other", name="Kirkuk", kind="city", lat=35.47, lon=44.39, admin1="IQ-KI", country="IQ",
          aliases=("Erbil Gate",)),
]


def test_named_by_sound_keeps_the_descriptor_words_written():
    index = NameIndex(_PLACES)
    sounds = phonetic_readings("erbile")
    assert index.named_by_sound(sounds, ()) == {0}
    assert index.named_by_sound(sounds, ("airbase",)) == {1}
    assert index.named_by_sound(phonetic_readings("kirkuk"), ()) == {2}
    assert index.named_by_sound(sounds, ("embassy",)) == set()  # no name is written so


def test_a_misspelt_bare_name_is_the_place_named_bare():
    g = Gazetteer(_PLACES)
    assert g.resolve("Erbile").place.id == "iq-erbil"
    assert g.resolve("Erbile Air Base").place.id == "iq-erbil-air-base"
