"""Quality on the fourteenth development set: 36 reports written by helpers in session 73 from public reports of
2023-2025, in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d172, the
militia rockets and drones at US sites in Iraq and Syria told as "hit", "came under fire", explosions heard or sirens,
and reports published the day after (English, Arabic, German, French, Turkish); d173, the Iran-Israel exchanges of 2024
and 2025, the Houthi missiles and drones at Israel and Israel's strikes in Syria and Iraq (English, Arabic, Persian,
Hebrew, Spanish, Russian). It was read to write rules (``test_incidents_s73.py``), so it measures regressions, not the
extractor on unseen reports: the thresholds sit just under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV73 = Path(__file__).resolve().parent / "dev73"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV73, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV73, 36, 90)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.92 and score["place_precision"] >= 0.92
    assert score["incidents_found"] >= 0.74 and score["type_right"] >= 0.84
    assert score["draft_precision"] >= 0.71
