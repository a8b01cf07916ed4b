"""An event told at midnight (in words or on the clock) with no day of its own, after an event the report told in the
evening of a day, is of the day after: the clock went round midnight ("rockets at 22:00 on Tuesday ... jets struck
the villages around midnight": Wednesday). Midnight told in words is the clock's 00:00 (counts.time_of_day).

Why: a development report of session 40 told Hezbollah's rocket fire at 22:00 on a Tuesday and Israeli strikes on six
villages "vers minuit"; the strikes were drafted on the Tuesday. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.counts import time_of_day


@pytest.mark.parametrize("text", [
    "Hezbollah fired rockets at Metula at 10 p.m. on Tuesday. Israeli jets struck Khiam shortly after midnight.",
    "Le Hezbollah a tiré des roquettes sur Metula à 22h30 mardi. L'aviation israélienne a frappé Khiam vers minuit.",
    "Die Hisbollah feuerte am Dienstag um 22.30 Uhr Raketen auf Metula. Israelische Kampfjets griffen gegen "
    "Mitternacht Khiam an.",
])
def test_midnight_after_an_evening_event_is_the_next_day(text: str) -> None:
    report = extract_report(text, published="2024-08-14")  # a Wednesday
    days = dict(zip(report.incidents["target_place_id"], report.incidents["date"].astype(str)))
    assert days["il-metula"] == "2024-08-13"
    assert days["lb-khiam"] == "2024-08-14"
    notes = report.incidents.set_index("target_place_id").loc["lb-khiam", "notes"]
    assert "2024-08-13 is possible" in notes  # the evening's day stays named


def test_a_small_hour_after_a_morning_event_keeps_its_day() -> None:
    # No evening before it: "at 2 a.m." after a morning attack is no crossing of midnight
    text = "Hezbollah fired rockets at Metula at 9 a.m. on Tuesday. Israeli jets struck Khiam at 2 a.m."
    report = extract_report(text, published="2024-08-14")
    days = dict(zip(report.incidents["target_place_id"], report.incidents["date"].astype(str)))
    assert days["lb-khiam"] == "2024-08-13"


def test_a_day_told_with_midnight_is_kept() -> None:
    text = "Hezbollah fired rockets at Metula at 10 p.m. on Tuesday. Israeli jets struck Khiam at midnight on Monday."
    report = extract_report(text, published="2024-08-14")
    days = dict(zip(report.incidents["target_place_id"], report.incidents["date"].astype(str)))
    assert days["lb-khiam"] == "2024-08-12"


@pytest.mark.parametrize("text", ["vers minuit", "shortly after midnight", "около полуночи", "حوالي منتصف الليل",
                                  "gece yarısı", "אחרי חצות", "nîvê şevê"])
def test_midnight_in_words_is_the_clock_midnight(text: str) -> None:
    assert time_of_day(f"the strike came {text} near the border") == ("00:00", "")


def test_before_midnight_is_no_clock() -> None:
    assert time_of_day("the strike came shortly before midnight") is None
