"""A Russian country name that is the subject of a verb of acting or saying is the state, not a place: "Израиль
ночью нанес удары" 'Israel struck overnight', "Иран заявил" 'Iran said' (words such as ночью 'overnight' or не 'not'
may stand between), as "Israel struck" and "Iran said" are in English. A country after a preposition stays a place
("в Израиле" 'in Israel'). And сбил 'shot down' is an interception word in every gender, as сбили is.

Why: a development set of session 38 had Russian reports whose acting states were counted as place mentions.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _senses(text: str) -> dict[str, str]:
    places = extract_report(text, published="2025-06-14").places
    return dict(zip(places["mention"], places["sense"]))


@pytest.mark.parametrize(("text", "state"), [
    ("Израиль ночью нанес удары по военным объектам в провинции Тегеран.", "Израиль"),
    ("Иран заявил, что сбил беспилотник над Исфаханом.", "Иран"),
    ("Иран не подтвердил сообщения о взрывах.", "Иран"),
])
def test_a_subject_of_acting_or_saying_is_the_state(text: str, state: str) -> None:
    assert _senses(text)[state] == "state"


def test_a_country_after_a_preposition_stays_a_place() -> None:
    assert _senses("Ракеты упали в Израиле, сообщила полиция.")["Израиле"] == "place"


def test_shot_down_in_the_singular_is_an_interception() -> None:
    incidents = extract_report("Иран заявил, что сбил беспилотник над Исфаханом.", published="2025-06-14").incidents
    assert list(zip(incidents["event_type"], incidents["target_place_id"])) == [("interception", "ir-isfahan")]


def test_reports_coming_in_from_a_place_tell_of_it_not_a_launch() -> None:
    # "сообщения о взрывах поступали из X" 'reports of explosions came in from X': X is where they were, not whence.
    report = extract_report("В ночь на субботу сообщения о взрывах поступали из Тебриза и Керманшаха.",
                            published="2025-06-14")
    assert set(report.places["role"]) == {"target"}
    assert sorted(zip(report.incidents["target_place_id"], report.incidents["date"])) == [
        ("ir-kermanshah", "2025-06-14"), ("ir-tabriz", "2025-06-14")]
    assert report.incidents["launch_place"].isna().all()
