"""Hebrew reports of a drone that came down in a city.

- התרסק 'crashed' is a word of attack: a drone that crashed near a hotel came down where it was sent.
- "בעיר" 'in the city' in a clause that names no place points back at the city the report named (as "in the city"
  does in English).
- "לא" right before the event word denies it: "הכטב"ם לא יורט" 'the drone was not intercepted' is no interception.
- "גוף" 'body' ("לא דווח על נפגעים בגוף" 'no bodily casualties') is no place: Al Jawf is אל-ג'וף, with its geresh.

Why: Hebrew reports of the September 2025 drone hits in Eilat. Sentences written for these tests.
"""
from __future__ import annotations

from geoincidents import extract_report


def test_a_drone_that_crashed_in_the_city_named_before() -> None:
    text = ('אזעקות נשמעו הערב בעיר אילת, לאחר זיהוי חדירה של כלי טיס בלתי מאויש. לפי דיווחים ראשוניים, הכטב"ם '
            'התרסק סמוך לכניסה למלון בעיר וגרם לפרוץ שריפה במקום. לא דווח על נפגעים בגוף.')
    report = extract_report(text, published="2025-09-18")
    assert list(zip(report.incidents["event_type"], report.incidents["target_place_id"])) == [
        ("drone_attack", "il-eilat")]
    assert "ye-gov-al-jawf" not in set(report.places["place_id"])


def test_not_intercepted_is_no_interception() -> None:
    report = extract_report('כטב"ם ששוגר מתימן לא יורט ופגע באילת.', published="2025-09-18")
    assert list(report.incidents["event_type"]) == ["drone_attack"]


def test_al_jawf_with_its_geresh_is_still_a_place() -> None:
    report = extract_report("מל\"ט ששוגר מתימן נפל באזור אל-ג'וף.", published="2025-09-18")
    assert "ye-gov-al-jawf" in set(report.places["place_id"])
