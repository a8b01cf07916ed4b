"""A list's second site named by a descriptor that only comes before its name ("y el puerto de Al Hodeida",
"e il porto di Hodeidah") is hit as the first is; so is a site of a Persian list whose area follows with "در"
('in': "الصلیف در حدیده را هدف قرار داد").

Texts written for these tests, in our own words, on the pattern of reports of 2024.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def targets(text, gazetteer, published="2024-12-26"):
    return sorted(extract_report(text, gazetteer=gazetteer, published=published).incidents["target_place_id"])


@pytest.mark.parametrize("text", [
    "El Ejército israelí bombardeó el jueves infraestructura crítica, incluyendo el aeropuerto internacional de Saná "
    "y el puerto de Al Hodeida.",
    "El Ejército israelí bombardeó el jueves el aeropuerto de Saná y el puerto de Hodeida.",
    "Le aerei israeliane hanno colpito giovedì l'aeroporto di Sanaa e il porto di Hodeidah.",
    "L'armée israélienne a bombardé jeudi l'aéroport de Sanaa et le port de Hodeïda.",
])
def test_the_second_site_of_a_list_is_hit(text, gazetteer):
    assert targets(text, gazetteer) == ["ye-port-of-hodeidah", "ye-sanaa-airport"]


@pytest.mark.parametrize("text", [
    "آمریکا الصلیف در استان حدیده را هدف قرار داد.",
    "آمریکا منطقه الصلیف در حدیده را هدف قرار داد.",
])
def test_a_persian_site_before_its_area(text, gazetteer):
    assert targets(text, gazetteer, "2024-10-14") == ["ye-as-salif"]


@pytest.mark.parametrize("text, expected", [
    ("Israel bombardeó el lunes varias localidades, entre ellas Jiam y Kfar Kila.", ["lb-kfar-kila", "lb-khiam"]),
    ("Israel atacó el lunes la provincia de Juzestán y Teherán.", ["ir-gov-khuzestan", "ir-tehran"]),
])
def test_spanish_writes_kh_with_j(text, expected, gazetteer):
    """ "Jiam", "Juzestán": in a Spanish sentence a word that names nothing is read with kh, as the gazetteer does."""
    assert targets(text, gazetteer, "2024-08-06") == expected


def test_an_english_j_is_left_alone(gazetteer):
    places = extract_report("Jan Egeland said the strike on Jabalia killed ten.", gazetteer=gazetteer,
                            published="2024-08-06").places
    assert list(places["place_id"]) == ["ps-jabalia"]
