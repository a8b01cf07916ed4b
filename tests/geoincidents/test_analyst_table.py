"""An analyst's table written from public reports of 2023-2024 (fixtures/analyst_2023_2024.csv).

Militia drone, rocket and missile attacks on US sites in Iraq, Syria and
Jordan, the US strikes that answered them, and the Iran-Israel exchanges,
summarised in our own words with place names as the reports spell them and
the mess real reports leave: launches known only to a country, overnight
spans, times given in Washington time, counts such as "more than 125" or
"dozens", a launch "from the east". It must load completely with
errors="keep": no row lost, every problem reported.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import geoincidents as gi
from geoincidents.cli import main

TABLE = Path(__file__).parent / "fixtures" / "analyst_2023_2024.csv"


@pytest.fixture(scope="module")
def analyst():
    return gi.load_incidents(TABLE, errors="keep")


def test_every_row_is_kept_and_every_problem_reported(analyst):
    rows = pd.read_csv(TABLE, dtype=str)
    assert len(rows) >= 30
    assert analyst.frame["incident_id"].tolist() == rows["incident_id"].tolist()
    assert len(analyst.rejected) == 0
    got = analyst.problems[["row", "column", "value", "action"]].astype(object).values.tolist()
    assert got == [
        [16, "launched", "dozens", "left blank"],
        [36, "launch_place", "the east", "end left without a place (name kept)"],
    ]
    assert analyst["a-2024-04-01-eilat"].launch_place == "the east"  # the name is kept


def test_country_launches_are_areas_never_capitals(analyst):
    f = analyst.frame.set_index("incident_id")
    for incident, country in (("a-2024-01-28-tower-22", "SY"), ("a-2024-01-20-asad", "IQ"),
                              ("a-2024-04-13-iran-israel", "IR"), ("a-2024-10-04-golan", "IQ")):
        row = f.loc[incident]
        assert bool(row["launch_is_area"]) and row["launch_country"] == country, incident
        assert np.isnan(row["launch_lat"]) and np.isnan(row["range_km"]), incident
        assert row["range_min_km"] <= row["range_max_km"], incident
    tower = f.loc["a-2024-01-28-tower-22"]
    assert tower["range_min_km"] < 5 and 500 < tower["range_max_km"] < 600 and bool(tower["cross_border"])
    inside = f.loc["a-2024-01-20-asad"]  # fired "from Iraq" at a base in Iraq
    assert inside["range_min_km"] == 0 and not bool(inside["cross_border"])


def test_times_spans_counts_and_waves(analyst):
    f = analyst.frame.set_index("incident_id")
    # 16:00 in Washington on 2 February was midnight in Iraq and Syria: the local day is the 3rd.
    assert f.loc["a-2024-02-03-qaim", "timestamp"] == pd.Timestamp("2024-02-02T21:00Z")
    assert f.loc["a-2024-10-26-iran-strikes", "timestamp"] == pd.Timestamp("2024-10-25T22:30Z")
    assert f.loc["a-2024-02-03-qaim", ["launched"]].tolist() == [125] and pd.isna(f.loc["a-2024-02-03-qaim", "launched_high"])
    assert f.loc["a-2024-10-01-iran-israel", ["launched", "launched_high"]].tolist() == [180, 200]
    wave = analyst.in_group("2024-02-02-us-strikes").frame
    assert len(wave) == 5 and set(wave["target_country"]) == {"IQ", "SY"}
    # The overnight attack of 13-14 April is found on either day.
    assert "a-2024-04-13-iran-israel" in analyst.between("2024-04-14", "2024-04-14").frame["incident_id"].tolist()


def test_the_cli_uses_every_row_and_writes_the_problems(tmp_path, capsys):
    out = tmp_path / "analyst.geojson"
    problems = tmp_path / "problems.json"
    assert main(["export", str(TABLE), "-o", str(out), "--problems", str(problems)]) == 0
    err = capsys.readouterr().err
    assert "1 end unresolved: 'the east' (row 36)" in err and "1 cell left blank: launched 'dozens' (row 16)" in err
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == len(pd.read_csv(TABLE))
    assert len(json.loads(problems.read_text(encoding="utf-8"))) == 2
