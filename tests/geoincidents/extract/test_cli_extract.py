"""``geoincidents extract`` as a new user runs it: a folder of reports in, tables every command reads out."""
from __future__ import annotations

import pandas as pd
import pytest

from geoincidents.cli import main
from tests.geoincidents.extract.conftest import ROOT, SEED_TEXTS


def test_extract_a_folder_then_validate_query_and_map(tmp_path, capsys):
    out = tmp_path / "drafts"
    assert main(["extract", str(SEED_TEXTS), "--sources", str(ROOT / "seeds" / "sources.csv"), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "read 5 reports" in said and "draft incidents" in said
    for name in ("incidents.csv", "sources.csv", "claims.csv", "mentions.csv", "evidence.csv"):
        assert (out / name).stat().st_size > 0
    incidents = pd.read_csv(out / "incidents.csv")
    assert "evidence" not in incidents.columns and "confidence" not in incidents.columns
    assert main(["validate", str(out / "incidents.csv")]) == 0
    assert f"{len(incidents)} incidents OK" in capsys.readouterr().out
    assert main(["query", str(out / "incidents.csv"), "--province", "Nineveh", "--role", "launch"]) == 0
    assert "Zummar" in capsys.readouterr().out
    assert main(["map", str(out / "incidents.csv"), "--offline", "-o", str(tmp_path / "map.html")]) == 0
    assert (tmp_path / "map.html").read_text(encoding="utf-8").count("Rumalyn Landing Zone") >= 1
    # The folder extract wrote stands for its incidents.csv, with the sources and claims beside it.
    assert main(["export", str(out), "-o", str(tmp_path / "all.geojson")]) == 0
    assert main(["map", str(out), "--offline", "-o", str(tmp_path / "dir.html")]) == 0
    assert (tmp_path / "dir.html").read_text(encoding="utf-8").count("Rumalyn Landing Zone") >= 1


def test_a_folder_without_incidents_is_refused_by_name(tmp_path, capsys):
    (tmp_path / "reports").mkdir()
    assert main(["map", str(tmp_path / "reports"), "-o", str(tmp_path / "m.html")]) == 1
    said = capsys.readouterr().err
    assert "reports" in said and "a directory holding incidents.csv" in said
    assert not (tmp_path / "m.html").exists()


def test_published_date_anchors_weekdays(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("On Saturday, rockets were fired from Zummar at the Rumalyn base.", encoding="utf-8")
    assert main(["extract", str(report), "--published", "2024-04-22", "-o", str(tmp_path / "o")]) == 0
    row = pd.read_csv(tmp_path / "o" / "incidents.csv").iloc[0]
    assert (row["date"], row["launch_place"]) == ("2024-04-20", "Zummar")
    assert pd.read_csv(tmp_path / "o" / "sources.csv").iloc[0]["published"] == "2024-04-22"


@pytest.mark.parametrize("args, message", [
    (["missing.txt"], "report 'missing.txt' does not exist"),
    (["{tmp}/r.txt", "--published", "22/04/2024"], "published='22/04/2024' is not a date"),
    (["{tmp}/empty"], "holds no .txt reports"),
    (["{tmp}/r.txt", "-o", "{tmp}/r.txt"], "it is a file, not a directory"),
])
def test_errors_name_the_input(tmp_path, capsys, args, message):
    (tmp_path / "r.txt").write_text("On Saturday rockets hit Erbil.", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "out")]
    assert main(["extract", *args]) == 1
    assert message in capsys.readouterr().err


def test_a_header_block_gives_the_published_date_and_outlet(tmp_path, capsys):
    report = tmp_path / "r1.txt"
    report.write_text("published: 2024-04-22\nsource: Rudaw\n\nOn Sunday, rockets were fired from Zummar at the "
                      "Rumalyn base.\n", encoding="utf-8")
    out = tmp_path / "o"
    assert main(["extract", str(report), "-o", str(out)]) == 0
    assert "no date" not in capsys.readouterr().err
    incidents = pd.read_csv(out / "incidents.csv")
    assert incidents["date"].tolist() == ["2024-04-21"]
    sources = pd.read_csv(out / "sources.csv")
    assert sources[["outlet", "published"]].values.tolist() == [["Rudaw", "2024-04-22"]]
    # Offsets still point into the file as written, header included.
    mentions = pd.read_csv(out / "mentions.csv")
    text = report.read_text(encoding="utf-8")
    assert all(text[s:e] == m for m, s, e in zip(mentions["mention"], mentions["start"], mentions["end"]))
    assert "Rudaw" not in set(mentions["mention"])
    # The map draws what extract wrote.
    assert main(["map", str(out / "incidents.csv"), "--offline", "-o", str(tmp_path / "m.html")]) == 0
    assert "of 1 incident" in capsys.readouterr().out


def test_a_report_s_own_date_wins_over_published_for_all(tmp_path, capsys):
    # --published dates the reports that give no date of their own; a header's date is that report's.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "headed.txt").write_text("published: 2024-04-22\n\nOn Sunday, rockets were fired from Zummar "
                                                 "at the Rumalyn base.\n", encoding="utf-8")
    (tmp_path / "in" / "bare.txt").write_text("On Sunday, rockets were fired from Zummar at the Rumalyn base.\n",
                                               encoding="utf-8")
    out = tmp_path / "o"
    assert main(["extract", str(tmp_path / "in"), "--published", "2024-02-01", "-o", str(out)]) == 0
    sources = pd.read_csv(out / "sources.csv").set_index("source_id")
    assert sources.loc["headed", "published"] == "2024-04-22" and sources.loc["bare", "published"] == "2024-02-01"
    assert sorted(pd.read_csv(out / "incidents.csv")["date"]) == ["2024-01-28", "2024-04-21"]


def test_undated_drafts_are_reported_with_the_fix(tmp_path, capsys):
    report = tmp_path / "r2.txt"
    report.write_text("On Sunday, rockets were fired from Zummar at the Rumalyn base.\n", encoding="utf-8")
    assert main(["extract", str(report), "-o", str(tmp_path / "o")]) == 0
    err = capsys.readouterr().err
    assert "1 draft incident has no date" in err and "--published" in err


def test_a_sources_row_names_its_report_with_or_without_the_folder(tmp_path, capsys):
    # Tried as a new user would (session 37): a sources table written beside a folder of reports names each file with
    # the folder ("reports/r1.txt"); the row is the report's all the same.
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r1.txt").write_text("On Sunday, rockets were fired from Zummar at the Rumalyn base.\n",
                                                 encoding="utf-8")
    (tmp_path / "reports" / "r2.txt").write_text("On Sunday, drones struck the Harir base.\n", encoding="utf-8")
    table = tmp_path / "sources.csv"
    table.write_text("source_id,outlet,published,title,file\n"
                     "rudaw-1,Rudaw,2024-04-22,Rockets at Rumalyn,reports/r1.txt\n"
                     "k24-2,Kurdistan 24,2024-01-02,Drones at Harir,r2.txt\n", encoding="utf-8")
    out = tmp_path / "o"
    assert main(["extract", str(tmp_path / "reports"), "--sources", str(table), "-o", str(out)]) == 0
    assert "no date" not in capsys.readouterr().err
    sources = pd.read_csv(out / "sources.csv").set_index("source_id")
    assert sources.loc["rudaw-1", "published"] == "2024-04-22" and sources.loc["k24-2", "published"] == "2024-01-02"
    assert sorted(pd.read_csv(out / "incidents.csv")["date"]) == ["2023-12-31", "2024-04-21"]


