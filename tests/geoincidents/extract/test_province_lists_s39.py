"""A plural 'provinces of' opens a list of provinces in Italian, Spanish, German and Russian as it does in French,
Arabic, Persian and Turkish: every name of the list is read as a province ("nelle province di Teheran, Khuzestan e
Ilam" is the province of Ilam, not its capital). And the Persian 'province of' with its ezafe ("Ostan-e Ilam") is
one descriptor, so no name keeps the ezafe: the conjunction "e Ilam" of an Italian list is not a spelling of the
province.

Why: a development set of session 38 had an Italian report of strikes on Iranian provinces whose last province came
out as the city through the alias "e Ilam". Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from geoincidents import extract_report

_LISTS = [
    "Israele ha colpito nella notte obiettivi militari nelle province di Teheran, Khuzestan e Ilam.",
    "Israel atacó durante la noche objetivos militares en las provincias de Teherán, Juzestán e Ilam.",
    "Israel griff in der Nacht militärische Ziele in den Provinzen Teheran, Chusestan und Ilam an.",
    "Израиль ночью нанес удары по военным объектам в провинциях Тегеран, Хузестан и Илам.",
]


@pytest.mark.parametrize("text", _LISTS)
def test_every_name_of_a_province_list_is_a_province(text: str) -> None:
    report = extract_report(text, published="2025-06-14")
    assert set(report.incidents["target_place_id"]) == {"ir-gov-tehran", "ir-gov-khuzestan", "ir-gov-ilam"}


def test_the_ezafe_stays_with_the_persian_province_word() -> None:
    g = Gazetteer.default()
    assert g.resolve("Ostan-e Ilam").place.id == "ir-gov-ilam"
    assert g.resolve("e Ilam").place.id != "ir-gov-ilam"
