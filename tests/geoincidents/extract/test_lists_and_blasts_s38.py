"""A French or Italian name elided after "et"/"e" stays in the list a plural site noun opens ("les aéroports de Damas
et d'Alep": both airports; "d'Alep" had ended the list, and Aleppo the city took the strike); the Persian
"international airport" (فرودگاه بین‌المللی) names the airport in running text, as فرودگاه alone did; Russian
explosions in the prepositional and other cases (взрывах, взрыве, взрывом, взрывами) tell blasts, as взрывы did, so
"explosions in the localities of Dimona, Beersheba ..." after a barrage are the barrage's hits.

Why: development set d101 (session 38): a French report of the Israeli strikes on the airports of Damascus and
Aleppo on 12 October 2023, a Persian report of a drone at Erbil's airport, a Russian report of the Iranian barrage of
1 October 2024 (nine towns named, none drafted). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _targets(text: str, published: str) -> list[tuple[str, str]]:
    got = extract_report(text, published=published).incidents
    return sorted(zip(got["date"], got["target_place_id"]))


@pytest.mark.parametrize("text", [
    "Des frappes israéliennes ont visé jeudi les aéroports de Damas et d'Alep.",
    "Raid israeliani hanno colpito giovedì gli aeroporti di Damasco e dell'Aleppo.",
])
def test_an_elided_name_stays_in_the_list(text: str) -> None:
    assert _targets(text, "2023-10-12") == [("2023-10-12", "sy-aleppo-international-airport"),
                                            ("2023-10-12", "sy-damascus-international-airport")]


@pytest.mark.parametrize("text", [
    "صبح امروز یک پهپاد به فرودگاه بین\u200cالمللی اربیل حمله کرد.",
    "صبح امروز یک پهپاد به فرودگاه بین المللی اربیل حمله کرد.",
])
def test_the_persian_international_airport(text: str) -> None:
    assert _targets(text, "2023-11-07") == [("2023-11-07", "iq-erbil-international-airport")]


def test_russian_explosions_in_the_towns_after_a_barrage() -> None:
    text = ("Иран выпустил по Израилю около 500 ракет во вторник. Jerusalem Post пишет о взрывах в населенных пунктах "
            "Димона, Беершева, Ришон Ле Цион.")
    got = _targets(text, "2024-10-01")
    assert {t for _, t in got} >= {"il-dimona", "il-beersheba", "il-rishon-lezion"}
    assert {d for d, _ in got} == {"2024-10-01"}
