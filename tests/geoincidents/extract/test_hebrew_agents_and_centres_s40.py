"""Hebrew and other languages' "by" before a country makes it the agent of a passive verb, the state, not a place
hit ("הותקפו על ידי ישראל" 'were attacked by Israel', Arabic "من قبل", Persian "توسط"); Hebrew "במרכז" 'in the centre of'
and "בשכונת" 'in the neighbourhood of' carry their "in" to the name after them ("פגע במלון במרכז העיר אילת" 'hit a
hotel in the centre of the city of Eilat'), as "בדרום" does.

Why: a development report of session 40 in Hebrew drafted Israel as the target of strikes "by Israel" on Sanaa, left
Eilat as context after "במרכז העיר" and missed Bab al-Yemen after "ובשכונת". Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text, name", [
    ("עשרות יעדים בצנעא הותקפו הלילה על ידי ישראל.", "ישראל"),
    ("قصفت مواقع عسكرية في صنعاء فجر اليوم من قبل إسرائيل.", "إسرائيل"),
    ("مواقع نظامی در صنعا امروز توسط اسرائیل بمباران شد.", "اسرائیل"),
])
def test_the_agent_after_by_is_the_state(text: str, name: str) -> None:
    report = extract_report(text, published="2025-09-25")
    senses = dict(zip(report.places["mention"], report.places["sense"]))
    assert senses[name] == "state"
    assert "cc-il" not in set(report.incidents["target_place_id"])


@pytest.mark.parametrize("text, target", [
    ('כטב"מ ששוגר מתימן פגע אתמול במלון במרכז העיר אילת.', "il-eilat"),
    ('כטב"מ ששוגר מתימן פגע אתמול במרכז אילת.', "il-eilat"),
    ("צה\"ל תקף אתמול אתרים צבאיים ובשכונת באב אל-ימן.", "ye-bab-al-yemen"),
])
def test_the_centre_and_neighbourhood_carry_their_in(text: str, target: str) -> None:
    report = extract_report(text, published="2025-09-25")
    assert target in set(report.incidents["target_place_id"])


def test_from_the_side_of_is_no_agent() -> None:
    # Russian "со стороны" is also 'from the direction of': the country stays the launch place
    text = "Ракета, выпущенная со стороны Йемена, была перехвачена над Тель-Авивом в пятницу."
    report = extract_report(text, published="2024-09-27")
    senses = dict(zip(report.places["mention"], report.places["sense"]))
    assert senses["Йемена"] == "place"
