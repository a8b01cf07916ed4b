"""A name the gazetteer finds only by likeness (its fuzzy match) is a place mention where a word of settlement
introduces it ("the beach town of Jiyyeh", "the Yiftahh kibbutz"), and only in a country the report names; elsewhere
a capitalised word is never looked up by likeness. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


@pytest.mark.parametrize("text, mention, place_id", [
    ("An Israeli strike hit an apartment building in the beach town of Jiyyeh in Lebanon on Tuesday.", "Jiyyeh",
     "lb-jiyeh"),
    # (a report's "Matzuva" was the example here; GeoNames' names of Mazzuva now hold it: see test_held_spelling)
    ("Hezbollah fired rockets at the Yiftahh kibbutz in northern Israel on Thursday.", "Yiftahh", "il-yiftah"),
])
def test_a_settlement_word_introduces_a_name_found_by_likeness(gazetteer, text, mention, place_id):
    places = extract_report(text, gazetteer=gazetteer, published="2024-11-06").places
    row = places[places["mention"] == mention]
    assert row["place_id"].tolist() == [place_id]
    assert row["method"].tolist() == ["fuzzy"]
    assert row["role"].tolist() == ["target"]


def test_no_likeness_without_a_settlement_word(gazetteer):
    places = extract_report("Hezbollah fired rockets at Yiftahh on Thursday, Israel said.", gazetteer=gazetteer,
                            published="2024-11-06").places
    assert "Yiftahh" not in set(places["mention"])


def test_held_spelling(gazetteer):
    # "Matzuva", as a report wrote it, is one of GeoNames' names of the kibbutz (data/alternate_names.csv): a name
    # as written, found with or without the settlement word.
    for text in ("Hezbollah fired rockets at the Matzuva kibbutz in northern Israel on Thursday.",
                 "Hezbollah fired rockets at Matzuva on Thursday, Israel said."):
        places = extract_report(text, gazetteer=gazetteer, published="2024-11-06").places
        assert places.loc[places["mention"].str.startswith("Matzuva"), "place_id"].tolist() == ["il-mazzuva"]


def test_a_name_alike_in_a_country_the_report_does_not_name_is_dropped(gazetteer):
    # Jiyyeh is like Jiyeh in Lebanon; a report that places only Iraqi towns names no Lebanese place.
    text = "Drones hit Erbil and Kirkuk in Iraq on Tuesday, and a depot in the town of Jiyyeh burned."
    places = extract_report(text, gazetteer=gazetteer, published="2024-11-06").places
    assert "Jiyyeh" not in set(places["mention"])
