"""Hebrew weekdays without "יום", the night between two days, "וכן" adding a target, and fire told as a bare noun
(session 47), on sentences written for these tests.

Hebrew weekdays are ordinals ("חמישי" 'fifth'), read as days only in the brackets news dates its day with
("הערב (חמישי)") or in a night told by its two days ("בלילה שבין חמישי לשישי", "הלילה (בין שבת לראשון)"), which is
the later day's, as "the night between Thursday and Friday" is. "וכן" 'and also' adds another thing hit to a strike.
A clause that tells fire only by its noun ("the fire from Lebanon") lends the strike told after ", and" no launch.
"""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents import extract_report
from geoincidents.extract.analyse import split_sentences
from geoincidents.extract.dates import find_dates

PUBLISHED = date(2023, 4, 9)  # a Sunday


def days(text: str) -> list[tuple[str, date]]:
    sentence = split_sentences(text)[0]
    return [(m.text, m.date) for m in find_dates(sentence.tokens, published=PUBLISHED)]


def rows(text: str) -> list[tuple[str, str, str, str | None]]:
    found = extract_report(text, published=PUBLISHED.isoformat()).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"],
                      found["launch_place_id"].where(found["launch_place_id"].notna(), None)))


@pytest.mark.parametrize("text, expected", [
    ("בלילה שבין חמישי לשישי תקפו מטוסי קרב מטרות.", [("לשישי", date(2023, 4, 7))]),
    ("מטוסים תקפו הלילה (בין שבת לראשון) מטרות.", [("הלילה", date(2023, 4, 9)), ("לראשון", date(2023, 4, 9))]),
    ("כטב\"ם נפל הערב (חמישי) בשטח פתוח.", [("חמישי", date(2023, 4, 6))]),
])
def test_hebrew_weekdays_in_brackets_and_nights(text: str, expected: list[tuple[str, date]]) -> None:
    assert days(text) == expected


@pytest.mark.parametrize("text", ["הרץ הגיע שני במרוץ.", "זו הפעם החמישית, והשישי בתור ממתין."])
def test_hebrew_ordinals_are_no_days(text: str) -> None:
    assert days(text) == []


def test_a_hebrew_night_dates_the_strike() -> None:
    assert rows("בלילה שבין חמישי לשישי תקפו מטוסי קרב תשתיות בצור.") == [
        ("2023-04-07", "air_strike", "lb-tyre", None)]


def test_hebrew_and_also_adds_a_target() -> None:
    text = "בלילה שבין חמישי לשישי תקפו מטוסי קרב מחנה הסמוך לצור, וכן מטרות ברצועת עזה."
    assert rows(text) == [("2023-04-07", "air_strike", "lb-tyre", None),
                          ("2023-04-07", "air_strike", "ps-gaza-strip", None)]


@pytest.mark.parametrize("text, expected", [
    ("The army blamed the fire from Lebanon on Hamas, and on Friday jets struck sites near Tyre.",
     [("2023-04-07", "air_strike", "lb-tyre", None)]),
    ("צה\"ל ייחס את הירי מלבנון לחמאס, ובלילה שבין חמישי לשישי תקפו מטוסי קרב תשתיות בצור.",
     [("2023-04-07", "air_strike", "lb-tyre", None)]),
])
def test_fire_told_as_a_noun_lends_the_strike_no_launch(text: str, expected: list) -> None:
    assert rows(text) == expected
