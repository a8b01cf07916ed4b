"""A country that stands for its state in Russian, which had been read as a place everywhere:

* the genitive after a noun of the state's offices, forces or acts, with no "of" between (``state_owner_noun``):
  "армия Израиля", "министр обороны Израиля" (one word between), "удары Израиля", "власти Израиля";
* the nominative right before a finite verb, or before "и", another name and the verb: the verb's subject
  ("Израиль нанес удары", "Израиль и США осудили", the feminine "Сирия заявила").

The places stay places: a country after a preposition ("в Сирии", "по Израилю", "на севере Израиля"), and one after its
verb in the accusative ("атаковали Израиль баллистической ракетой"). A state that fires still gives the launch end
at country precision, as in English ("Iran fired missiles at Israel").

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
