"""A liveblog's day heading dates its entries (session 46), on text written for these tests.

"Sunday, November 24" alone on its line opens the day's entries: an undated entry under it ("12:10 - A rocket hit
a building in Haifa") is of that day for sure, not the same attack as one the background dates a day earlier at the
same town. Without the heading the undated entry may be that earlier attack told again.
"""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents import extract_report
from geoincidents.extract.analyse import split_sentences
from geoincidents.extract.dates import a_day_heading, find_dates

LIVEBLOG = """Live: rockets over the north

Sunday, November 24

12:10 - Building hit
A rocket hit a residential building in Haifa. Two men were lightly hurt.

Background
On Saturday, rockets fired at Haifa set fire to two cars."""


def rows(text: str, published: str = "2024-11-24") -> list[tuple[str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


def test_an_entry_under_a_day_heading_is_of_that_day() -> None:
    assert rows(LIVEBLOG) == [("2024-11-23", "rocket_attack", "il-haifa"), ("2024-11-24", "rocket_attack", "il-haifa")]


def test_without_the_heading_the_undated_entry_joins_the_dated_attack() -> None:
    assert rows(LIVEBLOG.replace("Sunday, November 24\n\n", "")) == [("2024-11-23", "rocket_attack", "il-haifa")]


@pytest.mark.parametrize("text, heading", [
    ("Sunday, November 24", True), ("Monday 12 June", True), ("November 24:", True),
    ("Rockets hit Haifa on Sunday, November 24.", False), ("Sunday, November 24 and Monday, November 25", False),
])
def test_a_day_heading(text: str, heading: bool) -> None:
    sentence = split_sentences(text)[0]
    dates = find_dates(sentence.tokens, published=date(2024, 11, 26))
    assert a_day_heading(sentence.tokens, sentence.lowered, dates) is heading


UPDATE = """Iraq Update, March 3, 2024 - Militia attacks

Key takeaways:
- Militants fired two rockets at the Ain al-Asad air base.

Background
On March 1, a drone targeted Erbil International Airport."""


def test_the_day_an_update_covers_dates_its_undated_events() -> None:
    assert rows(UPDATE, "2024-03-04") == [("2024-03-01", "drone_attack", "iq-erbil-international-airport"),
                                          ("2024-03-03", "rocket_attack", "iq-ain-al-asad-air-base")]


def test_an_update_title_dates_only_the_report_that_opens_with_it() -> None:
    text = "Militants fired two rockets at the Ain al-Asad air base. An update on March 3 said no one was hurt."
    assert rows(text, "2024-03-04") == [("2024-03-04", "rocket_attack", "iq-ain-al-asad-air-base")]
