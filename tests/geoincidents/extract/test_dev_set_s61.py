"""Quality on the second development set: 48 reports written by helpers in session 61 from public reports of 2023-2025
(militia attacks on US sites and the US strikes, with trackers and digests; the June 2025 war and the October 2024
exchanges in liveblogs, Hebrew, Persian and Arabic; Iraqi militia drones at Israel and Turkish drones in Kurdistan and
Syria), in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page). It was read
to write rules (``test_incidents_s61.py``), so it measures regressions, not the extractor on unseen reports: the
thresholds sit just under what the extractor reaches today, far below the development set of the first sessions.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV61 = Path(__file__).resolve().parent / "dev61"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV61, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV61, 48, 280)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.94 and score["place_precision"] >= 0.92
    assert score["incidents_found"] >= 0.65 and score["type_right"] >= 0.80
    assert score["draft_precision"] >= 0.68
