"""The validate and query subcommands, run through their real parsers."""
from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from pathlib import Path


from geoincidents.cli import query, validate

ROOT = Path(__file__).resolve().parents[2]


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="geoincidents")
    sub = parser.add_subparsers(dest="command", required=True)
    validate.register(sub)
    query.register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


def test_validate_ok(seeds_dir, capsys):
    assert run(["validate", str(seeds_dir / "incidents.csv")]) == 0
    n = sum(1 for _ in csv.DictReader((seeds_dir / "incidents.csv").open(encoding="utf-8")))
    assert capsys.readouterr().out.strip() == f"{n} incidents OK"


def test_validate_lists_every_problem(tiny_csv, base_row, capsys):
    path = tiny_csv([base_row(date="21/04/2024"), base_row(incident_id="t-2", event_type="bomb", target_lat="95", target_lon="40")])
    assert run(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{path}, row 1, column 'date': value '21/04/2024'")
    assert "row 2, column 'event_type': value 'bomb'" in lines[1]
    assert "row 2, column 'target_lat': value '95'" in lines[2]
    assert "3 problem(s)" in err


def test_validate_strict_prints_only_the_first(tiny_csv, base_row, capsys):
    path = tiny_csv([base_row(date="21/04/2024"), base_row(incident_id="t-2", event_type="bomb")])
    assert run(["validate", "--strict", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out.strip().splitlines() == [f"{path}, row 1, column 'date': value '21/04/2024': " + out.split(": ", 2)[2].strip()]
    assert "--strict" in err


def test_validate_columns_prints_the_schema(capsys):
    assert run(["validate", "--columns"]) == 0
    assert "| launch_precision |" in capsys.readouterr().out


def test_query_hasaka_lists_the_cross_border_zummar_attack(seeds_dir, capsys):
    assert run(["query", str(seeds_dir / "incidents.csv"), "--province", "Hasaka"]) == 0
    out = capsys.readouterr().out
    header, *rows = out.strip().splitlines()
    assert header.split()[:3] == ["id", "date", "type"]
    assert len(rows) == 1
    row = rows[0]
    assert row.startswith("2024-04-21-zummar-rockets-on-rumalyn  2024-04-21  rocket_attack")
    assert "Zummar (Nineveh, IQ) → Rumalyn base (" in row and ", SY)" in row
    assert row.endswith(" km")
    km = int(row.split()[-2])
    assert 50 <= km <= 62 and " yes " in row


def test_query_table_gives_an_area_end_its_range_interval_never_a_capital_distance(seeds_dir, capsys):
    # Iran -> Israel is told country to country: an interval between the two areas (the map's text),
    # not the 1,500-odd km from Tehran to Jerusalem
    assert run(["query", str(seeds_dir / "incidents.csv"), "--country", "IR", "--role", "launch"]) == 0
    rows = [line for line in capsys.readouterr().out.strip().splitlines()[1:] if "Iran (IR) → Israel (IL)" in line]
    assert rows, "the 13 April attack on Israel is listed"
    low, high = rows[0].split()[-2].replace(",", "").split("–")
    assert 800 <= int(low) <= 1000 and 2500 <= int(high) <= 3000 and rows[0].endswith(" km")


def test_query_filters_combine(seeds_dir, capsys):
    argv = ["query", str(seeds_dir / "incidents.csv"), "--from", "2024-04-01", "--to", "2024-04",
            "--type", "air_strike,explosion", "--country", "IQ", "--role", "target", "--format", "csv"]
    assert run(argv) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["incident_id"] for r in rows} == {
        "2024-04-21-coalition-strike-zummar-launcher", "2024-04-20-babil-pmf-base-explosion", "2024-04-21-babil-explosions-heard"}
    assert all(r["date"].startswith("2024-04-") for r in rows)


def test_query_actor_and_cross_border(seeds_dir, capsys):
    assert run(["query", str(seeds_dir / "incidents.csv"), "--cross-border", "--actor", "iraqi"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 2 and out[1].startswith("2024-04-21-zummar-rockets-on-rumalyn")


def test_apply_query_is_reusable(seed_table):
    parser = argparse.ArgumentParser()
    query.add_query_arguments(parser)
    args = parser.parse_args(["--province", "Anbar", "--type", "interception"])
    assert query.apply_query(seed_table, args).frame["incident_id"].tolist() == ["2024-04-22-ain-al-asad-drones"]


def test_console_script_end_to_end(seeds_dir):
    done = subprocess.run(
        [sys.executable, "-m", "geoincidents", "query", str(seeds_dir / "incidents.csv"), "--province", "Hasaka"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Zummar (Nineveh, IQ) → Rumalyn" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "geoincidents", "query", str(seeds_dir / "incidents.csv"), "--province", "Atlantis"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert bad.returncode == 1 and bad.stderr.startswith("geoincidents: error:") and "Atlantis" in bad.stderr


def test_query_table_shows_month_dates_as_months(seeds_dir, capsys):
    assert run(["query", str(seeds_dir / "incidents.csv"), "--type", "air_strike", "--type", "drone_strike", "--to", "2024-02"]) == 0
    rows = {line.split()[0]: line.split()[1] for line in capsys.readouterr().out.strip().splitlines()[1:]}
    assert rows["2024-01-baghdad-strike-militia-leader"] == "2024-01"
    assert rows["2024-01-24-us-strike-al-qaim"] == "2024-01-24"
    assert "2024-04-21-coalition-strike-zummar-launcher" not in rows
