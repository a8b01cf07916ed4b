"""Quality on the eighteenth development set: 36 reports written by helpers in session 77 from public reports of
2023-2025, in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d182,
the militia attacks on US bases in Iraq, Syria and Jordan, the Islamic Resistance in Iraq's claims, the US strikes in
answer and the drones at Kurdistan's gas fields, in wire reports, liveblogs, claims and trackers (English, Arabic,
French, Spanish); d183, the Iran-Israel exchanges of 2024 and 2025, the US strikes of June 2025 and Iran's answer at
al-Udeid, and the Houthi fire at Israel, in news articles, statements, round-ups and liveblogs (English, Hebrew,
Persian, German). It was read to write rules (``test_incidents_s77.py``), so it measures regressions, not the
extractor on unseen reports: the thresholds sit just under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV77 = Path(__file__).resolve().parent / "dev77"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV77, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV77, 36, 88)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.91 and score["place_precision"] >= 0.93
    assert score["incidents_found"] >= 0.70 and score["type_right"] >= 0.70
    assert score["draft_precision"] >= 0.67
