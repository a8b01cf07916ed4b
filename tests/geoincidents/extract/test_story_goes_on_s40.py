"""An undated event takes the day of a clause hung on an earlier one ("in retaliation for strikes the day before")
only when it tells on right after it; when other events were told in the sentences between, it goes on with the
story's day.

Why: a development report of session 40 told rockets fired on a Monday in retaliation for Israeli strikes "de la
veille" on south Lebanon, two sentences on the rockets, then an Israeli strike on a village with no day: it was drafted
on the Sunday and merged with the strikes of the day before. Sentences written for these tests.
"""
from __future__ import annotations

from geoincidents import extract_report

_TEXT = ("Hezbollah fired rockets at a base in northern Israel on Monday morning in retaliation for Israeli strikes "
         "the day before on villages in south Lebanon. The rockets targeted a headquarters in Metula. "
         "The Israeli army said about 30 rockets landed in open areas near Kiryat Shmona. "
         "A Lebanese security source said an Israeli airstrike on the village of Khiam wounded 12 people.")


def test_the_undated_strike_goes_on_with_the_story() -> None:
    report = extract_report(_TEXT, published="2024-08-13")  # a Tuesday
    days = dict(zip(report.incidents["target_place_id"], report.incidents["date"].astype(str)))
    assert days["lb-khiam"] == "2024-08-12"
    assert days["il-metula"] == "2024-08-12"


def test_right_after_the_hung_clause_it_is_that_event() -> None:
    # told next, the undated strike tells more of the strikes the clause hung on (their day)
    text = ("Hezbollah fired rockets at Metula on Monday in retaliation for Israeli strikes the day before. "
            "The Israeli strikes hit Khiam and wounded 12 people.")
    report = extract_report(text, published="2024-08-13")
    days = dict(zip(report.incidents["target_place_id"], report.incidents["date"].astype(str)))
    assert days["lb-khiam"] == "2024-08-11"
