"""Date expressions anchored to the publication date, with their precision."""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extract.dates import find_dates
from geoincidents.extract.text import tokenize

MONDAY = date(2024, 4, 22)


@pytest.mark.parametrize("text, expected, precision", [
    ("on Saturday", "2024-04-20", "day"),
    ("Sunday's rocket attack", "2024-04-21", "day"),
    ("on Monday", "2024-04-22", "day"),
    ("yesterday", "2024-04-21", "day"),
    ("overnight", "2024-04-22", "day"),  # the night that ended on the publication day
    ("late last week", "2024-04-15", "week"),
    ("earlier this month", "2024-04-01", "month"),
    ("last month", "2024-03-01", "month"),
    ("on April 13", "2024-04-13", "day"),
    ("on 13 April", "2024-04-13", "day"),
    ("on January 20", "2024-01-20", "day"),
    ("in mid-February", "2024-02-01", "month"),
    ("on December 25", "2023-12-25", "day"),
    ("on 4 October 2024", "2024-10-04", "day"),
])
def test_relative_and_absolute_dates(text, expected, precision):
    found = find_dates(tokenize(text), published=MONDAY)
    assert [(d.date.isoformat(), d.precision) for d in found] == [(expected, precision)]


def test_a_day_earlier_counts_from_the_last_date_told():
    found = find_dates(tokenize("On April 22 the group denied it. A day earlier rockets were fired."), published=MONDAY)
    assert [d.date.isoformat() for d in found] == ["2024-04-22", "2024-04-21"]


def test_without_publication_date_only_dated_years_are_read():
    found = find_dates(tokenize("On Saturday, and on 20 January 2024"), published=None)
    assert [d.date.isoformat() for d in found] == ["2024-01-20"]


def test_may_the_verb_is_not_a_month():
    assert find_dates(tokenize("Officials said more attacks may follow."), published=MONDAY) == []


def test_superscripts_are_not_day_numbers():
    # "²" is a digit to str.isdigit but no number int() reads (found by the property test); Arabic-Indic digits are.
    found = find_dates(tokenize("on ² April, and on ٣ April"), published=MONDAY)
    assert [(d.date.isoformat(), d.precision) for d in found] == [("2024-04-01", "month"), ("2024-04-03", "day")]
