"""Two ways a page's clocks mislead the day of an event:

- a weekday given with a universal clock in brackets after the local time ("shortly after 2am local time (2230 GMT
  Friday)") is the universal day; where it happened it was Saturday (the local clock is more than twelve hours behind
  the universal one, so the local day is the next; in Washington, "10 p.m. (0300 GMT Tuesday)" is Monday);
- a page's time stamp on a line of its own ("08:32 UTC+8, 2025-03-23") tells when the page was written, not the day
  of the events told after it: undated, they are the report's, and join the same events told later with their day.

Sentences written for these tests, in our own words, on the pattern of wire copy of 2024-2025.
"""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents import extract_report
from geoincidents.extract.dates import a_stamp, find_dates
from geoincidents.extract.text import tokenize


def days(text: str, published: date) -> list[str]:
    return [d.date.isoformat() for d in find_dates(tokenize(text), published=published)]


@pytest.mark.parametrize("text, day", [
    ("Shortly after 2am local time (2230 GMT Friday), explosions were heard over Tehran.", "2024-10-26"),
    ("At 1:30 a.m. (22:30 GMT on Friday) drones struck the base.", "2024-10-26"),
    ("The strikes began at 10 p.m. (0300 GMT Tuesday) in Washington.", "2024-10-21"),
    ("At 9 p.m. local time (1800 GMT Friday) rockets fell on Kiryat Shmona.", "2024-10-25"),
    ("Rockets fell on Kiryat Shmona on Friday (1800 GMT).", "2024-10-25"),
])
def test_a_weekday_of_a_universal_clock_is_moved_to_the_local_day(text, day):
    assert days(text, date(2024, 10, 27)) == [day]


@pytest.mark.parametrize("text, stamp", [
    ("08:32 UTC+8, 2025-03-23", True),
    ("Güncelleme: 24 Aralık 2023 07:00", True),
    ("Updated: 24 December 2023, 07:00 GMT", True),
    ("16 Aralık 2024 Pazartesi 12:57", True),
    ("On March 22 at 21:30 local time, US jets struck the Hodeidah airport.", False),
    ("2025-03-23", False),
])
def test_a_time_stamp_is_a_date_and_a_clock_alone(text, stamp):
    tokens = tokenize(text)
    assert a_stamp(tokens, find_dates(tokens, published=date(2025, 3, 23))) is stamp


def test_a_stamp_lends_no_day_to_the_events_told_after_it(gazetteer):
    # Published 00:32 UTC on Sunday 23 March 2025 (03:32 in Yemen): the strikes on the airport and on Majzar were of
    # Saturday night, as the second telling says; the stamp of the page is not their day.
    text = ("US forces strike Yemen's Hodeidah airport again\n\nXinhua\n08:32 UTC+8, 2025-03-23\n"
            "US naval forces carried out three strikes on the Hodeidah airport and five strikes on the Majzar district "
            "of Marib.\n\nThe US naval forces carried out three strikes on the Hodeidah airport and five strikes on "
            "the Majzar district of Marib on Saturday night, the Houthi-run al-Masirah TV reported.")
    got = extract_report(text, published="2025-03-23T00:32:00Z", gazetteer=gazetteer).incidents
    assert sorted(zip(got["date"], got["target_place_id"])) == [("2025-03-22", "ye-hodeidah-airport"),
                                                                 ("2025-03-22", "ye-majzar")]


@pytest.mark.parametrize("text", ["استهدفت المقاومة أمس الأول قاعدة حرير", "استهدفت المقاومة أول أمس قاعدة حرير",
                                  "l'attaque d'avant-hier contre la base", "der Angriff von vorgestern auf die Basis",
                                  "el ataque de anteayer", "позавчера атаковали базу"])
def test_the_day_before_yesterday_in_other_languages(text):
    assert days(text, date(2023, 12, 27)) == ["2023-12-25"]
