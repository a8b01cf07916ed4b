"""Reading back the binary files people have: our GeoPackage and GeoParquet, Excel workbooks."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from geoincidents.errors import SchemaError
from geoincidents.io.acled import read_acled
from geoincidents.io.load import load_incidents

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EXCEL_2020 = Path(__file__).parent / "fixtures" / "acled_2020_excel.csv"
COLUMNS = ["incident_id", "date", "date_precision", "event_type", "actor", "target_actor", "launch_place",
           "launch_lat", "launch_lon", "target_place", "target_lat", "target_lon", "status", "fatalities",
           "cross_border", "category"]


@pytest.mark.parametrize("suffix", [".gpkg", ".parquet"])
def test_our_own_gis_exports_load_back(seed_table, tmp_path, suffix):
    path = tmp_path / f"seed{suffix}"
    seed_table.export(path)
    back = load_incidents(path, sources=SEEDS / "sources.csv")
    ours = seed_table.frame.set_index("incident_id")
    again = back.frame.set_index("incident_id")
    # every incident comes back, the Babil explosion (its only end a province: no point, no line)
    # included: a GeoPackage keeps it in the attribute table 'unplaced'
    expected = set(ours.index)
    assert set(again.index) == expected and len(again) == len(ours) == 13
    columns = [c for c in COLUMNS[1:] if c in again]
    pd.testing.assert_frame_equal(again.loc[sorted(expected), columns], ours.loc[sorted(expected), columns],
                                  check_dtype=False)
    assert len(back.claims) == len(seed_table.claims[seed_table.claims["incident_id"].isin(expected)])


def test_an_excel_workbook_loads_like_its_csv(seed_table, tmp_path):
    path = tmp_path / "seed.xlsx"
    pd.read_csv(SEEDS / "incidents.csv", dtype=str, keep_default_na=False).to_excel(path, index=False)
    back = load_incidents(path, sources=SEEDS / "sources.csv", claims=SEEDS / "claims.csv")
    pd.testing.assert_frame_equal(back.frame[COLUMNS], seed_table.frame[COLUMNS])


def test_excel_dates_as_dates_are_read(seed_table, tmp_path):
    frame = pd.read_csv(SEEDS / "incidents.csv", dtype=str, keep_default_na=False)
    frame["date"] = pd.to_datetime(frame["date"], format="ISO8601")  # Excel keeps dates as dates
    path = tmp_path / "dates.xlsx"
    frame.to_excel(path, index=False)
    back = load_incidents(path, sources=SEEDS / "sources.csv")
    assert back.frame["date"].tolist() == seed_table.frame["date"].tolist()


def test_an_acled_workbook_is_read(tmp_path):
    frame = pd.read_csv(EXCEL_2020, dtype=str, keep_default_na=False)
    frame["event_date"] = pd.to_datetime(frame["event_date"], format="%d-%b-%y")
    path = tmp_path / "acled.xlsx"
    frame.to_excel(path, index=False)
    table = read_acled(path)
    assert len(table) == 10 and table.frame["date"].iat[0] == pd.Timestamp("2020-05-09")


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"fake\.xlsx.*an Excel \.xlsx workbook"):
        load_incidents(path)


def test_a_geopackage_keeps_incidents_without_a_point_in_an_attribute_table(seed_table, tmp_path):
    import pyogrio

    path = tmp_path / "seed.gpkg"
    seed_table.export(path)
    layers = dict(pyogrio.list_layers(path))
    assert layers["unplaced"] is None  # an attribute table: no geometry column for QGIS to misdraw
    unplaced = pyogrio.read_dataframe(path, layer="unplaced", read_geometry=False)
    frame = seed_table.frame
    no_point = frame[frame["launch_lat"].isna() & frame["target_lat"].isna()
                     & ~frame.geometry.geom_type.isin(["LineString"])]["incident_id"]
    assert sorted(unplaced["incident_id"]) == sorted(no_point) and len(unplaced) >= 1


@pytest.mark.parametrize("suffix", [".gpkg", ".parquet"])
def test_the_sources_table_travels_in_our_gis_files(seed_table, tmp_path, suffix, caplog):
    path = tmp_path / f"t{suffix}"
    seed_table.export(path)
    with caplog.at_level("WARNING"):
        back = load_incidents(path)
    assert "no sources table" not in caplog.text
    want = seed_table.sources.sort_values("source_id").reset_index(drop=True).astype(object)
    got = back.sources.sort_values("source_id").reset_index(drop=True)[list(want.columns)].astype(object)
    pd.testing.assert_frame_equal(got.where(got.notna(), None), want.where(want.notna(), None))
    # The source ids are checked against it again (every one is known, so no problem).
    assert len(back.problems) == 0


def test_a_broken_sources_entry_in_parquet_metadata_is_refused_by_name(seed_table, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "t.parquet"
    seed_table.export(path)
    arrow = pq.read_table(path)
    meta = {**arrow.schema.metadata, b"geoincidents:sources": b'{"source_id": "x"}'}
    pq.write_table(arrow.replace_schema_metadata(meta), path)
    with pytest.raises(SchemaError, match="geoincidents:sources") as info:
        load_incidents(path)
    assert "t.parquet" in str(info.value)
