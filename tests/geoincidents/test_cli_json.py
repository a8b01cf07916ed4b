"""What the command line says about problems, as a person reads it and as a program parses it (--json).

Every not-found message names the fix (--places FILE, --geonames FILE) the same way, with --strict or without;
with --json standard output is exactly one JSON object holding the problems and the fix, and stderr holds no
summary line.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geoincidents.cli import main

ROOT = Path(__file__).resolve().parents[2]
UNKNOWN = "Tal Xurafa"  # no gazetteer knows it


@pytest.fixture
def tables(tiny_csv, base_row, tmp_path):
    """Three tables: one clean, one with a bad date, one with a launch place nobody knows."""
    return {
        "clean": tiny_csv([base_row(incident_id="a"), base_row(incident_id="b", target_place="Ain al-Asad")],
                          name="clean.csv"),
        "bad row": tiny_csv([base_row(incident_id="a"), base_row(incident_id="b", date="2024-02-30")],
                            name="badrow.csv"),
        "unknown place": tiny_csv([base_row(incident_id="a"), base_row(incident_id="b", launch_place=UNKNOWN)],
                                  name="unknown.csv"),
    }


def _argv(command: str, path: Path, tmp_path: Path) -> list[str]:
    return {
        "query": ["query", str(path)],
        "export": ["export", str(path), "-o", str(tmp_path / "out.geojson")],
        "map": ["map", str(path), "-o", str(tmp_path / "m.html"), "--offline"],
        "validate": ["validate", str(path)],
    }[command]


def _names_the_fix_once(text: str) -> None:
    assert text.count("--places FILE") == 1 and text.count("--geonames FILE") == 1
    assert "resolve NAME --explain" in text


def _no_summary_lines(err: str) -> None:
    """With --json stderr may hold the logging module's warnings, never our lines for a person."""
    assert not [line for line in err.splitlines() if line.startswith("geoincidents")], err
    assert "--places" not in err and "unresolved" not in err and "set aside" not in err


# --- the fix for an unknown place, with and without --strict ---------------------------------------------------


@pytest.mark.parametrize("command", ["query", "export", "map", "validate"])
def test_a_file_refused_at_an_unknown_place_names_the_fix(command, tables, tmp_path, capsys):
    assert main([*_argv(command, tables["unknown place"], tmp_path), "--strict"]) == 1
    out, err = capsys.readouterr()
    assert f"value {UNKNOWN!r}" in out + err
    _names_the_fix_once(err)


@pytest.mark.parametrize("command", ["query", "export", "map"])
def test_the_fix_reads_the_same_with_and_without_strict(command, tables, tmp_path, capsys):
    argv = _argv(command, tables["unknown place"], tmp_path)
    assert main(argv) == 0
    kept = [line for line in capsys.readouterr().err.splitlines() if "--places FILE" in line]
    assert main([*argv, "--strict"]) == 1
    refused = [line for line in capsys.readouterr().err.splitlines() if "--places FILE" in line]
    assert len(kept) == 1 and refused == kept


