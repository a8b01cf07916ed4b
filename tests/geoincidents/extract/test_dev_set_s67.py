"""Quality on the eighth development set: 36 reports written by helpers in session 67 from public reports of
2019-2025, in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d154,
rockets, drones and roadside bombs aimed at US forces, diplomats and contractors inside Iraq from 2019 (the Green
Zone and the embassy, Baghdad airport and the Victory base, Balad, Taji, K1, Ain al-Asad, Erbil airport and Harir,
supply convoys), in English, Arabic, Sorani, French and German; d155, the US strikes in Syria and Iraq of 2023-2024
and the militia attacks they answered (Abu Kamal, Mayadin, al-Qaim, Jurf al-Sakhar, Baghdad; Tower 22, Conoco,
al-Omar, Shaddadi, Kharab al-Jir), in English, Arabic, Persian, Spanish and German. It was read to write rules
(``test_incidents_s67.py``), so it measures regressions, not the extractor on unseen reports: the thresholds sit just
under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV67 = Path(__file__).resolve().parent / "dev67"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV67, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV67, 36, 78)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.92 and score["place_precision"] >= 0.92
    assert score["incidents_found"] >= 0.78 and score["type_right"] >= 0.85
    assert score["draft_precision"] >= 0.71
