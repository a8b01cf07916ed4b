"""Keep going, lose nothing: errors="keep", table.problems / table.rejected, and the CLI on a mixed table.

The table a new user brings: good rows, one place name the gazetteer does not
know and one impossible date. map, export and query use the good rows and name
both problems on stderr; --problems writes them; validate fails; --strict refuses.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import geoincidents as gi
from geoincidents.cli import main
from geoincidents.errors import SchemaError, ValidationError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def mixed(tiny_csv, base_row):
    rows = [
        base_row(incident_id="good-1"),
        base_row(incident_id="unknown-place", launch_place="Qaryat Xanadu"),
        base_row(incident_id="good-2", target_place="Ain al-Asad", date="2024-01-20"),
        base_row(incident_id="bad-date", date="2024-13-01"),
        base_row(incident_id="good-3", fatalities="2"),
    ]
    return tiny_csv(rows)


def test_raise_is_the_python_default(mixed):
    with pytest.raises(ValidationError, match="Qaryat Xanadu"):
        gi.load_incidents(mixed)
    with pytest.raises(SchemaError, match="2024-13-01"):
        gi.load_incidents(mixed, strict=True, errors="keep")
    with pytest.raises(SchemaError, match="errors='raise' or errors='keep'"):
        gi.load_incidents(mixed, errors="ignore")


def test_keep_keeps_every_usable_row_and_lists_every_problem(mixed):
    t = gi.load_incidents(mixed, errors="keep")
    assert t.frame["incident_id"].tolist() == ["good-1", "unknown-place", "good-2", "good-3"]
    unknown = t["unknown-place"]
    assert unknown.launch_place == "Qaryat Xanadu" and pd.isna(unknown.launch_lat) and unknown.target_country == "SY"
    assert list(t.problems.columns) == ["path", "row", "column", "value", "expected", "action"]
    got = t.problems[["row", "column", "value", "action"]].astype(object).values.tolist()
    assert got == [[2, "launch_place", "Qaryat Xanadu", "end left without a place (name kept)"],
                   [4, "date", "2024-13-01", "row set aside"]]
    assert t.rejected["row"].tolist() == [4]
    assert t.rejected.loc[0, "incident_id"] == "bad-date" and t.rejected.loc[0, "date"] == "2024-13-01"
    # A query's result still knows what the file held.
    assert len(t.cross_border().problems) == 2


def test_bad_optional_cells_are_left_blank_with_the_value_in_the_problem(tiny_csv, base_row):
    path = tiny_csv([base_row(fatalities="many", status="rumoured", launch_lat="36.6"),
                     base_row(incident_id="t-2", responds_to="nope")])
    t = gi.load_incidents(path, errors="keep")
    assert len(t) == 2
    row = t.frame.iloc[0]
    assert pd.isna(row["fatalities"]) and row["status"] is None
    assert pd.isna(t.frame.iloc[1]["responds_to"])
    problems = t.problems.set_index("column")
    assert problems.loc["fatalities", "value"] == "many" and problems.loc["fatalities", "action"] == "left blank"
    assert problems.loc["status", "value"] == "rumoured"
    assert problems.loc["responds_to", "value"] == "nope"
    assert set(t.problems["action"]) == {"left blank"}


def test_coordinates_that_contradict_their_place_are_left_blank(tiny_csv, base_row):
    # Rumalyn is in Syria; these coordinates are in Iran. The end is placed from its name.
    t = gi.load_incidents(tiny_csv([base_row(target_lat="35.7", target_lon="51.4")]), errors="keep")
    assert t.problems["action"].tolist() == ["coordinates left blank (placed from the name)"]
    assert t.frame.loc[0, "target_country"] == "SY" and t.frame.loc[0, "target_match"] != "explicit"


def test_a_duplicate_id_sets_the_second_row_aside(tiny_csv, base_row):
    t = gi.load_incidents(tiny_csv([base_row(), base_row(notes="second")]), errors="keep")
    assert len(t) == 1 and t.rejected["row"].tolist() == [2] and t.rejected.loc[0, "notes"] == "second"


def test_an_unknown_column_is_kept_as_written(tiny_csv, base_row):
    t = gi.load_incidents(tiny_csv([base_row(analyst="MK")]), errors="keep")
    assert t.frame.loc[0, "analyst"] == "MK"
    assert t.problems["action"].tolist() == ["kept as written"]


def _cli(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _names_both(err: str) -> None:
    assert "1 end unresolved: 'Qaryat Xanadu' (row 2)" in err
    assert "1 row set aside (row 4: date '2024-13-01')" in err


def test_query_keeps_going_and_names_both_problems(mixed, capsys):
    code, out, err = _cli(["query", str(mixed)], capsys)
    assert code == 0
    assert "--places FILE" in err
    assert [line.split()[0] for line in out.strip().splitlines()[1:]] == ["good-1", "unknown-place", "good-2", "good-3"]
    _names_both(err)


def test_export_writes_the_good_rows_and_the_problems_file(mixed, tmp_path, capsys):
    out_path = tmp_path / "out" / "incidents.geojson"
    problems = tmp_path / "out" / "problems.csv"
    code, out, err = _cli(["export", str(mixed), "-o", str(out_path), "--problems", str(problems)], capsys)
    assert code == 0
    _names_both(err)
    ids = [f["id"] for f in json.loads(out_path.read_text(encoding="utf-8"))["features"]]
    assert ids == ["good-1", "unknown-place", "good-2", "good-3"]
    written = pd.read_csv(problems, dtype=str)
    assert written[["row", "column", "value"]].values.tolist() == [["2", "launch_place", "Qaryat Xanadu"],
                                                                   ["4", "date", "2024-13-01"]]
    as_json = tmp_path / "problems.json"
    assert _cli(["export", str(mixed), "-o", str(tmp_path / "x.csv"), "--problems", str(as_json)], capsys)[0] == 0
    records = json.loads(as_json.read_text(encoding="utf-8"))
    assert [(r["row"], r["action"]) for r in records] == [(2, "end left without a place (name kept)"), (4, "row set aside")]


def test_map_draws_the_good_rows_and_says_what_it_could_not_place(tiny_csv, base_row, tmp_path, capsys):
    path = tiny_csv([base_row(), base_row(incident_id="nowhere", launch_place="Qaryat Xanadu", target_place="Nowhere Base"),
                     base_row(incident_id="bad-date", date="2024-13-01")])
    html = tmp_path / "m.html"
    code, out, err = _cli(["map", str(path), "-o", str(html), "--offline"], capsys)
    assert code == 0 and html.exists()
    assert "wrote offline map of 2 incidents" in out and "(1 of 2 incidents drawn; 1 without a known place)" in out
    assert "2 ends unresolved: 'Qaryat Xanadu' (row 2), 'Nowhere Base' (row 2)" in err
    assert "1 row set aside (row 3: date '2024-13-01')" in err
    # the fix is named once, with the options every command takes
    assert err.count("--places FILE") == 1 and "--geonames FILE" in err and "resolve NAME --explain" in err


def test_validate_fails_and_lists_both(mixed, capsys):
    code, out, err = _cli(["validate", str(mixed)], capsys)
    assert code == 1
    assert "row 2, column 'launch_place': value 'Qaryat Xanadu'" in out and "row 4, column 'date'" in out
    assert "2 problem(s)" in err and "4 of 5 rows usable" in err


def test_strict_refuses(mixed, tmp_path, capsys):
    out_path = tmp_path / "x.geojson"
    code, out, err = _cli(["export", str(mixed), "-o", str(out_path), "--strict"], capsys)
    assert code == 1 and not out_path.exists()
    assert "Qaryat Xanadu" in err or "2024-13-01" in err


def test_console_run_as_a_new_user(mixed, tmp_path):
    # The real process, as a user types it: exit code and stderr lines.
    done = subprocess.run([sys.executable, "-m", "geoincidents", "query", str(mixed), "--problems",
                           str(tmp_path / "p.json")], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    _names_both(done.stderr)
    assert len(json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))) == 2


def test_a_value_repeated_in_many_rows_is_named_once(tiny_csv, base_row):
    from geoincidents.problems import summary_lines

    rows = [base_row(incident_id=f"r-{i}", launch_place="Qaryat Xanadu" if i % 2 else "Zummar") for i in range(10)]
    t = gi.load_incidents(tiny_csv(rows), errors="keep")
    assert summary_lines(t.problems) == ["5 ends unresolved: 'Qaryat Xanadu' (rows 2, 4, 6 and 2 more)"]


def test_map_count_is_the_scenes_count_for_a_country_the_boundaries_lack(tmp_path, capsys):
    # A user's own place file adds Sudan (a country the bundled boundaries have no polygon for):
    # the launch end is a country area with nothing to draw, so the CLI must not count it as drawn.
    places = tmp_path / "places.csv"
    places.write_text(
        "id,name,kind,lat,lon,admin1,country,aliases,name_ar,precision_km,point,source,prominence,disputed\n"
        "cc-sd,Sudan,country,15.55177,32.53241,,SD,,السودان,300,capital: Khartoum,geonames:379252,,\n",
        encoding="utf-8")
    table = tmp_path / "t.csv"
    table.write_text("incident_id,date,event_type,launch_place,target_place\n"
                     "y1,2024-11-01,drone_attack,Sudan,Eilat\n"
                     "y2,2024-11-02,drone_attack,Sudan,Sudan\n", encoding="utf-8")
    html = tmp_path / "y.html"
    code = main(["map", str(table), "--places", str(places), "-o", str(html), "--offline", "--png"])
    out = capsys.readouterr().out
    assert code == 0 and html.exists() and html.with_suffix(".png").exists()
    assert "(1 of 2 incidents drawn; 1 without a known place)" in out
