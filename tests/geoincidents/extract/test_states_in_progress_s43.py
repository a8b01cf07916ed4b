"""States told in the progressive, states that helped, and an Arabic adjective (session 43), on sentences written for
these tests.

"Washington has been pressing Baghdad", "Damascus is negotiating with Ankara", "Iran is preparing a response": a
country or capital before an auxiliary and a verb in -ing is the state acting, no place of the report. A participle
after the auxiliary is a passive and the place stays a place hit ("Israel was struck by missiles", "Baghdad was
struck").
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def senses(text: str) -> dict[str, str]:
    places = extract_report(text, published="2024-03-05").places
    return dict(zip(places["mention"], places["sense"]))


@pytest.mark.parametrize("text, name", [
    ("Washington has been pressing Baghdad to rein in the militias.", "Washington"),
    ("Damascus is negotiating with Ankara over the border crossings.", "Damascus"),
    ("Iran is preparing a response, two officials said.", "Iran"),
    ("Tehran was weighing its options after the strike.", "Tehran"),
])
def test_a_state_in_the_progressive_is_the_state(text: str, name: str) -> None:
    assert senses(text)[name] == "state"


@pytest.mark.parametrize("text, name", [
    ("Israel was struck by missiles on Monday night.", "Israel"),
    ("Baghdad was struck by rockets on Monday.", "Baghdad"),
    ("Israel has been hit by rockets from Lebanon.", "Israel"),
])
def test_a_passive_keeps_the_place(text: str, name: str) -> None:
    assert senses(text)[name] == "place"


@pytest.mark.parametrize("text, name", [
    ("Most of the missiles were intercepted with help from the United States on Tuesday, the army said.",
     "United States"),
    ("Iran fired missiles at Israel on Tuesday; most were intercepted with support from Jordan.", "Jordan"),
])
def test_the_state_that_helped_is_no_place_and_no_launch(text: str, name: str) -> None:
    report = extract_report(text, published="2024-03-05")
    assert senses(text)[name] == "state"
    assert set(report.incidents["launch_place_id"].dropna()) <= {"cc-ir"}


def test_an_arabic_adjective_is_no_town() -> None:
    # "أضرار مادية كبيرة" 'major material damage': the particle ك read off "كبيرة" 'big' left al-Birah (بيرة)
    report = extract_report("ما أدى إلى ارتقاء عدد من الشهداء ووقوع أضرار مادية كبيرة.", published="2024-02-03")
    assert report.places.empty
    assert list(extract_report("وقع انفجار كبير في البيرة.", published="2024-02-03").places["place_id"]) == ["ps-al-birah"]
