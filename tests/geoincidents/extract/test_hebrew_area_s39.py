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


def test_each_name_after_the_nuclear_facilities_is_the_site() -> None:
    # "מתקני הגרעין" 'the nuclear facilities (of)' opens its list: the last name carries the joined "and" (ואספהאן),
    # or each name its joined "in" (בנתנז ובאספהאן); every one is the nuclear site
    for text in ("ארצות הברית תקפה את מתקני הגרעין פורדו, נתנז ואספהאן.", 'צה"ל תקף את מתקני הגרעין בנתנז ובאספהאן.'):
        report = extract_report(text, published="2025-06-22")
        assert "ir-isfahan-nuclear-technology-center" in set(report.incidents["target_place_id"])
        assert "ir-isfahan" not in set(report.incidents["target_place_id"])
