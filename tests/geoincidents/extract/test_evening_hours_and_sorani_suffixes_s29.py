"""Two ways the day or the event of a report was missed:

* A late evening hour told with no day of its own, in a report dated with no hour ("Kormor gaz sahasına saat
  23.30'da İHA ile saldırı düzenlendi" in a report of 27 November): the attack came before the report was written,
  the evening before; the draft says the report's day is possible. A report stamped with its hour keeps its day, and
  a night phrase ("last night at 23:00") decides as before. Turkish and German write the hour with a dot after a clock
  word or before an ending ("saat 23.30'da", "um 23.30 Uhr"), never a bare decimal ("3.50 dollars").
* Sorani puts the ezafe or "in" on a definite noun ("بۆردوومانەکەی ئێوارەی دوێنێ بۆ سەر کەمپی مەخموور" 'yesterday
  evening's bombardment on the Makhmour camp', "لە تەقینەوەکەدا" 'in the explosion'): the trigger still reads.

Sentences written for these tests, in our own words, on the pattern of Turkish and Kurdish outlets.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.counts import time_of_day
from tests.geoincidents.extract.conftest import drafts


def test_a_late_hour_with_no_day_is_the_evening_before(gazetteer):
    text = "Kormor gaz sahasına saat 23.30'da İHA ile saldırı düzenlendi."
    got = extract_report(text, published="2025-11-27", gazetteer=gazetteer).incidents
    assert list(got["date"]) == ["2025-11-26"]
    assert "2025-11-27 is possible" in got["notes"].iloc[0]


@pytest.mark.parametrize("text, published, day", [
    ("Rockets hit Erbil airport at 23:10.", "2025-11-27T23:55:00+03:00", "2025-11-27"),  # stamped: its own day
    ("Rockets hit Erbil airport at 14:10.", "2025-11-27", "2025-11-27"),  # an afternoon hour
    ("Rockets hit Erbil airport on Wednesday at 23:10.", "2025-11-27", "2025-11-26"),  # its own day, told
    ("Rockets hit Erbil airport on Thursday at 23:10.", "2025-11-28", "2025-11-27"),
])
def test_the_evening_rule_only_where_no_day_or_hour_says_otherwise(text, published, day, gazetteer):
    assert [d[0] for d in drafts(text, published, gazetteer)] == [day]


@pytest.mark.parametrize("text, clock", [
    ("saat 23.30'da saldırı düzenlendi", ("23:30", "")),
    ("um 23.30 Uhr schlugen Raketen ein", ("23:30", "")),
    ("vers 21h15, des tirs ont visé la base", ("21:15", "")),
    ("the price rose to 3.50 dollars", None),
    ("a 12.30 percent rise", None),
])
def test_a_dotted_hour_needs_a_clock_word(text, clock):
    assert time_of_day(text) == clock


def test_sorani_definite_noun_with_its_ezafe_is_a_trigger(gazetteer):
    text = "جێگری بەرپرسەکە دەڵێت، لە بۆردوومانەکەی ئێوارەی دوێنێ بۆ سەر کەمپی مەخموور، سێ کەس بریندار بوون."
    assert drafts(text, "2023-10-08", gazetteer) == [("2023-10-07", "air_strike", "iq-makhmur-camp")]
