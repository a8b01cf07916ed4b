"""Quality on the thirteenth development set: 72 reports written by helpers in session 72 from public reports of
2019-2025, in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d168, the
attacks on US forces in Syria and Iraq, Tower 22, the US strikes of February 2024, the drones on the Kurdistan
Region's oil fields in 2025 and the Iranian missiles on Erbil (English, Arabic, Persian, Sorani, Spanish); d169, Iran's
barrages on Israel, Israel's strikes on Iran and on Iraqi militias, the drones at Eilat and the US strikes on Iran's
nuclear sites (English, Arabic, Hebrew, Turkish, Russian); d170, interceptions over Iraq, Syria, Jordan and Israel and
the militia drone attacks and US strikes around them (English, Arabic, French, German); d171, Iran's strikes on Erbil
and on Kurdish camps, militia attacks on US bases, Israel's strikes in Syria and the October 2024 and June 2025
exchanges (English, Arabic, Persian, Turkish, Spanish, Italian). It was read to write rules (``test_incidents_s72.py``),
so it measures regressions, not the extractor on unseen reports: the thresholds sit just under what the extractor
reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV72 = Path(__file__).resolve().parent / "dev72"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV72, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV72, 72, 187)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.91 and score["place_precision"] >= 0.86
    assert score["incidents_found"] >= 0.65 and score["type_right"] >= 0.72
    assert score["draft_precision"] >= 0.71
