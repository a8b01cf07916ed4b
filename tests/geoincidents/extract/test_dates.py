"""Date expressions anchored to the publication date, with their precision."""
from __future__ import annotations

from datetime import date, timedelta

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
    ("in mid-February", "2024-02-11", "week"),  # the middle third of the month (see below)
    ("on December 25", "2023-12-25", "day"),
    ("on 4 October 2024", "2024-10-04", "day"),
    ("in recent days", "2024-04-16", "week"),  # the week up to the publication day
    ("over the past few days", "2024-04-16", "week"),
    ("خلال الأيام الماضية", "2024-04-16", "week"),
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


@pytest.mark.parametrize("text, first, last", [
    ("the rocket attacks on the base late in January", "2024-01-21", "2024-01-31"),
    ("in early October", "2023-10-01", "2023-10-10"),
    ("in mid-February", "2024-02-11", "2024-02-20"),
    ("at the end of February", "2024-02-21", "2024-02-29"),
])
def test_a_part_of_a_month_is_a_third_of_it_not_the_whole_month(text, first, last):
    # Known to about ten days: week precision from the third's first day, its last day as the span's end.
    found = find_dates(tokenize(text), published=MONDAY)
    assert len(found) == 1
    d = found[0]
    assert (d.date.isoformat(), d.precision, (d.date + timedelta(days=d.span_days)).isoformat()) == (first, "week", last)


def test_since_a_part_of_a_month_is_where_a_count_starts():
    assert find_dates(tokenize("the first such attack since early February"), published=MONDAY) == []


@pytest.mark.parametrize("text, expected", [
    ("the January 3rd bombing at the cemetery", "2024-01-03"),
    ("a bombing on the 3rd of January", "2024-01-03"),
    ("on 21st March the base was hit", "2024-03-21"),
])
def test_ordinal_day_numbers(text, expected):
    assert [d.date.isoformat() for d in find_dates(tokenize(text), published=MONDAY)] == [expected]


@pytest.mark.parametrize("text", ["missiles fired at the country over the last year", "strikes in the past week",
                                  "attacks over the last month"])
def test_a_stretch_of_time_is_no_date(text):
    assert find_dates(tokenize(text), published=MONDAY) == []


@pytest.mark.parametrize("text, published, saturday", [
    ("its attack on the country last weekend", date(2024, 4, 19), "2024-04-13"),  # a Friday report
    ("its attack on the country last weekend", date(2024, 4, 21), "2024-04-13"),  # Sunday: the weekend before
    ("its attack on the country last weekend", date(2024, 4, 22), "2024-04-20"),  # Monday: the one just over
    ("rocket fire escalated over the weekend", date(2024, 4, 22), "2024-04-20"),
    ("rocket fire escalated over the weekend", date(2024, 4, 21), "2024-04-20"),
])
def test_a_weekend_is_its_saturday_and_sunday(text, published, saturday):
    found = find_dates(tokenize(text), published=published)
    assert [(d.date.isoformat(), d.precision, d.span_days) for d in found] == [(saturday, "day", 1)]


def test_a_link_that_counts_days_gives_way_to_the_day_told_after_it():
    # "less than a week after X last weekend": the day of X is told; the count before it is only approximate.
    found = find_dates(tokenize("Israel struck less than a week after the barrage on Israel last weekend."),
                       published=date(2024, 4, 19))
    assert [d.date.isoformat() for d in found] == ["2024-04-13"]


@pytest.mark.parametrize("text, published, expected", [
    ("drones struck overnight Saturday", date(2024, 4, 15), "2024-04-14"),  # the night from Saturday into Sunday
    ("drones struck overnight on Saturday", date(2024, 4, 15), "2024-04-14"),
    ("drones struck overnight Saturday", date(2024, 4, 13), "2024-04-13"),  # a Saturday report: the night into it
    ("drones struck overnight into Sunday", date(2024, 4, 15), "2024-04-14"),
    ("missiles fell overnight Saturday into Sunday", date(2024, 4, 15), "2024-04-14"),
    ("missiles fell on the night of Saturday to Sunday", date(2024, 4, 15), "2024-04-14"),
    ("missiles fell in the night between Friday and Saturday", date(2024, 4, 15), "2024-04-13"),
    ("missiles fell during the night of 13 to 14 April", date(2024, 4, 15), "2024-04-14"),
    ("missiles fell on the night of April 13-14", date(2024, 4, 15), "2024-04-14"),
])
def test_a_night_told_by_its_days_is_the_day_after_its_midnight(text, published, expected):
    found = find_dates(tokenize(text), published=published)
    assert [(d.date.isoformat(), d.span_days) for d in found] == [(expected, 0)]


def test_days_joined_without_a_night_are_a_stretch_from_the_first():
    # Not the day after a midnight: the first day, running over the second (test_unseen_kinds_n12 has more).
    found = find_dates(tokenize("strikes between Saturday and Sunday"), published=date(2024, 4, 15))
    assert [(d.date.isoformat(), d.span_days) for d in found] == [("2024-04-13", 1)]
