"""Russian: a name in a soft consonant in its other cases ("по Израилю", "на севере Израиля") is found as the
gazetteer finds its nominative (Израиль), and the Israel Defense Forces named in Russian (ЦАХАЛ) are a state force.

Sentences written for these tests, in our own words.
"""
from __future__ import annotations

import pytest

from gazetteer.romanize import romanizations
from geoincidents.extract import extract_report


@pytest.mark.parametrize("text, expected", [
    ("Во вторник Иран нанес ракетный удар по Израилю.", [("missile_attack", "cc-il")]),
    ("Во вторник ракеты упали на севере Израиля.", [("missile_attack", "cc-il")]),  # (ракеты: missiles, as the table reads them)
    ("Во вторник ЦАХАЛ нанес удары по югу Ливана.", [("air_strike", "cc-lb")]),
])
def test_russian_cases_and_the_idf(gazetteer, text, expected):
    r = extract_report(text, gazetteer=gazetteer, published="2024-03-07")
    assert list(zip(r.incidents["event_type"], r.incidents["target_place_id"])) == expected
    assert set(r.incidents["date"].astype(str)) == {"2024-03-05"}


def test_the_soft_ending_is_restored_among_the_readings():
    assert "Izrail'" in romanizations("Израилю") and "Izrail'" in romanizations("Израиля")


@pytest.mark.parametrize("phrase, place_id", [
    ("в Нагарии", "il-nahariyya"),  # the ending in -ия restored and г read as h
    ("в Багдаде", "iq-baghdad"),  # no alias holds the inflected word ("посольство США в Багдаде" had)
    ("в Сане", "ye-sanaa"),  # the reading that is a whole name first
    ("в Тель-Авиве", "il-tel-aviv"),
])
def test_russian_inflected_names(gazetteer, phrase, place_id):
    r = extract_report("Во вторник ракета упала " + phrase + ".", gazetteer=gazetteer, published="2024-03-07")
    assert list(r.places["place_id"]) == [place_id]


def test_a_word_of_an_inflected_alias_is_still_read_in_latin_letters(gazetteer, tmp_path):
    # a user's places file whose alias holds the inflected city ("в Багдаде"): "Багдаде" becomes a word of the
    # gazetteer's names, yet no name starts with it, so the word is read in Latin letters as before (Bagdad)
    from gazetteer.placefiles import PLACE_COLUMNS

    row = {c: "" for c in PLACE_COLUMNS}
    row.update(id="xx-test-site", name="Test site", kind="facility", lat="33.3", lon="44.4", admin1="IQ-BG",
               country="IQ", aliases="испытательный объект в Багдаде", precision_km="1", point="test",
               source="test", prominence="1")
    path = tmp_path / "places.csv"
    path.write_text(",".join(PLACE_COLUMNS) + "\n" + ",".join(row[c] for c in PLACE_COLUMNS) + "\n", encoding="utf-8")
    extended = gazetteer.extended(places=[path])
    r = extract_report("Во вторник ракета упала в Багдаде.", gazetteer=extended, published="2024-03-07")
    assert list(r.places["place_id"]) == ["iq-baghdad"]
