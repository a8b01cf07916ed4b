"""Quality on the fifth development set: 53 reports written by helpers in session 64 from public reports of 2022-2025,
in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d147, Kurdish and
Iraqi outlets on drone and rocket attacks on the Kurdistan Region's airports, bases and oil and gas fields and on
bases hosting US troops in Iraq, in English, Arabic, Sorani, German and French; d148, official statements and the wire
reports that relay them (CENTCOM's strikes, Pentagon tallies, the Islamic Resistance in Iraq's claims, the IDF's
drones from Iraq, Iraq's answers), in English, Arabic, French and Spanish; d149, the Iran-Israel exchanges of 2024 and
2025 told by outlets of many countries (wire reports, liveblogs past midnight, lists of the sites hit), in English,
Arabic, French, German and Spanish. It was read to write rules (``test_incidents_s64.py``), so it measures
regressions, not the extractor on unseen reports: the thresholds sit just under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV64 = Path(__file__).resolve().parent / "dev64"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV64, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV64, 53, 178)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.94 and score["place_precision"] >= 0.93
    assert score["incidents_found"] >= 0.80 and score["type_right"] >= 0.82
    assert score["draft_precision"] >= 0.77
