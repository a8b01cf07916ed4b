"""The bare names of the Claw zones in running text (the cov47 check, ``tests/gazetteer/test_kurdish_turkish_spellings47.py``):
since "Zap", "Zapê", "Gara", "Garê" and "Metina"/"Metîna" are names of their rows, a Kurmanji, Turkish or English
sentence that names them bare is read, and the words they share with other languages, written small in running text
(the English verb "zap", Italian "gara", French "gare"), and the given name Metin (heard by sound only) are no place.
Sentences written for these tests, as ANF, Rudaw and Anadolu word such reports."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _read(text: str):
    return extract_report(text, published="2024-05-10")


@pytest.mark.parametrize(("text", "targets"), [
    ("Turkish drones struck PKK positions in Metina on Tuesday.", ["iq-metina"]),
    ("Turkish jets bombed Zap and Gara on Monday.", ["iq-zap-region", "iq-gara-mountain"]),
    ("Turkish warplanes bombed Gare, ANF reported.", ["iq-gara-mountain"]),
    ("Artêşa Tirkiyê li Garê bombebaran kir.", ["iq-gara-mountain"]),
    ("Balafirên şer ên Tirkiyê li Metînayê gund bombebaran kirin.", ["iq-metina"]),
    ("Artêşa Tirkiyê herêmên Zap, Metîna û Avaşînê bombebaran kir.", ["iq-zap-region", "iq-metina"]),
    ("Balafirên şer ên dewleta Tirk Binarê Qendîlê bombebaran kirin.", ["iq-qandil-mountains"]),
    ("فڕۆکەکانی تورکیا گرێ سپی بۆردومان کرد.", ["sy-tell-abyad"]),
    ("درۆنێکی تورکیا لە ڕەقە هێرشی کرد.", ["sy-raqqa"]),
    ("Türk SİHA'ları Çil Ağa'yı vurdu.", ["sy-al-jawadiyah"]),
])
def test_the_bare_names_are_read(text, targets):
    assert list(_read(text).incidents["target_place_id"]) == targets


@pytest.mark.parametrize("text", [
    "Drones zap targets across the border, analysts said.",  # the English verb, written small
    "Officials said the jamming would zap the drones before they reached Erbil.",
    "La gara è stata vinta da un atleta turco.",  # Italian 'race'
    "Metin Gürcan said the strikes were a message.",  # a given name, heard as Metina by sound only
    "Metin Yılmaz açıklama yaptı.",
])
def test_words_and_names_shared_with_other_languages_are_no_place(text):
    places = _read(text).places
    assert not {"iq-zap-region", "iq-gara-mountain", "iq-metina", "lb-metn"} & set(places["place_id"])


def test_a_french_station_written_small_is_no_place():
    got = _read("La gare de Haïfa a été touchée par une roquette.")
    assert list(got.incidents["target_place_id"]) == ["il-haifa"]
    assert "iq-gara-mountain" not in set(got.places["place_id"])
