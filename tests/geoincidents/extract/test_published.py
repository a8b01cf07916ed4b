"""The publication date or timestamp that relative dates count from (dates.publication_day, report._as_published)."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from geoincidents.errors import ExtractError
from geoincidents.extract import extract_report
from geoincidents.extract.dates import publication_day

# Modelled on the rockets fired at the Victory base by Baghdad airport at 00:20 on Tuesday 1 October 2024,
# in a report stamped 22:05 UTC on Monday 30 September (our words).
VICTORY = ("Rockets were launched at the Victory base beside Baghdad International Airport in the early hours of "
           "Tuesday, Iraqi security sources said.")


def test_a_timestamp_is_the_day_it_falls_on_where_the_report_is():
    stamp = datetime(2024, 9, 30, 22, 5, tzinfo=timezone.utc)
    assert publication_day(stamp, ["IQ", "IQ", "US"]) == date(2024, 10, 1)  # 01:05 in Baghdad
    assert publication_day(stamp, ["US", "IQ", "IQ"]) == date(2024, 10, 1)  # the country named most
    assert publication_day(stamp, []) == date(2024, 9, 30)  # no place: the day it was stamped
    assert publication_day(date(2024, 9, 30), ["IQ"]) == date(2024, 9, 30)  # a date is the day given
    assert publication_day(None, ["IQ"]) is None


def test_the_early_hours_of_tuesday_in_a_report_stamped_monday_evening_utc(gazetteer):
    r = extract_report(VICTORY, published="2024-09-30T22:05:00Z", gazetteer=gazetteer)
    assert list(r.incidents["date"]) == ["2024-10-01"]
    assert r.sources.loc[0, "published"] == "2024-09-30T22:05:00+00:00"  # kept as given
    # An offset is honoured; without one the timestamp is UTC.
    assert list(extract_report(VICTORY, published="2024-10-01T01:05:00+03:00", gazetteer=gazetteer).incidents["date"]) \
        == ["2024-10-01"]
    assert list(extract_report(VICTORY, published=datetime(2024, 9, 30, 22, 5), gazetteer=gazetteer).incidents["date"]) \
        == ["2024-10-01"]
    # A feed's date (RFC 2822), as RSS and mail headers give it.
    assert list(extract_report(VICTORY, published="Mon, 30 Sep 2024 22:05:00 GMT", gazetteer=gazetteer).incidents[
        "date"]) == ["2024-10-01"]
    # Only the date given: Monday 30 September, and the Tuesday before it.
    assert list(extract_report(VICTORY, published="2024-09-30", gazetteer=gazetteer).incidents["date"]) == ["2024-09-24"]


def test_a_publication_that_is_neither_date_nor_timestamp_is_refused(gazetteer):
    with pytest.raises(ExtractError, match=r"published='2024-09-30 late' is not a date; expected an ISO date such as "
                                           r"2024-04-22 or an ISO timestamp such as 2024-04-22T21:40:00Z"):
        extract_report(VICTORY, published="2024-09-30 late", gazetteer=gazetteer)
