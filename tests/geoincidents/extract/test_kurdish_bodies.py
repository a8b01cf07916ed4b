"""A Kurdish government body is written before its owner with the ezafe ("Hikûmeta Herêma Kurdistanê" 'the Kurdistan
Region's government', "Serokatiya Herêma Kurdistanê", "Hikûmeta Federal a Iraqê", Sorani "حکومەتی هەرێمی
کوردستان"): the owner names the body, no place of the report, as "the Kurdistan Regional Government" is none; the
region told as a place stays one. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _places(text: str) -> list[str]:
    return list(extract_report(text, published="2022-06-09").places["place_id"])


@pytest.mark.parametrize("text", [
    "Hikûmeta Herêma Kurdistanê êrîşê şermezar kir.",
    "Serokatiya Herêma Kurdistanê daxuyaniyek belav kir.",
    "Hikûmeta Federal a Iraqê bang kir.",
    "حکومەتی هەرێمی کوردستان هێرشەکەی ئیدانە کرد.",
])
def test_the_owner_of_a_body_is_no_place(text):
    assert _places(text) == []


def test_the_region_told_as_a_place_stays():
    assert "iq-kurdistan-region" in _places("Dronek li Herêma Kurdistanê ket.")


@pytest.mark.parametrize("text", [
    "The Kurdistan Region Security Council said a drone hit Erbil on Tuesday.",
    "وقالت حكومة إقليم كوردستان إن طائرة مسيرة استهدفت أربيل يوم الثلاثاء.",
])
def test_a_body_named_by_the_region_is_no_place(text):
    assert "iq-kurdistan-region" not in _places(text)
