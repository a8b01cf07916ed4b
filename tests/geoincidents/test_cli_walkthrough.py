"""What a new user met walking through the command line: each fix of that walk-through, as the user sees it.

The reports here are short write-ups, in our own words, of real attacks: the drone strike on Tower 22 in
north-eastern Jordan (28 January 2024) and the US drone strike in Baghdad's Mashtal neighbourhood
(7 February 2024).
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from geoincidents.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "incidents.csv"

TOWER_22 = (
    "A one-way attack drone struck Tower 22, a small US outpost in north-eastern Jordan near the Syrian border, "
    "early on Sunday, killing three American soldiers, US officials said."
)
#: A made-up village name, so that only the user's own places file can place it.
VILLAGE_REPORT = "On Sunday two rockets were fired at Qaryat Zuhur Testiya, the US military said."


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    """A folder as ``geoincidents extract -o`` writes it."""
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "tower22.txt").write_text(TOWER_22, encoding="utf-8")
    out = tmp_path / "drafts"
    assert main(["-q", "extract", str(tmp_path / "reports"), "--published", "2024-01-28", "-o", str(out)]) == 0
    return out


# --- export never replaces the table it reads -------------------------------------------------


@pytest.mark.parametrize("name", ["incidents.csv", "sources.csv", "claims.csv"])
def test_export_refuses_to_replace_a_file_of_the_folder_it_reads(drafts, name, capsys):
    before = (drafts / name).read_bytes()
    assert main(["export", str(drafts), "-o", str(drafts / name)]) == 1
    said = capsys.readouterr().err
    assert f"-o {str(drafts / name)!r} is the" in said and "write to another path" in said
    assert (drafts / name).read_bytes() == before


def test_export_of_a_folder_to_another_path_still_works(drafts, tmp_path):
    assert main(["-q", "export", str(drafts), "-o", str(tmp_path / "out" / "t.csv")]) == 0
    assert pd.read_csv(tmp_path / "out" / "t.csv")["target_place"].tolist() == ["Tower 22"]


def test_export_to_a_folder_that_cannot_be_made_names_it(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["export", str(SEEDS), "-o", str(blocker / "sub" / "t.geojson")]) == 1
    said = capsys.readouterr().err
    assert f"its folder {str(blocker / 'sub')!r} cannot be created" in said and "Traceback" not in said


def test_export_help_names_every_format(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    listing = capsys.readouterr().out.split("\n    export", 1)[1].split("\n    query", 1)[0]
    assert "GeoParquet" in listing and "ACLED" in listing


# --- files that do not exist ------------------------------------------------------------------


@pytest.mark.parametrize("argv, says", [
    (["map", "nowhere.csv"], "FILE 'nowhere.csv' does not exist; expected an incidents file"),
    (["query", "--acled", "nowhere.csv"], "FILE 'nowhere.csv' does not exist; expected an ACLED export"),
    (["resolve", "Erbil", "--places", "mine.csv"], "--places 'mine.csv' does not exist; expected a places CSV"),
    (["validate", str(SEEDS), "--geonames", "IQ.txt"], "--geonames 'IQ.txt' does not exist; expected a GeoNames dump"),
])
def test_a_missing_file_is_named_with_its_option(argv, says, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 1
    said = capsys.readouterr().err
    assert says in said and "Errno" not in said


# --- extract: options checked before any report is read; the user's places; -q ---------------


def test_extract_names_the_missing_sources_table(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(TOWER_22, encoding="utf-8")
    assert main(["extract", str(tmp_path / "r.txt"), "--sources", str(tmp_path / "s.csv"), "-o", str(tmp_path / "o")]) == 1
    said = capsys.readouterr().err
    assert f"--sources {str(tmp_path / 's.csv')!r} does not exist; expected a sources table CSV" in said
    assert not (tmp_path / "o").exists()


def test_extract_blames_a_bad_published_date_on_the_option(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(TOWER_22, encoding="utf-8")
    assert main(["extract", str(tmp_path / "r.txt"), "--published", "28/01/2024", "-o", str(tmp_path / "o")]) == 1
    said = capsys.readouterr().err
    assert "--published: published='28/01/2024' is not a date; expected an ISO date" in said
    assert "report r.txt" not in said


def test_extract_takes_the_users_own_places(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(VILLAGE_REPORT, encoding="utf-8")
    places = tmp_path / "my_places.csv"
    places.write_text(
        "id,name,kind,lat,lon,admin1,country,aliases,name_ar,precision_km,point,source,prominence,disputed\n"
        "xx-qaryat-zuhur-testiya,Qaryat Zuhur Testiya,village,36.30,42.90,IQ-NI,IQ,,,2,village centre,test,,\n",
        encoding="utf-8")
    argv = ["extract", str(tmp_path / "r.txt"), "--published", "2024-02-05", "-o", str(tmp_path / "o")]
    assert main(argv) == 0
    without = pd.read_csv(tmp_path / "o" / "incidents.csv")
    assert "Qaryat Zuhur Testiya" not in set(without["target_place"].dropna())
    assert main([*argv, "--places", str(places)]) == 0
    drafted = pd.read_csv(tmp_path / "o" / "incidents.csv")
    assert drafted["target_place"].tolist() == ["Qaryat Zuhur Testiya"]
    mentions = pd.read_csv(tmp_path / "o" / "mentions.csv")
    assert "xx-qaryat-zuhur-testiya" in set(mentions["place_id"])
    capsys.readouterr()
    # The drafts need the same places to be placed by the other commands.
    assert main(["query", str(tmp_path / "o"), "--places", str(places), "--province", "Nineveh"]) == 0
    assert "Qaryat Zuhur Testiya (Nineveh, IQ)" in capsys.readouterr().out


def test_extract_is_quiet_with_q(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(TOWER_22, encoding="utf-8")
    argv = ["extract", str(tmp_path / "r.txt"), "--published", "2024-01-28", "-o", str(tmp_path / "o"),
            "--review", str(tmp_path / "review.html")]
    assert main(["-q", *argv]) == 0
    assert capsys.readouterr().out == ""
    assert (tmp_path / "review.html").stat().st_size > 0
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "read 1 report" in out and "wrote review page" in out


# --- resolve: --json all the way, and what a match set aside ----------------------------------


def test_resolve_json_gives_alternatives_and_qualifiers_as_data(capsys):
    assert main(["resolve", "the outskirts of northern Hasaka", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["name"], record["kind"], record["ambiguous"]) == ("Hasakah", "city", True)
    assert [(a["name"], a["kind"]) for a in record["alternatives"]] == [("Hasakah Governorate", "governorate")]
    assert record["alternatives"][0]["distance_km"] >= 0
    assert "northern" in record["qualifiers"] and "outskirts of" in record["qualifiers"]
    assert record["precision_km"] > 0


def test_resolve_json_of_an_unambiguous_name_has_empty_lists(capsys):
    assert main(["resolve", "Tower 22", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["alternatives"], record["qualifiers"], record["ambiguous"]) == ([], [], False)


def test_resolve_shows_what_a_container_stands_in_for(capsys):
    assert main(["resolve", "Palestine Street, Baghdad"]) == 0
    lines = dict((l.split(None, 1) + [""])[:2] for l in capsys.readouterr().out.splitlines())
    assert lines["name"] == "Baghdad" and lines["method"] == "container"
    assert "is not known; Baghdad stands in for it" in lines["container"]
    assert float(lines["precision_km"]) >= 5  # the city's precision, not a point's


def test_resolve_strict_json_error_is_one_json_object(capsys):
    assert main(["resolve", "Hasaka", "--strict", "--json"]) == 1
    captured = capsys.readouterr()
    record = json.loads(captured.out)
    assert record["error"] == "AmbiguousPlace" and "--kind" in record["message"]
    assert {c["id"] for c in record["candidates"]} == {"sy-hasakah", "sy-gov-hasakah"}
    assert captured.err == "" and record["hint"] is None


# --- query --country with a name no country has ------------------------------------------------


def test_query_country_unknown_name_lists_the_codes(capsys):
    assert main(["query", str(SEEDS), "--country", "Narnia"]) == 1
    said = capsys.readouterr().err
    assert "--country 'Narnia': an ISO 3166-1 alpha-2 code or a country name" in said
    assert "IQ" in said and "SY" in said and "--places FILE" not in said


# --- map from standard input ---------------------------------------------------------------------


def test_map_of_standard_input_writes_maps_incidents_html(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "geoincidents", "map", "-", "--offline"], input=SEEDS.read_bytes(),
                          capture_output=True, cwd=tmp_path, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "maps").iterdir()) == ["incidents.html"]
    assert "maps/incidents.html" in done.stdout.decode()


# --- what the summary of a folder's problems says ------------------------------------------------


def test_undated_drafts_read_from_their_folder_are_summarised_plainly(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(TOWER_22, encoding="utf-8")
    assert main(["-q", "extract", str(tmp_path / "r.txt"), "-o", str(tmp_path / "o")]) == 0  # no --published
    capsys.readouterr()
    assert main(["query", str(tmp_path / "o")]) == 0
    said = capsys.readouterr().err
    # The folder stands for its incidents.csv: its rows are named without the file name; an empty date is blank.
    assert "1 row set aside (row 1: date blank)" in said
    assert "None" not in said and "incidents.csv row" not in said


# --- an optional dependency that is not installed ------------------------------------------------


def test_an_xlsx_without_openpyxl_says_the_install_command_not_report_a_bug(tmp_path, monkeypatch, capsys):
    import sys

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["incident_id", "date", "event_type", "target_place"])
    sheet.append(["walk-1", "2024-01-28", "drone_attack", "Tower 22"])
    book.save(tmp_path / "sheet.xlsx")
    assert main(["validate", str(tmp_path / "sheet.xlsx")]) == 0  # with openpyxl: read
    capsys.readouterr()
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as on a machine without the xlsx extra
    assert main(["validate", str(tmp_path / "sheet.xlsx")]) == 1
    said = capsys.readouterr().err
    assert "needs openpyxl: pip install 'geoincidents[xlsx]'" in said
    assert "unexpected error" not in said and "report it" not in said


def test_an_acled_export_of_launches_names_the_option_and_the_formats_that_take_it(tmp_path, capsys):
    assert main(["export", str(SEEDS), "-o", str(tmp_path / "l.acled.csv"), "--what", "launches"]) == 1
    said = capsys.readouterr().err
    assert "(--what launches) is for .geojson, .gpkg, .csv and .parquet" in said
    assert not (tmp_path / "l.acled.csv").exists()


def test_the_readme_query_by_date_type_and_actor_works(capsys):
    line = next(l for l in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if "--actor" in l)
    assert line.startswith("$ geoincidents query seed --from 2024-01 --to 2024-02")
    assert main(["query", "seed", "--from", "2024-01", "--to", "2024-02", "--type", "drone_attack,missile_attack",
                 "--actor", "islamic resistance"]) == 0
    out = capsys.readouterr().out
    assert "2024-01-20-ain-al-asad-missiles" in out and "rocket_attack" not in out
