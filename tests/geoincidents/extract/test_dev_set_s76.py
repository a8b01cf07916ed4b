"""Quality on the seventeenth development set: 54 reports written by helpers in session 76 from public reports of
2023-2025, in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d179,
fire and strikes told country by country (Iran's barrages on Israel, Israel's strikes on Iran, the US strikes in Iraq
and Syria, the Houthi missiles) and the downings over Jordan, Iraq and Syria (English, Arabic, Persian, Hebrew,
French, German, Turkish); d180, the Islamic Resistance in Iraq's claims and the militia attacks on US bases in Iraq,
Syria and Jordan, the US strikes in answer and the drones at Kurdistan's oil fields, in claims, trackers, wire reports
and liveblogs (English, Arabic, Sorani Kurdish, Persian, Hebrew, Russian, French, Spanish); d181, the June 2025 war
day by day, the US strikes of 22 June and Iran's answer at al-Udeid, Iran's 2024 barrages and the Houthi-Israel
exchanges (English, Arabic, Hebrew, Persian, German, Italian, Russian). It was read to write rules
(``test_incidents_s76.py``), so it measures regressions, not the extractor on unseen reports: the thresholds sit just
under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV76 = Path(__file__).resolve().parent / "dev76"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV76, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV76, 54, 181)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.91 and score["place_precision"] >= 0.85
    assert score["incidents_found"] >= 0.62 and score["type_right"] >= 0.83
    assert score["draft_precision"] >= 0.64
