"""Quality on the fifteenth development set: 36 reports written by helpers in session 74 from public reports of
2021-2025, in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d174,
attacks on US forces in Iraq and Syria whose days need care (reports published a day or more after, liveblog entries
of several days, round-ups of a week, "overnight" and "the day before"), and drones and missiles downed with nothing
told hitting (English, Arabic, Persian, Russian); d175, the Iran-Israel exchanges of 2024 and 2025, the Houthi
missiles at Israel and Israel's strikes in Syria and Lebanon, with places hit told in varied ways (English, Arabic,
Hebrew, German, French, Turkish). It was read to write rules (``test_incidents_s74.py``), so it measures regressions,
not the extractor on unseen reports: the thresholds sit just under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV74 = Path(__file__).resolve().parent / "dev74"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV74, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV74, 36, 113)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.93 and score["place_precision"] >= 0.92
    assert score["incidents_found"] >= 0.70 and score["type_right"] >= 0.83
    assert score["draft_precision"] >= 0.69
