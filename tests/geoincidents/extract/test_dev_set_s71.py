"""Quality on the twelfth development set: 36 reports written by helpers in session 71 from public reports of
2023-2025, in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d166,
the militia attacks on US sites in Iraq, Syria and Jordan from October 2023 to February 2024 and the US strikes that
answered them (wire reports, liveblogs with times, a tracker written as a table, statements, analyses); d167, the
Iran-Israel exchanges of April and October 2024 and June 2025, the US strikes on Fordow, Natanz and Isfahan, and the
drone attacks of 2025 on the Kurdistan Region's oil and gas fields. English, Arabic, French, Persian, Hebrew and
German. It was read to write rules (``test_incidents_s71.py``), so it measures regressions, not the extractor on unseen
reports: the thresholds sit just under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV71 = Path(__file__).resolve().parent / "dev71"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV71, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV71, 36, 98)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.91 and score["place_precision"] >= 0.88
    assert score["incidents_found"] >= 0.67 and score["type_right"] >= 0.82
    assert score["draft_precision"] >= 0.58
