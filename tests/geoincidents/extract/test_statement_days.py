"""A report dated by a monitor's statement ("SOHR on Monday reported strikes near Derik") keeps that day against a
placeless strike with a day of its own told far after it. Sentences written for these tests."""
from __future__ import annotations

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published="2023-10-09"):  # a Monday
    found = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return list(zip(found["date"], found["target_place_id"]))


def test_a_placeless_strike_told_far_after_keeps_its_own_day(gazetteer):
    text = ("The Syrian Observatory on Monday reported Turkish airstrikes on an Asayish post near Derik. "
            "Local journalists reported more wounded at the hospital. Turkish artillery also shelled Ain Issa. "
            "Additionally, on Saturday, a woman died in a suspected Turkish artillery strike.")
    got = drafts(text, gazetteer)
    assert ("2023-10-09", "sy-malikiyah") in got
    assert not any(d == "2023-10-07" and t == "sy-malikiyah" for d, t in got)

