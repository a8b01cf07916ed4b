"""An event told in a clause hung on another by a link that counts days ("one day after", "two days after", "a week
after"): dated that many days before the event it hangs on, and a draft of its own. Texts are ours, with the facts of
2024-2025 reporting."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published):
    found = extract_report(text, gazetteer=gazetteer, published=published).incidents
    return {(row.date, row.target_place) for row in found.itertuples()}


@pytest.mark.parametrize("text, published, expected", [
    ("Israeli jets struck the Fordo site again on Monday. The raid came just one day after US bombers hit nuclear "
     "installations at Fordo, Natanz and Isfahan.", "2025-06-23",
     {("2025-06-23", "Fordow Fuel Enrichment Plant"), ("2025-06-22", "Fordow Fuel Enrichment Plant"),
      ("2025-06-22", "Natanz nuclear facility"), ("2025-06-22", "Isfahan Nuclear Technology Center")}),
    ("US jets struck Abu Kamal on Friday, two days after rockets hit Harir base.", "2024-02-03",
     {("2024-02-02", "Albu Kamal"), ("2024-01-31", "Harir Air Base")}),
    ("US aircraft bombed sites near al-Qaim on Friday, a week after a drone hit Tower 22.", "2024-02-03",
     {("2024-02-02", "Al-Qa'im"), ("2024-01-26", "Tower 22")}),
])
def test_a_link_that_counts_days_dates_the_earlier_event(gazetteer, text, published, expected):
    assert expected <= drafts(text, gazetteer, published)


def test_a_link_without_a_count_leaves_the_earlier_event_to_join_another(gazetteer):
    found = drafts("US jets struck Abu Kamal on Friday, days after rockets hit Harir base.", gazetteer, "2024-02-03")
    assert found == {("2024-02-02", "Albu Kamal")}
