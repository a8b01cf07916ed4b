"""Quality on the third development set: 54 reports written by helpers in session 62 from public reports of 2022-2025,
in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d141, militia
rockets and drones at US sites in Iraq, Syria and Jordan and the US strikes, told in trackers, timelines, briefing
round-ups, claims and wire news, English and Arabic; d142, Iran's and the Houthis' fire at Israel, Israel's strikes on
Iran, the drones at the Kurdistan Region's oil and gas fields and Iran's strike on Erbil, in English, Arabic, Persian,
Hebrew, Sorani and French; d143, overnight wire reports and liveblogs of the Iran-Israel exchanges and the Houthis'
missiles, and background pieces on attacks on US forces and on the Kurdistan fields, English, Arabic and Persian. It was
read to write rules (``test_incidents_s62.py``), so it measures regressions, not the extractor on unseen reports: the
thresholds sit just under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV62 = Path(__file__).resolve().parent / "dev62"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV62, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV62, 54, 179)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.93 and score["place_precision"] >= 0.92
    # (session 64: found 126 -> 132 of 179, typed right 101 -> 104; the share of the found typed right fell from .80
    # to .79, the new finds being of untold weapon that the annotators type 'other' and the extractor by the group's
    # fire told before. The guard holds the typed-right count, found and typed right, as a share of all incidents.)
    # (session 72: .78 -> .77. "US troops engaged and destroyed a third drone" is now an interception, as the brief
    # defines it and as five other development sets type such a downing; this set's annotator typed it the attack.)
    assert score["incidents_found"] >= 0.73 and score["type_right"] >= 0.77
    assert score["incidents_found"] * score["type_right"] >= 0.58
    assert score["draft_precision"] >= 0.66
