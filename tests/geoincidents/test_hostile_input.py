"""Hostile and broken input: each case is a clear error naming where and what, or is handled; never a silent change.

Every case is a file a person could really have (a download cut off, a
spreadsheet that added a trailing comma, a JSON writer that repeats keys or
writes NaN, a GeoJSON edited by hand or moved in a GIS). Each is loaded through
the Python API, where the error's file, row or feature, column or key, value
and expectation are asserted, and through the command line, which must exit 1
with the message and no traceback.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from geoincidents.cli import main
from geoincidents.errors import GeoIncidentsError, SchemaError, ValidationError
from geoincidents.io.load import load_incidents

HEADER = "incident_id,date,event_type,launch_place,launch_precision,target_place,target_precision,fatalities,notes"
GOOD = "inc-1,2024-04-21,rocket_attack,Zummar,town,Rumalyn base,exact,0,first"
GOOD2 = "inc-2,2024-04-22,drone_attack,Zummar,town,Rumalyn base,exact,1,second"


@dataclass
class Case:
    """A hostile file: its name and bytes, and what the error must say."""

    name: str
    content: bytes
    row: int | None
    column: str | None
    value: object
    expected: str  # a regex on the problem's ``expected`` text
    unit: str = "row"


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def _geojson(props: dict, geometry: object = None, what: str = "incidents") -> bytes:
    base = {"incident_id": "g-1", "date": "2024-04-21", "event_type": "rocket_attack",
            "launch_lat": 36.65, "launch_lon": 42.6, "target_lat": 36.89778, "target_lon": 41.9975,
            "launch_match": "explicit", "target_match": "explicit", "claims": []}
    feature = {"type": "Feature", "id": "g-1", "properties": {**base, **props},
               "geometry": {"type": "LineString", "coordinates": [[42.6, 36.65], [41.9975, 36.89778]]}
               if geometry is None else geometry}
    return json.dumps({"type": "FeatureCollection", "geoincidents": {"what": what}, "features": [feature]}).encode()


CASES = [
    # A download cut off mid-row: the last row stops inside event_type's neighbour.
    Case("cut.csv", _csv(HEADER, GOOD, "inc-3,2024-04-23,drone_attack,unkn"), 2, "launch_precision",
         "inc-3,2024-04-23,drone_attack,unkn", r"9 fields like the header .*line 3 has 4 and ends after column 'launch_place' \(was the file cut off\?\)"),
    # The same cut inside a quoted multi-line field: csv sees an unterminated quote.
    Case("cut-quote.csv", _csv(HEADER, GOOD, 'inc-3,2024-04-23,drone_attack,Zummar,town,Rumalyn base,exact,0,"a note that was'),
         None, None, None, r"a well-formed CSV file"),
    # One row longer than the header (an unquoted comma in a note).
    Case("long.csv", _csv(HEADER, GOOD, GOOD2 + ", then more"), 2, None, " then more",
         r"9 fields like the header; line 3 has 10: the extra field\(s\) come after the last column 'notes'"),
    # A trailing comma on every data row: pandas would shift every column left.
    Case("trailing.csv", _csv(HEADER, GOOD + ",", GOOD2 + ","), None, None, "10 fields",
         r"9 fields in every row, like the header; every one of the 2 data rows has 10 \(a trailing delimiter on every data row\?\)"),
    # A trailing comma on the header too: a blank column name.
    Case("trailing-header.csv", _csv(HEADER + ",", GOOD + ","), None, None, "",
         r"a name for header field 10 of 10; it is blank"),
    Case("blank-name.csv", _csv(HEADER.replace(",notes", ",  "), GOOD), None, None, "  ",
         r"a name for header field 9 of 9; it is blank"),
    Case("twice.csv", _csv(HEADER.replace("notes", "fatalities"), GOOD), None, "fatalities", "fatalities",
         r"each column once; 'fatalities' is header field 8 and again field 9"),
    # JSON: duplicate keys, NaN and Infinity (not JSON), nesting 10,000 deep.
    Case("dup.json", b'[{"incident_id": "j-1", "date": "2024-04-21", "event_type": "air_strike", "actor": "A", "actor": "B"}]',
         1, "actor", ["A", "B"], r"each key once in an object; 'actor' is given 2 times \(at \[0\]\['actor'\]\)"),
    Case("nan.json", b'{"incidents": [{"incident_id": "j-1"}, {"incident_id": "j-2", "target_lat": NaN}]}',
         2, "target_lat", "NaN", r"a finite JSON number or null; NaN is not JSON \(write null for unknown\) \(at \['incidents'\]\[1\]\['target_lat'\]\)"),
    Case("inf.json", b'[{"incident_id": "j-1", "fatalities": -Infinity}]',
         1, "fatalities", "-Infinity", r"a finite JSON number or null; -Infinity is not JSON"),
    Case("deep.json", b"[" * 10_000 + b"]" * 10_000, None, None, "nested 10,000 levels deep",
         r"JSON nested a few levels deep .*more than the JSON reader can follow"),
    Case("deep-object.json", b'{"a":' * 5_000 + b"1" + b"}" * 5_000, None, None, "nested 5,000 levels deep",
         r"JSON nested a few levels deep .*more than the JSON reader can follow"),
    # Our GeoJSON, hand-edited into the wrong types.
    Case("many.geojson", _geojson({"fatalities": "many"}), 1, "fatalities", "many",
         r"a whole number of people \(JSON integer\) or null", "feature"),
    Case("float-count.geojson", _geojson({"injured": 2.5}), 1, "injured", "2.5",
         r"a whole number of people", "feature"),
    Case("claims-dict.geojson", _geojson({"claims": {"source_id": "s"}}), 1, "claims", {"source_id": "s"},
         r"a JSON array of claim objects", "feature"),
    Case("lat-text.geojson", _geojson({"target_lat": [36.9]}), 1, "target_lat", ["36.9"],
         r"a coordinate in decimal degrees \(JSON number\) or null", "feature"),
    Case("polygon.geojson", _geojson({}, {"type": "Polygon", "coordinates": [[[42, 36], [43, 36], [42, 37], [42, 36]]]}),
         1, "geometry", None, r"a GeoJSON Point or LineString of \[longitude, latitude\] numbers", "feature"),
    Case("lon-far.geojson", _geojson({}, {"type": "Point", "coordinates": [420.0, 36.6]}), 1, "geometry",
         {"type": "Point", "coordinates": ["420.0", "36.6"]}, r"within ±180/±90, or null", "feature"),
    Case("null-geometry.geojson", _geojson({}, {"type": "Point", "coordinates": None}), 1, "geometry",
         {"type": "Point", "coordinates": None}, r"a GeoJSON Point or LineString", "feature"),
    Case("twenty-digits.geojson", _geojson({"fatalities": 7}).replace(b'"fatalities": 7', b'"fatalities": 12345678901234567890'),
         1, "fatalities", "12345678901234567890", r"a whole number of people", "feature"),
    Case("huge-number.geojson", _geojson({"fatalities": 7}).replace(b'"fatalities": 7', b'"fatalities": 1e999'), 1, "fatalities", "1e999",
         r"a whole number of people", "feature"),
]


def _write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / case.name
    path.write_bytes(case.content)
    return path


def _problem(err: GeoIncidentsError):
    if isinstance(err, SchemaError):
        return err.problem
    assert isinstance(err, ValidationError) and len(err.problems) == 1, str(err)
    return err.problems[0]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_file_is_a_clear_error(tmp_path, case):
    path = _write(tmp_path, case)
    with pytest.raises((SchemaError, ValidationError)) as info:
        load_incidents(path, sources=False, claims=False)
    problem = _problem(info.value)
    assert problem.path == str(path)
    assert (problem.row, problem.column, problem.unit) == (case.row, case.column, case.unit)
    if case.value is not None:
        assert problem.value == case.value
    assert re.search(case.expected, problem.expected), problem.expected
    where = f"{case.unit} {case.row}" if case.row else str(path)
    assert where in str(info.value)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_file_on_the_command_line_exits_1_without_traceback(tmp_path, case, capsys):
    path = _write(tmp_path, case)
    assert main(["query", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"geoincidents: error: {path}") and "Traceback" not in err
    assert err.count("\n") == 1  # one line
    assert (f"{case.unit} {case.row}" in err if case.row else True)
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(str(path)) and "Traceback" not in out + err
    assert err.strip() in (f"1 problem(s) in {path}", f"stopped at the first problem in {path}")


# --- handled: read as written, nothing changed -------------------------------------------


def test_json_numbers_in_text_columns_stay_as_written(tmp_path):
    path = tmp_path / "numbers.json"
    path.write_text(json.dumps([
        {"incident_id": 5, "date": "2024-04-21", "event_type": "air_strike", "actor": 12345678901234567890,
         "target_actor": 5, "munitions": 2.50, "target_lat": 33.3, "target_lon": 44.4, "target_precision": "exact"},
        {"incident_id": "j-2", "date": "2024-04-21", "event_type": "air_strike", "actor": None,
         "target_lat": 33.3, "target_lon": 44.4, "target_precision": "exact"},
    ]).replace("2.5", "2.50"), encoding="utf-8")
    frame = load_incidents(path, sources=False, claims=False).frame
    assert frame["incident_id"].tolist() == ["5", "j-2"]
    assert frame["actor"].tolist()[0] == "12345678901234567890"
    assert frame["target_actor"].tolist()[0] == "5"
    assert frame["munitions"].tolist()[0] == "2.50"


def test_bom_before_json_is_read(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([{"incident_id": "b-1", "date": "2024-04-21", "event_type": "air_strike",
                                                     "target_lat": 33.3, "target_lon": 44.4}]).encode())
    assert load_incidents(path, sources=False, claims=False).frame["incident_id"].tolist() == ["b-1"]


def test_dataframe_with_two_actor_columns_is_refused_by_name():
    frame = pd.DataFrame([["d-1", "2024-04-21", "air_strike", "A", "B"]],
                         columns=["incident_id", "date", "event_type", "actor", "actor"])
    with pytest.raises(ValidationError, match=r"column 'actor': value 'actor': each column once; 'actor' is column 4 and 5") as info:
        load_incidents(frame)
    assert [(p.column, p.path) for p in info.value.problems] == [("actor", "DataFrame")]


def test_dataframe_columns_equal_once_made_text_are_refused():
    frame = pd.DataFrame([["d-1", "2024-04-21", "air_strike", 1, 2]], columns=["incident_id", "date", "event_type", 1, "1"])
    with pytest.raises(ValidationError, match=r"'1' is column 4 and 5"):
        load_incidents(frame)


MOVED = {"type": "LineString", "coordinates": [[42.6, 36.65], [42.44, 33.79]]}


def test_moved_geometry_wins_and_says_so(tmp_path, caplog):
    path = tmp_path / "moved.geojson"
    path.write_bytes(_geojson({}, MOVED))
    frame = load_incidents(path, sources=False, claims=False).frame
    assert (frame.loc[0, "target_lon"], frame.loc[0, "target_lat"]) == (42.44, 33.79)
    assert (frame.loc[0, "launch_lon"], frame.loc[0, "launch_lat"]) == (42.6, 36.65)
    assert frame.loc[0, "target_admin1"] == "IQ-AN"  # Ain al-Asad's province, recomputed from the moved point
    assert "feature 1 (g-1): the target point was moved in the geometry to (lon 42.44, lat 33.79)" in caplog.text
    assert "the properties said (41.9975, 36.89778): the geometry wins" in caplog.text


@pytest.mark.parametrize("what, geometry, role", [
    ("targets", {"type": "Point", "coordinates": [42.44, 33.79]}, "target"),
    ("launches", {"type": "Point", "coordinates": [42.44, 33.79]}, "launch"),
])
def test_moved_point_of_a_one_end_file_moves_that_end(tmp_path, what, geometry, role):
    path = tmp_path / f"{what}.geojson"
    path.write_bytes(_geojson({}, geometry, what=what))
    frame = load_incidents(path, sources=False, claims=False).frame
    assert (frame.loc[0, f"{role}_lon"], frame.loc[0, f"{role}_lat"]) == (42.44, 33.79)
    assert frame.loc[0, f"{role}_match"] == "explicit"


def test_unmoved_geometry_changes_nothing(tmp_path, caplog):
    path = tmp_path / "same.geojson"
    # Rounded to 6 decimals in the geometry, as we write it; the properties keep more.
    path.write_bytes(_geojson({"target_lat": 36.8977812}, {"type": "LineString", "coordinates": [[42.6, 36.65], [41.9975, 36.897781]]}))
    frame = load_incidents(path, sources=False, claims=False).frame
    assert frame.loc[0, "target_lat"] == 36.8977812
    assert "moved" not in caplog.text


def test_point_where_the_properties_give_both_ends_is_refused(tmp_path):
    path = tmp_path / "point.geojson"
    path.write_bytes(_geojson({}, {"type": "Point", "coordinates": [42.44, 33.79]}))
    with pytest.raises(ValidationError, match=r"feature 1, column 'geometry': value 'Point'.*the properties give coordinates for launch and target"):
        load_incidents(path, sources=False, claims=False)


def test_null_geometry_where_the_properties_give_coordinates_is_refused(tmp_path):
    path = tmp_path / "deleted.geojson"
    doc = json.loads(_geojson({}))
    doc["features"][0]["geometry"] = None
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"feature 1, column 'geometry'.*the geometry is null; restore it, or blank launch_lat/launch_lon and target_lat/target_lon"):
        load_incidents(path, sources=False, claims=False)


def test_a_path_that_is_a_directory(tmp_path, capsys):
    folder = tmp_path / "incidents.csv"
    folder.mkdir()
    assert main(["validate", str(folder)]) == 1
    said = capsys.readouterr()
    err = said.out + said.err
    # a directory stands for the incidents.csv in it (what extract -o writes); this one holds none
    assert str(folder) in err and "a directory without incidents.csv" in err and "a directory holding incidents.csv" in err



# --- writing: one CSV rule, formula cells, terminals, odd paths ------------------------------------

FORMULAS = {
    "actor": "=HYPERLINK(\"http://example.invalid\",\"x\")",
    "target_actor": "+1+1",
    "munitions": "-2+3",
    "outcome": "@SUM(A1:A9)",
    "notes": "=1+2 rockets",
}


@pytest.fixture
def formula_csv(tiny_csv, base_row):
    return tiny_csv([base_row(**FORMULAS, launch_place=None, launch_precision=None,
                              target_lat="-33.5", target_lon="44.4", target_place=None, target_precision="exact"),
                     base_row(incident_id="t-2", notes="line one\rline two")])


def _cells(text: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_query_csv_is_the_export_csv_and_quotes_a_bare_carriage_return(formula_csv, tmp_path, capsys):
    assert main(["query", str(formula_csv), "--format", "csv"]) == 0
    printed = capsys.readouterr().out
    assert main(["export", str(formula_csv), "-o", str(tmp_path / "out.csv")]) == 0
    capsys.readouterr()
    assert printed == (tmp_path / "out.csv").read_bytes().decode("utf-8")
    rows = _cells(printed)
    assert len(rows) == 2 and rows[1]["notes"] == "line one\rline two"
    assert '"line one\rline two"' in printed


def test_formula_cells_are_neutralised_and_read_back_unchanged(formula_csv, tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert main(["export", str(formula_csv), "-o", str(out)]) == 0
    row = _cells(out.read_text(encoding="utf-8"))[0]
    for column, value in FORMULAS.items():
        assert row[column] == "'" + value, column
    assert row["target_lat"] == "-33.5"  # a number is not a formula
    again = load_incidents(out, sources=False, claims=False).frame
    for column, value in FORMULAS.items():
        assert again.loc[0, column] == value, column
    assert again.loc[0, "target_lat"] == -33.5


def test_apostrophes_before_formulas_round_trip_too(tmp_path):
    texts = ["'=already quoted", "''+twice", "'", "it's", "-", "-5", "'-5"]
    frame = pd.DataFrame({"incident_id": [f"a-{k}" for k in range(len(texts))], "date": "2024-04-21",
                          "event_type": "air_strike", "notes": texts})
    out = tmp_path / "out.csv"
    from geoincidents.io.export import export

    export(load_incidents(frame), out)
    assert [r["notes"] for r in _cells(out.read_text(encoding="utf-8"))] == [
        "''=already quoted", "'" + "''+twice", "'", "it's", "'-", "-5", "''-5"]
    assert load_incidents(out, sources=False, claims=False).frame["notes"].tolist() == texts


def test_raw_cells_writes_formulas_as_they_are(formula_csv, tmp_path, capsys):
    out = tmp_path / "raw.csv"
    assert main(["export", str(formula_csv), "-o", str(out), "--raw-cells"]) == 0
    capsys.readouterr()
    row = _cells(out.read_text(encoding="utf-8"))[0]
    assert {c: row[c] for c in FORMULAS} == FORMULAS
    assert main(["query", str(formula_csv), "--format", "csv", "--raw-cells"]) == 0
    assert _cells(capsys.readouterr().out)[0]["actor"] == FORMULAS["actor"]


def test_acled_export_neutralises_formulas_and_reads_them_back(formula_csv, tmp_path):
    from geoincidents.io.acled import read_acled, write_acled_csv

    table = load_incidents(formula_csv, sources=False, claims=False)
    out = tmp_path / "x.acled.csv"
    write_acled_csv(table, out)
    rows = _cells(out.read_text(encoding="utf-8"))
    assert rows[0]["actor1"] == "'" + FORMULAS["actor"]
    assert not [v for r in rows for v in r.values() if v[:1] in ("=", "+", "@") or (v[:1] == "-" and not v[1:2].isdigit())]
    assert read_acled(out).frame.loc[0, "actor"] == FORMULAS["actor"]
    write_acled_csv(table, out, raw_cells=True)
    assert _cells(out.read_text(encoding="utf-8"))[0]["actor1"] == FORMULAS["actor"]


def test_query_escapes_control_characters_on_a_terminal(tiny_csv, base_row):
    import os
    import pty
    import subprocess
    import sys

    hostile = "evil\x1b]0;owned title\x07 \x1b[2J\x9b31m \u202eRTL"
    path = tiny_csv([base_row(incident_id="t-1" + hostile, actor=hostile)])
    root = Path(__file__).resolve().parents[2]
    for fmt in ("table", "csv", "geojson"):
        leader, follower = pty.openpty()
        proc = subprocess.run([sys.executable, "-m", "geoincidents", "query", str(path), "--format", fmt],
                              cwd=root, stdout=follower, stderr=subprocess.PIPE, timeout=300)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        os.close(leader)
        assert proc.returncode == 0, proc.stderr
        text = shown.decode("utf-8")
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text and "\u202e" not in text, fmt
        esc, bel, csi = ("\\u001b", "\\u0007", "\\x9b") if fmt == "geojson" else ("\\x1b", "\\x07", "\\x9b")
        assert f"{esc}]0;owned title{bel}" in text and f"{csi}31m" in text and "\\u202eRTL" in text, fmt
    # Piped, the data is written as it is.
    piped = subprocess.run([sys.executable, "-m", "geoincidents", "query", str(path), "--format", "csv"],
                           cwd=root, capture_output=True, timeout=300)
    assert hostile in piped.stdout.decode("utf-8")


def test_export_to_a_248_character_name(seed_table, tmp_path, capsys, seeds_dir):
    out = tmp_path / ("e" * 244 + ".gpkg")
    assert main(["export", str(seeds_dir / "incidents.csv"), "-o", str(out)]) == 0
    assert out.stat().st_size > 0 and [p.name for p in tmp_path.iterdir()] == [out.name]


def test_export_onto_its_own_input_is_refused(tiny_csv, base_row, capsys):
    path = tiny_csv([base_row()])
    before = path.read_bytes()
    assert main(["export", str(path), "-o", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geoincidents: error: -o ") and "is the input file" in err
    assert path.read_bytes() == before


def test_export_onto_a_directory_is_an_error(tiny_csv, base_row, capsys):
    path = tiny_csv([base_row()])
    folder = path.parent / "out.csv"
    folder.mkdir()
    assert main(["export", str(path), "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geoincidents: error: ") and "is a directory" in err and "Traceback" not in err


def test_problems_csv_neutralises_a_formula_value_from_the_data(tiny_csv, base_row, tmp_path, capsys):
    path = tiny_csv([base_row(fatalities="=1+1")])
    out = tmp_path / "problems.csv"
    assert main(["query", str(path), "--problems", str(out)]) == 0
    rows = _cells(out.read_text(encoding="utf-8"))
    assert [(r["column"], r["value"]) for r in rows] == [("fatalities", "'=1+1")]


def test_a_field_longer_than_the_csv_modules_default_limit_is_read(tiny_csv, base_row):
    note = "x" * 200_000
    assert load_incidents(tiny_csv([base_row(notes=note)])).frame.loc[0, "notes"] == note


def test_an_unexpected_error_is_one_line_and_the_traceback_needs_debug(tiny_csv, base_row, capsys, monkeypatch):
    import geoincidents.cli.query as cli_query

    def broken(args):
        raise TypeError("a bug")

    monkeypatch.setattr(cli_query, "load_table", broken)
    path = tiny_csv([base_row()])
    assert main(["query", str(path)]) == 1
    err = capsys.readouterr().err
    assert err == "geoincidents: unexpected error (TypeError: a bug); run again with --debug for the traceback and report it\n"
    with pytest.raises(TypeError, match="a bug"):
        main(["--debug", "query", str(path)])


def test_table_to_csv_takes_raw_cells(formula_csv, tmp_path):
    table = load_incidents(formula_csv, sources=False, claims=False)
    table.to_csv(tmp_path / "safe.csv")
    table.to_csv(tmp_path / "raw.csv", raw_cells=True)
    assert _cells((tmp_path / "safe.csv").read_text(encoding="utf-8"))[0]["outcome"] == "'@SUM(A1:A9)"
    assert _cells((tmp_path / "raw.csv").read_text(encoding="utf-8"))[0]["outcome"] == "@SUM(A1:A9)"
