"""An earlier attack counted from the one told ("a week after"), sirens with a Hebrew prefix, and the Hebrew unmanned
aircraft (session 47), on sentences written for these tests.

"The blast came a week after sirens sounded in Eilat following the infiltration of a drone": the link counts the day
of the drone told after it, even across the clause that "following" opens, so the earlier drone is a draft of its
own and not the report's attack told again. Hebrew counts the same way ("שבוע לאחר", "יומיים לאחר"), Arabic and
Persian too ("بعد أسبوع من", "یک هفته پس از"); Hebrew joins "ש" 'that' to the sirens ("לאחר שאזעקות הופעלו באילת"),
which still tell where the drone was aimed; "כלי טיס בלתי מאויש" is a drone.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.analyse import split_sentences
from geoincidents.extract.dates import find_dates
from datetime import date


def rows(text: str, published: str = "2025-03-14") -> list[tuple[str, str, str, str | None]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"],
                      found["launch_place_id"].where(found["launch_place_id"].notna(), None)))


def test_an_earlier_drone_counted_a_week_back_is_its_own_draft() -> None:
    text = ("A drone crashed into a car park in Eilat on Friday and exploded. The blast came exactly a week after "
            "sirens sounded in Eilat following the infiltration of a drone launched from Yemen.")
    assert rows(text) == [("2025-03-07", "drone_attack", "il-eilat", "cc-ye"),
                          ("2025-03-14", "drone_attack", "il-eilat", None)]


def test_a_hebrew_drone_a_week_before_with_prefixed_sirens() -> None:
    text = ('כלי טיס בלתי מאויש נפל היום (שישי) בחניון באילת והתפוצץ. '
            'האירוע מגיע שבוע לאחר שאזעקות הופעלו באילת בעקבות חדירת כטב"ם ששוגר מתימן.')
    assert rows(text) == [("2025-03-07", "drone_attack", "il-eilat", "cc-ye"),
                          ("2025-03-14", "drone_attack", "il-eilat", None)]


def test_the_hebrew_unmanned_aircraft_is_a_drone() -> None:
    assert rows("כלי טיס בלתי מאויש פגע היום בבית באילת.") == [("2025-03-14", "drone_attack", "il-eilat", None)]


@pytest.mark.parametrize("text, day", [
    ("האירוע מגיע יומיים לאחר שרקטה נפלה בקריית שמונה.", date(2025, 3, 12)),
    ("ההתקפה באה שבועיים אחרי שכטב\"ם פגע באילת.", date(2025, 2, 28)),
    ("وجاء الهجوم بعد أسبوع من استهداف قاعدة حرير.", date(2025, 3, 7)),
    ("این حمله یک هفته پس از حمله به اربیل رخ داد.", date(2025, 3, 7)),
])
def test_counted_links_in_hebrew_arabic_and_persian(text: str, day: date) -> None:
    sentence = split_sentences(text)[0]
    assert [m.date for m in find_dates(sentence.tokens, published=date(2025, 3, 14))] == [day]
