"""A name written with a case ending or ezafe joined to it (Kurmanji "li Zaxoyê", "êrîşî Hewlêrê"; Polish "w Iraku";
Hungarian "Erbilben") is a place mention when one of its stems is a name the gazetteer spells; a capitalised word whose
stems name nothing stays none. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


@pytest.mark.parametrize("text, mention, place_id", [
    ("Balafirên şer ên Tirkiyê roja Duşemê gundekî li Zaxoyê bombebaran kirin.", "Zaxoyê", "iq-zakho"),
    ("Dronek êrîşî Hewlêrê kir roja Duşemê.", "Hewlêrê", "iq-erbil"),
    ("Rakiety spadły w Iraku w poniedziałek.", "Iraku", "cc-iq"),
    ("Rakéták csapódtak be Erbilben hétfőn.", "Erbilben", "iq-erbil"),
])
def test_a_name_with_its_ending_is_a_place(gazetteer, text, mention, place_id):
    places = extract_report(text, gazetteer=gazetteer, published="2024-02-20").places
    assert places.loc[places["mention"] == mention, "place_id"].tolist() == [place_id]


@pytest.mark.parametrize("text", ["Officials in Boston and Milton met on Monday.", "Marie and Stephen spoke on Monday."])
def test_a_word_whose_stems_name_nothing_stays_none(gazetteer, text):
    assert extract_report(text, gazetteer=gazetteer, published="2024-02-20").places.empty
