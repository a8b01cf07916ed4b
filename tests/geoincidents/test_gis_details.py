"""What QGIS, GDAL and Arrow readers see in our GeoPackage and GeoParquet."""
from __future__ import annotations

import json
import sqlite3
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq
import pyogrio
import pytest

from geoincidents.io.export import write_gpkg, write_parquet
from geoincidents.io.gpkgfile import style_qml


@pytest.fixture(scope="module")
def gpkg(seed_table, tmp_path_factory):
    path = tmp_path_factory.mktemp("gpkg") / "seed.gpkg"
    write_gpkg(seed_table, path)
    return path


def test_dates_are_date_fields(gpkg):
    info = pyogrio.read_info(gpkg, layer="targets")
    assert dict(zip(info["fields"], info["dtypes"]))["date"] == "datetime64[D]"
    with sqlite3.connect(gpkg) as db:
        create = db.execute("select sql from sqlite_master where name = 'targets'").fetchone()[0]
        stored = db.execute('select "date" from targets order by "date" limit 1').fetchone()[0]
    assert '"date" DATE' in create and stored == "2024-01-01"  # the earliest target, a month date


def test_the_geopackage_version_is_1_2_and_the_file_is_sound(gpkg):
    with sqlite3.connect(gpkg) as db:
        assert db.execute("pragma application_id").fetchone()[0] == 0x47504B47  # "GPKG"
        assert db.execute("pragma user_version").fetchone()[0] == 10200
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
        contents = dict(db.execute("select table_name, data_type from gpkg_contents").fetchall())
    assert contents == {"launches": "features", "targets": "features", "trajectories": "features",
                        "layer_styles": "attributes", "unplaced": "attributes", "sources": "attributes"}


def test_each_layer_has_a_default_qgis_style_in_the_map_colours(gpkg):
    with sqlite3.connect(gpkg) as db:
        rows = db.execute("select f_table_name, f_geometry_column, useAsDefault, styleQML from layer_styles").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [(n, "geom", 1) for n in ("launches", "targets", "trajectories")]
    qml = {name: ET.fromstring(text.split(">", 1)[1]) for name, _, _, text in rows}  # after the DOCTYPE
    renderer = qml["targets"].find("renderer-v2")
    assert renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "category"
    values = {c.get("value"): c.get("symbol") for c in renderer.iter("category")}
    assert "cross_border_fire" in values and "strike" in values
    colour = next(s for s in renderer.iter("symbol") if s.get("name") == values["cross_border_fire"])
    assert colour.find(".//Option[@name='color']").get("value") == "214,39,40,255"  # #d62728, as on the map
    assert qml["trajectories"].find(".//symbol").get("type") == "line"
    assert qml["launches"].find(".//Option[@name='name']").get("value") == "triangle"
    with pytest.raises(KeyError):
        style_qml("rivers")


def test_geoparquet_has_a_bbox_covering_and_date32_dates(seed_table, tmp_path):
    path = tmp_path / "seed.parquet"
    write_parquet(seed_table, path)
    schema = pq.read_schema(path)
    assert str(schema.field("date").type) == "date32[day]"
    geo = json.loads(schema.metadata[b"geo"])
    assert geo["version"].startswith("1.1") and geo["columns"]["geometry"]["covering"]["bbox"]["xmin"] == ["bbox", "xmin"]
    table = pq.read_table(path).to_pandas()
    first = table.set_index("incident_id").loc["2024-04-21-zummar-rockets-on-rumalyn"]
    assert first["bbox"]["xmin"] <= first["bbox"]["xmax"] and first["date"].isoformat() == "2024-04-21"


def test_a_utc_timestamp_keeps_its_time_and_zone(seed_table, tmp_path):
    import pandas as pd

    from geoincidents.table import IncidentTable

    frame = seed_table.frame.copy()
    frame["timestamp"] = pd.Series([pd.NaT] * len(frame), dtype="datetime64[ns, UTC]")
    frame.loc[0, "timestamp"] = pd.Timestamp("2024-01-20T19:15:00Z")
    path = tmp_path / "ts.gpkg"
    write_gpkg(IncidentTable(frame, claims=seed_table.claims, sources=seed_table.sources), path, what="targets")
    with sqlite3.connect(path) as db:
        stored = db.execute('select "timestamp" from targets where incident_id = ?', (frame.loc[0, "incident_id"],)).fetchone()[0]
    assert stored.startswith("2024-01-20T19:15:00") and stored.endswith("Z")  # GDAL's UTC marker
