"""ACLED exports as they circulate: date shapes, dialects, encodings, a title line, the API's JSON."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from geoincidents.errors import SchemaError, ValidationError
from geoincidents.io.acled import read_acled, write_acled_csv

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "acled_sample.csv"
EXCEL_2020 = FIXTURES / "acled_2020_excel.csv"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _csv_text(rows: list[dict[str, str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _dates(table) -> list[str]:
    return table.frame["date"].dt.strftime("%Y-%m-%d").tolist()


def test_an_export_whose_dates_went_through_excel_loads_every_row():
    table = read_acled(EXCEL_2020)
    assert len(table) == 10
    assert _dates(table)[:3] == ["2020-05-09", "2020-05-10", "2020-05-12"]
    # ACLED's own types are kept beside ours, so no event becomes a bare "other"
    frame = table.frame.set_index("incident_id")
    assert frame.loc["IRQ40102", "acled_sub_event_type"] == "Armed clash"
    assert frame.loc["IRQ40104", "event_type"] == "rocket_attack"      # "Katyusha rockets"
    assert frame.loc["SYR60108", "event_type"] == "artillery"          # "artillery shelled"
    assert frame.loc["SYR60106", "date_precision"] == "week" and frame.loc["SYR60106", "target_precision"] == "province"


@pytest.mark.parametrize("written, iso", [
    ("2024-04-21", "2024-04-21"),
    ("21 April 2024", "2024-04-21"),
    ("01 November 2024", "2024-11-01"),
    ("21-Apr-24", "2024-04-21"),
    ("9-May-20", "2020-05-09"),
    ("21/04/2024", "2024-04-21"),
])
def test_each_date_shape(tmp_path, written, iso):
    rows = _rows(SAMPLE)
    rows[0]["event_date"] = written
    path = tmp_path / "d.csv"
    path.write_text(_csv_text(rows), encoding="utf-8")
    assert _dates(read_acled(path))[0] == iso


def test_a_numeric_date_column_is_decided_once_from_its_distinct_values(tmp_path):
    rows = _rows(SAMPLE)[:3]
    for row, date in zip(rows, ("04/21/2024", "03/04/2024", "12/01/2024")):
        row["event_date"] = date  # the first is month/day; so is the whole column
    path = tmp_path / "us.csv"
    path.write_text(_csv_text(rows), encoding="utf-8")
    assert _dates(read_acled(path)) == ["2024-04-21", "2024-03-04", "2024-12-01"]


def test_an_ambiguous_day_month_column_is_refused_with_the_reason(tmp_path):
    rows = _rows(SAMPLE)[:2]
    rows[0]["event_date"], rows[1]["event_date"] = "03/04/2024", "05/06/2024"
    path = tmp_path / "amb.csv"
    path.write_text(_csv_text(rows), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"column 'event_date'.*could be day/month or month/day.*2024-04-03"):
        read_acled(path)


def test_a_column_mixing_both_orders_is_refused(tmp_path):
    rows = _rows(SAMPLE)[:2]
    rows[0]["event_date"], rows[1]["event_date"] = "21/04/2024", "04/22/2024"
    path = tmp_path / "mixed.csv"
    path.write_text(_csv_text(rows), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"mix two orders"):
        read_acled(path)


@pytest.mark.parametrize("delimiter, suffix", [(",", ".csv"), (";", ".csv"), ("\t", ".csv"), ("\t", ".tsv")])
def test_each_delimiter(tmp_path, delimiter, suffix):
    path = tmp_path / f"d{suffix}"
    path.write_text(_csv_text(_rows(SAMPLE), delimiter), encoding="utf-8")
    table = read_acled(path)
    assert len(table) == 9 and table.frame["acled_notes"].tolist() == [r["notes"] for r in _rows(SAMPLE)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_each_encoding_is_detected(tmp_path, encoding):
    rows = _rows(SAMPLE)
    rows[0]["notes"] = "Rockets hit near Hasakah (الحسكة). Nothing else reported."
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(_csv_text(rows, ";" if encoding == "cp1256" else ",").encode(encoding))
    table = read_acled(path)
    assert table.frame["notes"].iat[0] == rows[0]["notes"]


def test_encoding_and_delimiter_can_be_named(tmp_path):
    rows = _rows(SAMPLE)
    rows[0]["notes"] = "Café owner hurt"
    path = tmp_path / "latin.csv"
    path.write_bytes(_csv_text(rows, "|").encode("latin-1"))
    with pytest.raises(SchemaError, match=r"latin\.csv.*--encoding"):
        read_acled(path)
    table = read_acled(path, encoding="latin-1", delimiter="|")
    assert table.frame["notes"].iat[0] == "Café owner hurt"


def test_a_title_line_and_an_hxl_row_before_the_events_are_skipped(tmp_path):
    text = _csv_text(_rows(SAMPLE)).split("\r\n", 1)
    hxl = ",".join("#" + c for c in text[0].split(",")) + "\r\n"
    path = tmp_path / "sample.csv"
    path.write_text("(Sample) ACLED data export, Middle East\r\n" + text[0] + "\r\n" + hxl + text[1], encoding="utf-8")
    table = read_acled(path)
    assert len(table) == 9 and table.frame["incident_id"].iat[0] == "IRQ31001"


def test_the_acled_api_json_is_read_like_the_csv(tmp_path):
    rows = _rows(SAMPLE)
    for row in rows:  # the API gives numbers as numbers
        row["latitude"], row["fatalities"] = float(row["latitude"]), int(row["fatalities"])
    path = tmp_path / "api.json"
    path.write_text(json.dumps({"status": 200, "success": True, "count": len(rows), "data": rows}), encoding="utf-8")
    from_json, from_csv = read_acled(path), read_acled(SAMPLE)
    columns = ["incident_id", "date", "event_type", "target_lat", "target_lon", "fatalities", "notes", "sources"]
    pd.testing.assert_frame_equal(from_json.frame[columns], from_csv.frame[columns])
    with pytest.raises(SchemaError, match=r"api2\.json.*column 'data'.*ACLED API"):
        bad = tmp_path / "api2.json"
        bad.write_text('{"data": "nothing"}', encoding="utf-8")
        read_acled(bad)


def test_a_real_shaped_export_survives_a_second_round_trip(tmp_path):
    first, second = tmp_path / "1.csv", tmp_path / "2.csv"
    write_acled_csv(read_acled(EXCEL_2020), first)
    write_acled_csv(read_acled(first), second)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("suffix", [".csv", ".geojson"])
def test_acled_columns_survive_our_own_formats(tmp_path, suffix):
    from geoincidents.io.load import load_incidents

    ours = tmp_path / f"ours{suffix}"
    read_acled(EXCEL_2020).export(ours)
    back = tmp_path / "back.csv"
    write_acled_csv(load_incidents(ours), back)
    before = pd.read_csv(EXCEL_2020, dtype=str, keep_default_na=False)
    after = pd.read_csv(back, dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(before, after[before.columns])


def test_a_directory_given_as_an_acled_export_is_refused_with_the_fix(tmp_path, capsys):
    """`export DIR --acled` on a folder extract wrote: one line saying what --acled reads, no OS error."""
    from geoincidents.cli import main

    (tmp_path / "drafts").mkdir()
    with pytest.raises(SchemaError) as err:
        read_acled(tmp_path / "drafts")
    assert "one ACLED export file" in str(err.value) and "without --acled" in str(err.value)
    assert main(["export", str(tmp_path / "drafts"), "--acled", "-o", str(tmp_path / "x.geojson")]) == 1
    said = capsys.readouterr().err
    assert "without --acled" in said and "Errno" not in said
    assert not (tmp_path / "x.geojson").exists()
