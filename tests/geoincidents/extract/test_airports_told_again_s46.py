"""The airport told again and Hebrew airports "of" their town (session 46), on sentences written for these tests.

"a drone strike had damaged the runway of the airport": an event that names no place but "the airport" aims at the
airport told last (not a base named after it). Hebrew names an airport by its town after "של" ('of'): "בנמל התעופה
של ארביל" 'at the airport of Erbil' is Erbil International Airport, and the prefix on its first word ("ב" 'at') tells
its role; the mention keeps the site words, as Hebrew writes them with no capitals.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from geoincidents import extract_report
from geoincidents.extract.analyse import split_sentences
from geoincidents.extract.mentions import find_mentions


def rows(text: str, published: str = "2023-03-07") -> list[tuple[str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


def test_the_airport_is_the_airport_told_before() -> None:
    text = ("Flights were halted at Erbil International Airport on Monday. Hours earlier, a drone strike had damaged "
            "the runway of the airport.")
    assert rows(text) == [("2023-03-06", "drone_strike", "iq-erbil-international-airport")]


def test_the_airport_is_not_the_base_named_beside_it() -> None:
    text = "The Victoria base lies by Baghdad airport. On Monday a rocket hit the base."
    assert rows(text) == [("2023-03-06", "rocket_attack", "iq-camp-victory")]


@pytest.mark.parametrize("text, expected", [
    ("ביום שני פגע כטב\"ם בנמל התעופה של ארביל.", ("2023-03-06", "drone_attack", "iq-erbil-international-airport")),
    ("ביום שני תקפו מטוסי חיל האוויר בנמל התעופה של ביירות.", ("2023-03-06", "air_strike", "lb-beirut-airport")),
])
def test_a_hebrew_airport_of_its_town_is_the_target(text: str, expected: tuple[str, str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize("text, mention, place", [
    ("הטיסות יועברו לנמל התעופה הבינלאומי של ביירות.", "נמל התעופה הבינלאומי של ביירות", "lb-beirut-airport"),
    ("סוריה משביתה את נמל התעופה של דמשק.", "נמל התעופה של דמשק", "sy-damascus-international-airport"),
    ("הספינה עגנה בנמל של חודיידה.", "נמל של חודיידה", "ye-port-of-hodeidah"),
])
def test_the_hebrew_mention_keeps_its_site_words(text: str, mention: str, place: str) -> None:
    found = [(m.text, m.candidates[0].id) for m in find_mentions(split_sentences(text), Gazetteer.default())]
    assert (mention, place) in found


def test_a_base_of_a_town_with_no_such_site_stays_the_town() -> None:
    found = [(m.text, m.candidates[0].id) for m in find_mentions(split_sentences("הוא תושב של ביירות."),
                                                                 Gazetteer.default())]
    assert found == [("ביירות", "lb-beirut")]
