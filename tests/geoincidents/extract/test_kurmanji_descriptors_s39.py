"""A Kurmanji descriptor written small before a name that carries its oblique ending steers the name as it does
before the bare name: "balafirgeha Hewlêrê" 'the airport of Erbil' is Erbil's airport and "kampa Mexmûrê" 'the camp
of Makhmur' the refugee camp, as "balafirgeha Hewlêr" and "kampa Mexmûr" are; a descriptor of the town itself
("bajarê Hewlêrê" 'the city of Erbil') keeps the city.

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("text", "place"), [
    ("Dronek êrîşî ser balafirgeha Hewlêrê kir.", "iq-erbil-international-airport"),
    ("Dronek êrîşî ser balafirgeha Hewlêr kir.", "iq-erbil-international-airport"),
    ("Dronek êrîşî ser kampa Mexmûrê kir.", "iq-makhmur-camp"),
    ("Dronek êrîşî ser bajarê Hewlêrê kir.", "iq-erbil"),
    ("Dronek li Hewlêrê ket.", "iq-erbil"),
])
def test_the_descriptor_before_a_name_with_its_ending(text: str, place: str) -> None:
    report = extract_report(text, published="2024-01-16")
    assert list(report.places["place_id"]) == [place]
    assert list(report.incidents["target_place_id"]) == [place]