def test_a_sources_table_keyed_by_id_names_reports_by_their_file_stem(tmp_path, capsys):
    # Tried as a new user would (session 62): a table of source_id and published, the ids being the reports' file
    # names without .txt, had been ignored without a word, and every draft came out undated.
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "harir_drones.txt").write_text("On Sunday, drones struck the Harir base.\n",
                                                           encoding="utf-8")
    table = tmp_path / "sources.csv"
    table.write_text("source_id,published\nharir_drones,2024-01-02\nnot_read,2024-01-05\n", encoding="utf-8")
    out = tmp_path / "o"
    assert main(["extract", str(tmp_path / "reports"), "--sources", str(table), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "no date" not in err
    # the row that names no report read is reported, with its row and what it named
    assert f"{table}: row 2: source_id 'not_read' names none of the 1 reports read" in err
    assert list(pd.read_csv(out / "incidents.csv")["date"]) == ["2023-12-31"]


def test_a_sources_table_that_names_no_report_is_an_error(tmp_path, capsys):
    report = tmp_path / "r1.txt"
    report.write_text("On Sunday, drones struck the Harir base.\n", encoding="utf-8")
    table = tmp_path / "sources.csv"
    table.write_text("id,date\nr1,2024-01-02\n", encoding="utf-8")
    out = tmp_path / "o"
    assert main(["extract", str(report), "--sources", str(table), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{table} has the columns id, date, none of which names a report" in err and "'file'" in err
    assert not out.exists()
