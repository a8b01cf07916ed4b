"""Quality on the fourth development set: 52 reports written by helpers in session 63 from public reports of 2022-2025,
in their own words, annotated against the gazetteer's ids (``source`` in each JSON names the page): d144, analyses,
timelines and retrospectives that tell attacks weeks or months before they were published, with a few short wire
reports, in English; d145, several sites hit on one day or one night (barrages, military statements, claims listing
targets) and targets named apart from their weapon, in English, Arabic, French, German and Persian; d146, reports
published the day after the events they tell (night attacks, time zones, follow-ups, liveblogs past midnight), in
English, Arabic and French. It was read to write rules (``test_incidents_s63.py``), so it measures regressions, not the
extractor on unseen reports: the thresholds sit just under what the extractor reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.extract.evaluate import evaluate_folder
from tests.geoincidents.extract.conftest import assert_annotated_consistently

DEV63 = Path(__file__).resolve().parent / "dev63"


@pytest.fixture(scope="module")
def score(gazetteer):
    return evaluate_folder(DEV63, gazetteer=gazetteer)


def test_the_set_is_annotated_consistently():
    assert_annotated_consistently(DEV63, 52, 166)


def test_places_incidents_and_drafts_stay_where_they_are(score):
    assert score["place_recall"] >= 0.88 and score["place_precision"] >= 0.87
    # (session 64: found 117 -> 118 of 166, typed still 95: the type share of the found fell to .805; session 65:
    # found 123, typed 98, .797. A find typed 'other' by the annotators lowers the share while the number typed right
    # holds, so the guard holds the number typed right as a share of all incidents too, as dev62's does)
    assert score["incidents_found"] >= 0.71 and score["type_right"] >= 0.78
    assert score["incidents_found"] * score["type_right"] >= 0.58
    assert score["draft_precision"] >= 0.73
