"""The command line as scripts use it: --json, --version, flags anywhere, did-you-mean, pipes, completion."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geoincidents.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "incidents.csv"
ACLED = Path(__file__).parent / "fixtures" / "acled_2020_excel.csv"


def _run(*argv: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geoincidents", *argv], input=stdin, capture_output=True,
                          cwd=cwd, timeout=300)


def test_version(capsys):
    from geoincidents import __version__

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.strip() == f"geoincidents {__version__}"


@pytest.mark.parametrize("argv", [
    ["-q", "query", str(SEEDS)],
    ["query", str(SEEDS), "-q"],
    ["query", "-v", str(SEEDS), "--quiet"],
])
def test_common_flags_anywhere_on_the_line(argv, capsys):
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert "zummar-rockets-on-rumalyn" in out and "incidents" not in err  # -q: no summary line


def test_debug_after_the_subcommand_shows_the_traceback():
    with pytest.raises(FileNotFoundError):
        main(["validate", "nowhere.csv", "--debug"])


@pytest.mark.parametrize("argv, hint", [
    (["qurey", str(SEEDS)], "did you mean 'query'?"),
    (["query", str(SEEDS), "--provinse", "Anbar"], "did you mean '--province'?"),
    (["query", str(SEEDS), "--role", "lauch"], "did you mean 'launch'?"),
])
def test_did_you_mean(argv, hint, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2 and hint in capsys.readouterr().err


@pytest.mark.parametrize("options, says", [
    (["--from", "2024-05-01", "--to", "2024-04-01"], "--to '2024-04-01': a date on or after --from '2024-05-01'; the range is reversed"),
    (["--from", "April"], "--from 'April': a date such as 2024-04-21"),
    (["--country", "XX"], "--country 'XX': an ISO 3166-1 alpha-2 code"),
    (["--actor", ""], "--actor '': the text to look for"),
    (["--type", "rocket"], "--type 'rocket': did you mean 'rocket_attack'?"),
])
def test_errors_name_options_as_typed(options, says, capsys):
    assert main(["query", str(SEEDS), *options]) == 1
    err = capsys.readouterr().err
    assert says in err and "column" not in err and "start" not in err.replace("--from", "")


def test_type_does_not_swallow_the_file(capsys):
    assert main(["query", "--type", "rocket_attack", str(SEEDS), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["incident_id"] for r in rows] == ["2024-04-21-zummar-rockets-on-rumalyn"]


def test_query_json_pipes_into_json_tool():
    pipeline = f"{sys.executable} -m geoincidents query {SEEDS} --json --province Hasaka | {sys.executable} -m json.tool"
    done = subprocess.run(pipeline, shell=True, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    rows = record["rows"]
    assert {r["incident_id"] for r in rows} >= {"2024-04-21-zummar-rockets-on-rumalyn"}
    assert all(r["date"][:4] == "2024" for r in rows) and "geometry" not in rows[0]
    assert (record["incidents"], record["problems"], record["hint"]) == (len(rows), [], None)
    assert done.stderr == ""


def test_format_json_stays_the_rows_array(capsys):
    assert main(["query", str(SEEDS), "--format", "json", "--province", "Hasaka"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list) and "2024-04-21-zummar-rockets-on-rumalyn" in {r["incident_id"] for r in rows}


def test_validate_json_lists_every_problem(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("incident_id,date,event_type\nx,2024-13-01,bomb\n", encoding="utf-8")
    assert main(["validate", str(bad), "--json"]) == 1
    record = json.loads(capsys.readouterr().out)
    assert record["ok"] is False and [(p["row"], p["column"]) for p in record["problems"]] == [(1, "date"), (1, "event_type")]
    assert main(["validate", str(SEEDS), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"file": str(SEEDS), "ok": True, "incidents": 13, "problems": [],
                                                  "stopped_at_first": False, "hint": None}


def test_every_error_path_speaks_json_on_stdout(capsys):
    assert main(["--json", "query", "nowhere.csv"]) == 1
    captured = capsys.readouterr()
    record = json.loads(captured.out)
    assert record["error"] == "FileNotFoundError" and "nowhere.csv" in record["message"] and captured.err == ""
    assert (record["problems"], record["hint"]) == ([], None)
    assert main(["query", str(SEEDS), "--country", "XX", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["problems"][0]["column"] == "--country"


def test_a_closed_pipe_ends_quietly(tmp_path):
    with SEEDS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        for k in range(40):
            for row in rows:
                writer.writerow({**row, "incident_id": f"{row['incident_id']}-{k}", "responds_to": "",
                                 "sources": ""})
    pipeline = f"{sys.executable} -m geoincidents query {big} --format geojson | head -c 100 > /dev/null"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", pipeline], capture_output=True, text=True, timeout=300)
    assert done.stderr == "" and done.returncode == 0


def test_stdin_and_stdout_are_dash():
    done = _run("export", "-", "-o", "-", "--format", "acled", stdin=SEEDS.read_bytes())
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert len(rows) == 13 and rows[0]["event_id_cnty"] == "2024-01-20-ain-al-asad-missiles"
    assert b"wrote 13 incidents to standard output" in done.stderr


@pytest.mark.parametrize("argv", [["-o", "{tmp}/x.acled.csv"], ["-o", "{tmp}/x.txt", "--format", "acled"]])
def test_export_writes_acled(tmp_path, argv, capsys):
    argv = [a.format(tmp=tmp_path) for a in argv]
    assert main(["export", "--acled", str(ACLED), *argv]) == 0
    out = Path(argv[1])
    with out.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh))[:3] == ["data_id", "iso", "event_id_cnty"]  # ACLED's columns, as read


def test_an_unknown_suffix_is_an_error_never_another_format(tmp_path, capsys):
    assert main(["export", str(SEEDS), "-o", str(tmp_path / "x.kml")]) == 1
    assert "'.kml' is not supported" in capsys.readouterr().err and not (tmp_path / "x.kml").exists()


def test_bash_completion_script(tmp_path):
    done = _run("completion", "bash")
    script = done.stdout.decode()
    assert done.returncode == 0 and "complete -o filenames -F _geoincidents geoincidents" in script
    assert "--acled" in script and "'incidents launches targets trajectories'" in script
    (tmp_path / "c.sh").write_text(script, encoding="utf-8")
    check = subprocess.run(["bash", "-n", str(tmp_path / "c.sh")], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    # complete "geoincidents exp" in a real bash
    probe = (f"source {tmp_path / 'c.sh'}; COMP_WORDS=(geoincidents exp); COMP_CWORD=1; _geoincidents; "
             'echo "${COMPREPLY[@]}"')
    assert subprocess.run(["bash", "-c", probe], capture_output=True, text=True).stdout.split() == ["export"]
