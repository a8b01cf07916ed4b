"""The user's own places from the command line: --places, --geonames, --explain."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from geoincidents.cli import main

ROOT = Path(__file__).resolve().parents[2]
HEADER = "id,name,kind,lat,lon,admin1,country,aliases,name_ar,precision_km,point,source\n"
# GeoNames' line for Kiryat Shmona (id 293825), as its cities dumps write it (19 tab-separated columns).
KIRYAT_SHMONA = "\t".join([
    "293825", "Qiryat Shmona", "Qiryat Shmona", "Kiryat Shemoneh,Kiryat Shmona,קריית שמונה", "33.20733", "35.57212",
    "P", "PPL", "IL", "", "03", "", "", "", "22512", "", "79", "Asia/Jerusalem", "2023-01-01",
]) + "\n"


@pytest.fixture
def my_places(tmp_path: Path) -> Path:
    path = tmp_path / "my_places.csv"
    path.write_text(
        HEADER
        + "iq-tell-sbeiha,Tell Sbeiha,village,36.40000,42.50000,IQ-NI,IQ,Tal Sbeiha,تل صبيحة,3,village,analyst survey\n"
        + "iq-zummar,Zummar,town,36.64000,42.45000,IQ-NI,IQ,Zumar Town,زمار,2,town centre (our own survey),analyst survey\n",
        encoding="utf-8",
    )
    return path


def test_places_file_adds_and_replaces(my_places, capsys):
    assert main(["resolve", "Tal Sbeiha", "--places", str(my_places), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "iq-tell-sbeiha"
    # A row with a bundled id replaces the bundled place.
    assert main(["resolve", "Zumar Town", "--places", str(my_places), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["id"], record["source"]) == ("iq-zummar", "analyst survey")


def test_unknown_name_points_to_the_options(capsys):
    assert main(["resolve", "Tal Sbeiha"]) == 1
    err = capsys.readouterr().err
    assert "no place matches 'Tal Sbeiha'" in err and "--places FILE" in err and "--geonames FILE" in err


def test_geonames_file_adds_its_places(tmp_path, capsys):
    dump = tmp_path / "IL.txt"
    dump.write_text(KIRYAT_SHMONA, encoding="utf-8")
    assert main(["resolve", "Kiryat Shmona", "--geonames", str(dump), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["country"], round(record["lat"], 2), record["source"]) == ("IL", 33.21, "geonames:293825")


def test_a_bad_places_file_names_file_line_and_column(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "iq-x,X,fortress,36.4,42.5,IQ-NI,IQ,,,,,\n", encoding="utf-8")
    assert main(["resolve", "X", "--places", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}, line 2, column 'kind': value 'fortress' is invalid" in err


def test_explain_prints_candidates_and_the_reason(capsys):
    assert main(["resolve", "Rumalyn", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "Rumalyn Landing Zone (air_base, SY-HA, prominence 70)" in out
    assert "Rmeilan (town, SY-HA, prominence 50)" in out
    assert "why: the most prominent of 2 equally good matches" in out


def test_every_reading_command_takes_places(my_places, tmp_path, capsys):
    with (ROOT / "seeds" / "incidents.csv").open(encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    row.update(launch_place="Tell Sbeiha", launch_lat="", launch_lon="", launch_precision="")
    incidents = tmp_path / "incidents.csv"
    with incidents.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    assert main(["validate", str(incidents)]) == 1
    assert "Tell Sbeiha" in capsys.readouterr().out
    for command in (["validate"], ["query"]):
        assert main([*command, str(incidents), "--places", str(my_places)]) == 0, capsys.readouterr()
    capsys.readouterr()