def test_a_refused_bad_date_names_no_place_fix(tables, tmp_path, capsys):
    assert main(["query", str(tables["bad row"]), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "2024-02-30" in err and "--places" not in err


def test_resolve_of_an_unknown_name_names_the_fix_once(capsys):
    assert main(["resolve", "Kafr Zubaydiyat al-Ulya"]) == 1
    err = capsys.readouterr().err
    assert "no place matches 'Kafr Zubaydiyat al-Ulya'" in err
    _names_the_fix_once(err)


def test_resolve_explain_names_the_fix_only_when_nothing_wins(capsys):
    assert main(["resolve", "Kafr Zubaydiyat al-Ulya", "--explain"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[-1].startswith("no winner:")
    _names_the_fix_once(err)
    assert main(["resolve", "Rmeilan", "--explain"]) == 0
    assert "--places" not in capsys.readouterr().err


# --- --json: one object on stdout, the problems and the fix inside it ---------------------------------------


@pytest.mark.parametrize("command", ["query", "export", "map", "validate"])
@pytest.mark.parametrize("kind, problems, hint", [
    ("clean", [], False),
    ("bad row", [(2, "date", "row set aside")], False),
    ("unknown place", [(2, "launch_place", "end left without a place (name kept)")], True),
])
def test_json_holds_the_problems_and_the_fix(command, kind, problems, hint, tables, tmp_path, capsys):
    code = main([*_argv(command, tables[kind], tmp_path), "--json"])
    out, err = capsys.readouterr()
    record = json.loads(out)
    _no_summary_lines(err)
    assert [(p["row"], p["column"], p["action"]) for p in record["problems"]] == problems
    if hint:
        _names_the_fix_once(record["hint"])
    else:
        assert record["hint"] is None
    # validate fails on any problem; the others use the good rows
    assert code == (1 if command == "validate" and problems else 0)
    usable = 1 if kind == "bad row" else 2
    assert record["incidents"] == usable
    if command == "query":
        assert [r["incident_id"] for r in record["rows"]] == ["a", "b"][:usable]
    elif command == "export":
        assert (record["output"], record["what"], record["written"]) == (str(tmp_path / "out.geojson"), "incidents", usable)
        assert len(json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))["features"]) == usable
    elif command == "map":
        assert (record["output"], record["offline"], record["png"]) == (str(tmp_path / "m.html"), True, None)
        assert record["drawn"] == usable  # an end without a place still leaves the other end drawn
    else:
        assert record["ok"] is (not problems) and record["stopped_at_first"] is False


@pytest.mark.parametrize("command", ["query", "export", "map", "validate"])
def test_json_of_a_refused_file_is_one_object_on_stdout(command, tables, tmp_path, capsys):
    assert main([*_argv(command, tables["unknown place"], tmp_path), "--strict", "--json"]) == 1
    out, err = capsys.readouterr()
    record = json.loads(out)
    _no_summary_lines(err)
    assert [(p["row"], p["column"], p["value"]) for p in record["problems"]] == [(2, "launch_place", UNKNOWN)]
    _names_the_fix_once(record["hint"])
    if command == "validate":
        assert (record["ok"], record["stopped_at_first"]) == (False, True)
    else:
        assert record["error"] == "SchemaError" and UNKNOWN in record["message"]


def test_json_of_an_unknown_name(capsys):
    assert main(["resolve", "Kafr Zubaydiyat al-Ulya", "--json"]) == 1
    out, err = capsys.readouterr()
    record = json.loads(out)
    assert err == "" and record["error"] == "PlaceNotFound" and len(record["candidates"]) == 3
    _names_the_fix_once(record["hint"])
    assert main(["resolve", "Kafr Zubaydiyat al-Ulya", "--explain", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["explanation"][-1].startswith("no winner:")
    _names_the_fix_once(record["hint"])


def test_json_of_extract_carries_the_fix_for_undated_drafts(tmp_path, capsys):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text("Two rockets struck Ain al-Asad air base on Sunday, officials said.\n",
                                   encoding="utf-8")
    assert main(["extract", str(reports), "-o", str(tmp_path / "drafts"), "--json"]) == 0
    out, err = capsys.readouterr()
    record = json.loads(out)
    _no_summary_lines(err)
    assert (record["reports"], record["incidents"], record["undated"]) == (1, 1, 1)
    assert "--published DATE" in record["hint"] and record["review"] is None
    assert str(tmp_path / "drafts" / "incidents.csv") in record["written"]
    assert main(["extract", str(reports), "-o", str(tmp_path / "drafts"), "--published", "2024-01-22", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["undated"], record["hint"]) == (0, None)


@pytest.mark.parametrize("argv, option", [
    (["query", "{clean}", "--format", "csv"], "--format"),
    (["export", "{clean}", "-o", "-"], "-o"),
])
def test_json_refuses_what_would_share_stdout(argv, option, tables, capsys):
    assert main([a.format(clean=tables["clean"]) for a in argv] + ["--json"]) == 1
    record = json.loads(capsys.readouterr().out)
    assert record["error"] == "ArgumentError" and record["problems"][0]["column"] == option
    assert "standard output" in record["message"]


@pytest.mark.parametrize("argv, says", [
    (["--json", "qurey", "seed"], "did you mean 'query'?"),
    (["query", "seed", "--provinse", "Anbar", "--json"], "did you mean '--province'?"),
    (["validate", "--json"], "FILE is required"),
])
def test_json_of_a_usage_error(argv, says, capsys):
    with pytest.raises(SystemExit) as info:
        if main(argv) == 2:  # validate says it without argparse
            raise SystemExit(2)
    out, err = capsys.readouterr()
    record = json.loads(out)
    assert info.value.code == 2 and record["error"] == "UsageError" and says in record["message"] and err == ""


def test_json_lists_the_columns(capsys):
    assert main(["validate", "--columns", "--json"]) == 0
    columns = {c["name"]: c for c in json.loads(capsys.readouterr().out)["columns"]}
    assert columns["incident_id"]["required"] is True and "drone_attack" in columns["event_type"]["allowed"]


def test_a_program_reads_the_json_of_a_table_with_an_unknown_place(tables):
    done = subprocess.run([sys.executable, "-m", "geoincidents", "query", str(tables["unknown place"]), "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0
    record = json.loads(done.stdout)
    assert record["problems"][0]["value"] == UNKNOWN and "--geonames FILE" in record["hint"]
    _no_summary_lines(done.stderr)


def test_json_never_holds_nan():
    import io

    from geoincidents.cli.output import print_json

    stream = io.StringIO()
    print_json({"lat": float("nan"), "ranges": [12.5, float("inf")]}, stream=stream)
    assert "NaN" not in stream.getvalue() and "Infinity" not in stream.getvalue()
    assert json.loads(stream.getvalue()) == {"lat": None, "ranges": [12.5, None]}
