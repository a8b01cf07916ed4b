"""Quality on the ninth development set: 36 reports written by helpers in session 68 from public reports of
2023-2025, in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d156,
the militias' rockets and drones at US and coalition sites in Iraq and Syria in 2023-2024 (Ain al-Asad, Harir, Erbil,
Victory base, al-Tanf, Conoco, Shaddadi, Rumalyn, Tower 22) and their drones at the Kurdistan gas and oil fields in
2024-2025 (Khor Mor, Sarsang, Khurmala), in English, Arabic, Sorani, French and Turkish; d157, the Iran-Israel
exchanges of April and October 2024 and the war of June 2025 (Natanz, Fordow, Isfahan, Tabriz, Kermanshah; Tel Aviv,
Haifa, Beersheba, Bat Yam; al-Udeid; drones at Taji and Imam Ali), in English, Persian, Arabic, Hebrew, Spanish and
German. It was read to write rules (``test_incidents_s68.py``), so it measures regressions, not the extractor on
unseen reports: the thresholds sit just under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV68 = Path(__file__).resolve().parent / "dev68"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV68, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV68, 36, 99)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.93 and score["place_precision"] >= 0.88
    assert score["incidents_found"] >= 0.66 and score["type_right"] >= 0.82
    assert score["draft_precision"] >= 0.79
