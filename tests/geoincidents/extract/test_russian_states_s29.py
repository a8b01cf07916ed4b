"""A country that stands for its state in Russian, which had been read as a place everywhere:

* the genitive after a noun of the state's offices, forces or acts, with no "of" between (``state_owner_noun``):
  "армия Израиля", "министр обороны Израиля" (one word between), "удары Израиля", "власти Израиля";
* the nominative right before a finite verb, or before "и", another name and the verb: the verb's subject
  ("Израиль нанес удары", "Израиль и США осудили", the feminine "Сирия заявила").

The places stay places: a country after a preposition ("в Сирии", "по Израилю", "на севере Израиля"), and one after its
verb in the accusative ("атаковали Израиль баллистической ракетой"). A state that fires still gives the launch end
at country precision, as in English ("Iran fired missiles at Israel"), and "с территории" ('from the territory
of') names where fire came from; a launch area passes its role to no place told before it.

Sentences written for these tests, in our own words, on the pattern of Russian wire reports.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.evaluate import literal_places


def literal(text: str, gazetteer) -> list[str]:
    return list(literal_places(extract_report(text, published="2024-10-02", gazetteer=gazetteer).places)["place_id"])


@pytest.mark.parametrize("text, expected", [
    ("Израиль нанес удары по целям в Иране.", ["cc-ir"]),
    ("Армия обороны Израиля сообщила о перехвате ракет.", []),
    ("Министр обороны Израиля заявил, что ответ будет жестким.", []),
    ("Власти Израиля объявили режим ЧС.", []),
    ("В ответ на атаку Ирана Израиль ударил по Тегерану.", ["ir-tehran"]),
    ("Израиль и США осудили нападение.", []),
    ("Сирия заявила о перехвате ракет.", []),
    ("Ракеты упали на севере Израиля.", ["cc-il"]),
    ("Ракеты упали в Сирии.", ["cc-sy"]),
    ("Хуситы заявили, что атаковали Израиль баллистической ракетой.", ["cc-il"]),
])
def test_russian_state_or_place(text, expected, gazetteer):
    assert literal(text, gazetteer) == expected


def test_a_state_that_fires_is_still_the_launch_end(gazetteer):
    got = extract_report("Иран выпустил около 200 ракет по Израилю.", published="2024-10-02",
                         gazetteer=gazetteer).incidents
    assert list(zip(got["event_type"], got["target_place_id"], got["launch_place_id"])) == [
        ("missile_attack", "cc-il", "cc-ir")]


@pytest.mark.parametrize("text, expected", [
    ("По данным ведомства, базу атаковали «боевики, поддерживаемые Ираном».", []),
    ("МИД России заявил о готовности содействовать деэскалации конфликта между Ираном и Израилем.", []),
    ("Утром 23 июня Иран дал симметричный ответ.", []),
    ("Минобороны Сирии сообщило о трех погибших.", []),
    ("Она погибла в результате агрессии Израиля в Дамаске.", ["sy-damascus"]),
    # "со стороны" 'from the side of' names where fire came from: a place
    ("Ракеты были выпущены со стороны Ливана.", ["cc-lb"]),
])
def test_more_russian_state_or_place(text, expected, gazetteer):
    assert literal(text, gazetteer) == expected



@pytest.mark.parametrize("text", [
    "Ракеты по базе Айн аль-Асад были выпущены с территории Ирака.",
    "Ракеты были выпущены по базе Айн аль-Асад с территории западного Ирака.",
])
def test_from_the_territory_of_is_the_launch(text, gazetteer):
    got = extract_report(text, published="2024-01-21", gazetteer=gazetteer).incidents
    assert list(zip(got["target_place_id"], got["launch_place_id"])) == [("iq-ain-al-asad-air-base", "cc-iq")]


def test_a_launch_area_passes_no_role_to_a_place_told_before_it(gazetteer):
    # the base, told first with no cue of its own, is not where the fire came from
    got = extract_report("Базу Айн аль-Асад атаковали ракетами с территории западного Ирака.", published="2024-01-21",
                         gazetteer=gazetteer).places
    assert dict(zip(got["place_id"], got["role"]))["iq-ain-al-asad-air-base"] != "launch"
