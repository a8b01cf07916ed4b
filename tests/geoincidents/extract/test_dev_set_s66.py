"""Quality on the seventh development set: 36 reports written by helpers in session 66 from public reports of
2022-2025, in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d152,
drones and rockets on the Kurdistan Region's oil and gas fields and airports (Khor Mor, Sarsang, Tawke and
Peshkabir, Khurmala, Erbil and Arbat, the wave of July 2025) and Iran's strikes near Koya, in English, Arabic, Sorani,
French and German (wire reports, Kurdish outlets, ministry statements, liveblogs, trackers); d153, the Iran-Israel
exchanges of 2024-2025 and the militia drones from Iraq at Eilat and the Golan, in English, Arabic, Persian, Hebrew,
French and Spanish. It was read to write rules (``test_incidents_s66.py``), so it measures regressions, not the
extractor on unseen reports: the thresholds sit just under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV66 = Path(__file__).resolve().parent / "dev66"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV66, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV66, 36, 93)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.90 and score["place_precision"] >= 0.90
    assert score["incidents_found"] >= 0.72 and score["type_right"] >= 0.69
    assert score["draft_precision"] >= 0.72
