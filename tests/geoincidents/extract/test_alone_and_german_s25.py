"""Fire at a country told with no day of its own, in a report that tells nothing else, is a draft of its own; German
passives whose participle ends the clause; "aus" before a name is its launch whatever the participle after it.

Sentences written for these tests, in our own words, on the pattern of 2022-2024 Turkish and German wire reports.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published="2024-08-12"):
    r = extract_report(text, gazetteer=gazetteer, published=published)
    return sorted(zip(r.incidents["date"].astype(str), r.incidents["event_type"], r.incidents["target_place_id"],
                      r.incidents["launch_place_id"].fillna("")))


def test_fire_at_a_country_alone_in_its_report_is_a_draft(gazetteer):
    # no day word, a country only: the day the report was published
    assert drafts("Turkish jets carried out air strikes on PKK targets in northern Iraq.", gazetteer) == [
        ("2024-08-12", "air_strike", "cc-iq", "")]


def test_fire_at_a_country_beside_an_incident_still_only_joins_it(gazetteer):
    # the country told after a dated strike at a town is that strike, not a second draft
    found = drafts("Turkish jets struck the town of Sidakan on Sunday. The air strikes in northern Iraq went on.",
                   gazetteer)
    assert [d[2] for d in found] == ["iq-sidakan"]


@pytest.mark.parametrize("text", [
    "Israel says it will answer any attack on Israel.",
    "Officials warned that militias could attack US forces in Iraq.",
])
def test_fire_told_as_possible_or_any_is_no_draft_even_alone(gazetteer, text):
    assert drafts(text, gazetteer) == []


@pytest.mark.parametrize("text, expected", [
    # the subject of a German passive, its participle at the clause's end; "aus dem Libanon" its launch
    ("Der Norden Israels wurde am Sonntag mit Raketen aus dem Libanon angegriffen.",
     [("2024-08-11", "rocket_attack", "cc-il", "cc-lb")]),
    ("Am Sonntag wurde Israel mit Raketen aus dem Libanon angegriffen.",
     [("2024-08-11", "rocket_attack", "cc-il", "cc-lb")]),
    # German "Geschosse" (projectiles): rockets, as the English word
    ("Die Geschosse seien am Sonntag auf dem Stützpunkt Ain al-Assad eingeschlagen.",
     [("2024-08-11", "rocket_attack", "iq-ain-al-asad-air-base", "")]),
])
def test_german_passives_and_projectiles(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected
