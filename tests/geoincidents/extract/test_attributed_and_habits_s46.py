"""Arabic "attributed to" and habits told over months (session 46), on sentences written for these tests.

"في غارة نُسبت لواشنطن" 'in a strike attributed to Washington': the place after "نُسب" / "نسبت إلى" is the state
blamed, not a target (as "attributed to" and Hebrew "המיוחסת ל"). "for months", "llevan meses", "depuis des mois",
"seit Monaten": a habit with no day, no one event.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def rows(text: str, published: str = "2025-05-06") -> list[tuple[str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


@pytest.mark.parametrize("text, target", [
    ("قتل خمسة أشخاص في غارة نُسبت لواشنطن على الحديدة فجر الاثنين.", "ye-hodeidah"),
    ("قتل خمسة أشخاص في غارات نسبت إلى الولايات المتحدة استهدفت صعدة فجر الاثنين.", "ye-saada"),
])
def test_the_state_a_strike_is_attributed_to_is_no_target(text: str, target: str) -> None:
    assert rows(text) == [("2025-05-05", "air_strike", target)]


def test_a_headline_strike_attributed_to_washington() -> None:
    text = "68 قتيلاً على الأقل بقصف نُسب لواشنطن على مركز لإيواء المهاجرين الأفارقة في صعدة"
    assert rows(text) == [("2025-05-06", "air_strike", "ye-saada")]


@pytest.mark.parametrize("habit, once", [
    ("The US and Britain have been bombing launch sites in Hodeidah for months.",
     "The US and Britain have been bombing launch sites in Hodeidah."),
    ("Los hutíes llevan meses lanzando ataques con misiles contra Eilat.",
     "Los hutíes lanzan ataques con misiles contra Eilat."),
    ("Israel hat seit Monaten Ziele in Hodeida angegriffen.", "Israel hat Ziele in Hodeida angegriffen."),
])
def test_a_habit_over_months_is_no_event(habit: str, once: str) -> None:
    assert rows(habit) == [] and len(rows(once)) == 1


def test_a_kurmanji_habit_of_recent_times_is_no_event() -> None:
    text = ("Îro li Zaxoyê otomobîlek bi dronekê hat bombebarankirin. Hêj nehatiye diyarkirin ka dron ya kê ye, lê di "
            "demên dawî de Tirkiyeyê li Başûrê Kurdistanê û Rojavayê Kurdistanê gelek êrişên bi dronan pêk aniye, bi "
            "hinceta ku endamên PKKyê dike armanc.")
    assert rows(text) == [("2025-05-06", "drone_strike", "iq-zakho")]


def test_kurmanji_doh_is_yesterday() -> None:
    from datetime import date

    from geoincidents.extract.analyse import split_sentences
    from geoincidents.extract.dates import find_dates

    sentence = split_sentences("Doh li Zaxoyê otomobîlek hatibû bombebarankirin.")[0]
    assert [d.date for d in find_dates(sentence.tokens, published=date(2024, 9, 5))] == [date(2024, 9, 4)]
