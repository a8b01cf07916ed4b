"""Kinds of failure seen on reports the extractor had not been tuned on (ext17's six unseen reports: Turkish drone
strikes in Iraqi Kurdistan in August 2023, US-UK strikes on Yemen in January and October 2024), one test per kind.

Texts are written in our own words, with other places and days than the reports told.
"""
from __future__ import annotations

from geoincidents.extract import extract_report


def rows(text, published, gazetteer, columns=("date", "event_type", "target_place")):
    r = extract_report(text, published=published, gazetteer=gazetteer)
    return [tuple(row) for row in r.incidents[list(columns)].itertuples(index=False)]


def test_a_plural_descriptor_before_the_list_names_its_units(gazetteer):
    # "provinces of X and Y", "governorates, including X and Y": each name is the province, not the city of that
    # name, as when the descriptor closes the list ("X and Y provinces").
    got = rows("Drones struck targets in the provinces of Nineveh and Dahuk on Tuesday.", "2023-08-09", gazetteer)
    assert sorted(t for _, _, t in got) == ["Duhok Governorate", "Nineveh Governorate"]
    got = rows("Warplanes bombed sites in three governorates, including Saada, and Hodeidah overnight.",
               "2024-03-02", gazetteer)
    assert sorted(t for _, _, t in got) == ["Hodeidah", "Saada"]
    r = extract_report("Warplanes bombed sites in three governorates, including Saada, and Hodeidah overnight.",
                       published="2024-03-02", gazetteer=gazetteer)
    assert sorted(r.places.place_id) == ["ye-gov-hodeidah", "ye-gov-saada"]
    # A single name after "of" with no plural stays the city.
    r = extract_report("A drone struck a car on the outskirts of Dahuk on Tuesday.", published="2023-08-09",
                       gazetteer=gazetteer)
    assert list(r.places.place_id) == ["iq-duhok"]


def test_a_relative_clause_after_a_comma_is_no_part_of_the_event(gazetteer):
    # "..., which has been closed since 2019": the "since" tells of the place, not a tally of strikes.
    got = rows("The coalition carried out three strikes near Sanaa airport on Thursday, which has been closed to "
               "flights since 2019.", "2024-02-23", gazetteer)
    assert got == [("2024-02-22", "air_strike", "Sana'a Airport")]
    # A relative clause that tells the event's toll stays the event's: the count of wounded is kept.
    r = extract_report("A missile struck the Victory base near Baghdad airport on Friday, which wounded three soldiers.",
                       published="2024-02-24", gazetteer=gazetteer)
    assert list(r.incidents.injured) == [3]


def test_attack_verb_in_the_perfect_counted_from_a_day_is_a_summary(gazetteer):
    # "Since early March, the militia has repeatedly..." is caught as a habit; without such an adverb the perfect
    # counted from a day still sums attacks up ("have attacked ... since", "has struck ... since").
    got = rows("Since late December, the militants have allegedly attacked several tankers in the Arabian Sea.",
               "2024-02-20", gazetteer)
    assert got == []
    got = rows("Since last spring, Turkish jets have struck villages in Duhok province.", "2024-02-20", gazetteer)
    assert got == []
    # One attack of its own day stays an incident.
    got = rows("On Monday, militants attacked a tanker in the Arabian Sea.", "2024-02-20", gazetteer,
               ("date", "target_place"))
    assert got == [("2024-02-19", "Arabian Sea")]


def test_the_last_name_of_a_list_after_a_comma_and_is_no_new_clause(gazetteer):
    # ", and Saada amid ... attacks": the list's last name, though an event word comes later in the sentence.
    got = rows("Jets hit sites in three governorates, including Hajjah, and Saada amid a wave of attacks on shipping.",
               "2024-02-04", gazetteer)
    assert sorted(t for _, _, t in got) == ["Hajjah", "Saada"]
    # ", and Houthis fired ...": a clause of its own, the second event is kept.
    got = rows("Jets struck Hodeidah on Saturday, and Houthis fired missiles at a tanker in the Red Sea.",
               "2024-02-04", gazetteer, ("event_type", "target_place"))
    assert ("missile_attack", "Red Sea") in got and ("air_strike", "Hodeidah") in got
