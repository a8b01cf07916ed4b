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


@pytest.mark.parametrize("habit, once", [
    ("The US and Britain have been bombing launch sites in Hodeidah for months.",
     "The US and Britain have been bombing launch sites in Hodeidah."),
    ("Los hutíes llevan meses lanzando ataques con misiles contra Eilat.",
     "Los hutíes lanzan ataques con misiles contra Eilat."),
    ("Israel hat seit Monaten Ziele in Hodeida angegriffen.", "Israel hat Ziele in Hodeida angegriffen."),
])
def test_a_habit_over_months_is_no_event(habit: str, once: str) -> None:
    assert rows(habit) == [] and len(rows(once)) == 1
