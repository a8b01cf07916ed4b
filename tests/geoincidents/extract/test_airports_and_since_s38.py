"""A city's airport told "the airport of <city>" may lie out of town, up to 45 km from the city's point
(``possessive.AIRPORT_OF_THE_TOWN_KM``; other sites stay within 20 km): "l'aéroport de Damas" is Damascus
International, 24 km from the city's point (it had been the city). A day told inside a "since" clause whose event word
comes after the day ("the first strikes on Syria since Hamas carried out, last weekend, a violent attack") is that
event's, not the day of the strikes before "since"; a "when" after the day still opens the event the run starts from
("the first strike since February, when US forces hit 85 targets": no strike of February, and no draft of the 85).

Why: development set d101 (session 38), a French report of the Israeli strikes on the airports of Damascus and
Aleppo of 12 October 2023: the city took the strike, and "premières frappes ... depuis que le Hamas a mené, le
week-end dernier, une attaque" drafted a strike on Syria on 7 October. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str, published: str) -> list[tuple[str, str]]:
    got = extract_report(text, published=published).incidents
    return list(zip(got["date"], got["target_place_id"]))


@pytest.mark.parametrize("text", [
    "Des frappes israéliennes ont touché jeudi l'aéroport de Damas.",
    "Des frappes ont touché jeudi l'aéroport international de Damas.",
    "Israeli strikes hit the airport of Damascus on Thursday.",
])
def test_a_city_airport_out_of_town(text: str) -> None:
    assert _drafts(text, "2023-10-12") == [("2023-10-12", "sy-damascus-international-airport")]


@pytest.mark.parametrize("text", [
    "Israeli jets struck Damascus airport on Thursday. These would be the first Israeli strikes on Syria since Hamas "
    "carried out, last weekend, a violent attack in southern Israel.",
    "Des frappes israéliennes ont touché jeudi l'aéroport de Damas. Il s'agirait des premières frappes israéliennes "
    "sur la Syrie depuis que le Hamas a mené, le week-end dernier, une violente attaque dans le sud d'Israël.",
])
def test_a_day_inside_a_since_clause_is_not_the_strikes(text: str) -> None:
    assert _drafts(text, "2023-10-12") == [("2023-10-12", "sy-damascus-international-airport")]


def test_a_when_after_the_day_keeps_its_reading() -> None:
    text = ("US forces carried out an air strike on Tuesday in Musayyib. It was the first known US strike in Iraq since "
            "February, when US forces hit more than 85 targets in Iraq and Syria.")
    assert _drafts(text, "2024-07-31") == [("2024-07-30", "iq-musayyib")]
