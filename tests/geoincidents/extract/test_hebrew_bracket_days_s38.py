"""Hebrew news names the day in brackets by its bare ordinal, without "יום" 'day': "היום (חמישי)" 'today
(Thursday)', "אמש (רביעי)" 'last night (Wednesday)', "אחר הצהריים (חמישי)" 'this afternoon (Thursday)'. The bracketed
word is that weekday, and a day counted from the publication day just before it gives way to it (as "yesterday
(Monday)" does); outside brackets the bare word is an ordinal ("החמישי" 'the fifth') and no date. מל"ט (a UAV) is a drone, as כטב"ם is.

Why: a blind set of session 37 had a Hebrew report of strikes on Hodeidah told "אחר הצהריים (חמישי)" in a report
dated the Friday; the draft took the Friday. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _days(text: str, published: str) -> list[str]:
    return list(extract_report(text, published=published).incidents["date"])


@pytest.mark.parametrize(("text", "published", "day"), [
    ("חיל האוויר תקף אחר הצהריים (חמישי) בגל של תקיפות את נמל חודיידה בתימן.", "2025-05-09", "2025-05-08"),
    ("חיל האוויר תקף היום (חמישי) את נמל חודיידה בתימן.", "2025-05-09", "2025-05-08"),
    ("חיל האוויר תקף היום (חמישי) את נמל חודיידה בתימן.", "2025-05-08", "2025-05-08"),
    ("חיל האוויר תקף אמש (רביעי) את נמל חודיידה בתימן.", "2025-05-09", "2025-05-07"),
    ("מל\"ט נורה הבוקר (ראשון) לעבר אילת.", "2024-10-07", "2024-10-06"),
])
def test_a_bare_weekday_in_brackets_names_the_day(text: str, published: str, day: str) -> None:
    assert _days(text, published) == [day]


def test_the_bare_ordinal_outside_brackets_is_no_day() -> None:
    # "the fifth wave": no weekday; the strike keeps the publication day
    assert _days("חיל האוויר תקף היום בגל החמישי את נמל חודיידה בתימן.", "2025-05-09") == ["2025-05-09"]


@pytest.mark.parametrize("text", ['המל"ט שוגר מעיראק לעבר אילת ביום ראשון.', "שני מל״טים נורו לעבר אילת ביום ראשון."])
def test_the_uav_word_is_a_drone(text: str) -> None:
    # מל"ט (a UAV), beside כטב"ם, in both ways of writing its gershayim
    got = extract_report(text, published="2024-10-07").incidents
    assert list(zip(got["date"], got["event_type"], got["target_place_id"])) == [
        ("2024-10-06", "drone_attack", "il-eilat")]
