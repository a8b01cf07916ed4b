"""Hebrew news tells where strikes fell with "באזור" 'in the area of' after the plural "התקיפות" 'the strikes':
"התקיפות התרחשו באזור א-נבטיה" 'the strikes took place in the area of Nabatieh'. The place after it is where the
strikes of the report landed (a weak target cue, as 'in' is), and the plural with its article is a strike word.

Why: a blind set of session 38 had a Hebrew report of strikes in south Lebanon whose named town was read as
context, so the draft stayed on the whole region. Sentences written for these tests.
"""
from __future__ import annotations

from geoincidents import extract_report

_TEXT = 'צה"ל תקף הלילה מטרות של חיזבאללה בדרום לבנון. התקיפות התרחשו באזור א-נבטיה.'


def test_the_area_after_the_strikes_is_their_target() -> None:
    report = extract_report(_TEXT, published="2024-10-02")
    roles = dict(zip(report.places["place_id"], report.places["role"]))
    assert roles["lb-nabatieh"] == "target"
    assert list(report.incidents["target_place"]) == ["Nabatieh"]
    assert list(report.incidents["event_type"]) == ["air_strike"]


def test_the_area_alone_drafts_nothing() -> None:
    # A weak cue: without a strike word and a day there is no incident to draft.
    report = extract_report("המשפחה גרה באזור א-נבטיה.", published="2024-10-02")
    assert report.incidents.empty
