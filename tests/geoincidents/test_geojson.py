"""The RFC 7946 writer and the reader of our own GeoJSON (geoincidents.io.geojson)."""
from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoincidents.errors import ExportError, SchemaError, ValidationError
from geoincidents.io import geojson as gj
from geoincidents.io.geojson import WHATS, read_geojson, write_geojson

ZUMMAR = "2024-04-21-zummar-rockets-on-rumalyn"

# --- a structural validator written from RFC 7946 -------------------------------------

_GEOMETRY_TYPES = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"}


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (RFC 8259 has no NaN/Infinity)")


def parse_strict(text: str) -> Any:
    """json.loads that refuses NaN / Infinity, which Python's json accepts by default."""
    return json.loads(text, parse_constant=_reject_constant)


def _position(pos: Any, where: str) -> None:
    # §3.1.1: an array of two or more numbers, longitude first, then latitude (WGS84, §4).
    assert isinstance(pos, list) and len(pos) in (2, 3), f"{where}: position {pos!r} is not [lon, lat]"
    assert all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in pos), f"{where}: {pos!r}"
    assert all(math.isfinite(v) for v in pos), f"{where}: {pos!r}"
    assert -180 <= pos[0] <= 180 and -90 <= pos[1] <= 90, f"{where}: {pos!r} outside lon ±180 / lat ±90"


def validate_geometry(geom: Any, where: str) -> None:
    if geom is None:
        return
    assert isinstance(geom, dict) and geom.get("type") in _GEOMETRY_TYPES, f"{where}: {geom!r}"
    assert "crs" not in geom
    kind, coords = geom["type"], geom.get("coordinates")
    if kind == "Point":
        _position(coords, where)
    elif kind == "MultiPoint":
        for p in coords:
            _position(p, where)
    elif kind == "LineString":
        assert isinstance(coords, list) and len(coords) >= 2, f"{where}: LineString needs ≥ 2 positions (§3.1.4)"
        for p in coords:
            _position(p, where)
    elif kind == "MultiLineString":
        for line in coords:
            assert len(line) >= 2
            for p in line:
                _position(p, where)
    elif kind in ("Polygon", "MultiPolygon"):
        polygons = [coords] if kind == "Polygon" else coords
        for rings in polygons:
            for ring in rings:
                assert len(ring) >= 4 and ring[0] == ring[-1], f"{where}: ring not closed (§3.1.6)"
                for p in ring:
                    _position(p, where)
    else:
        for g in geom["geometries"]:
            validate_geometry(g, where)


def validate_rfc7946(doc: Any) -> None:
    """Every rule of RFC 7946 that a FeatureCollection of ours can break."""
    assert isinstance(doc, dict) and doc.get("type") == "FeatureCollection"
    assert "crs" not in doc, "RFC 7946 §4: no crs member"
    assert isinstance(doc.get("features"), list)
    for i, feature in enumerate(doc["features"]):
        where = f"feature {i}"
        assert isinstance(feature, dict) and feature.get("type") == "Feature", where
        assert "geometry" in feature and "properties" in feature, f"{where}: §3.2 needs both members"
        assert "crs" not in feature
        if "id" in feature:
            assert isinstance(feature["id"], (str, int, float)) and not isinstance(feature["id"], bool)
        assert feature["properties"] is None or isinstance(feature["properties"], dict)
        validate_geometry(feature["geometry"], where)


def coordinates(doc: dict[str, Any]) -> list[float]:
    out: list[float] = []

    def walk(c: Any) -> None:
        if isinstance(c, list) and c and isinstance(c[0], (int, float)):
            out.extend(c)
        elif isinstance(c, list):
            for x in c:
                walk(x)

    for f in doc["features"]:
        if f["geometry"]:
            walk(f["geometry"]["coordinates"])
    return out


# --- writing the seed table -------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_doc(seed_table) -> dict[str, Any]:
    return parse_strict(write_geojson(seed_table))


def test_seed_export_is_valid_rfc7946(seed_doc, seed_table):
    validate_rfc7946(seed_doc)
    assert len(seed_doc["features"]) == len(seed_table)
    assert [f["id"] for f in seed_doc["features"]] == seed_table.frame["incident_id"].tolist()


def test_geometry_is_trajectory_point_or_null_by_what_is_known(seed_doc, seed_table):
    frame = seed_table.frame
    launch = frame["launch_lat"].notna().to_numpy()
    target = frame["target_lat"].notna().to_numpy()
    # An area end is known too (its trajectory starts at the area's nearest point), but is never a Point.
    launch_area, target_area = frame["launch_is_area"].to_numpy(), frame["target_is_area"].to_numpy()
    kinds = [None if f["geometry"] is None else f["geometry"]["type"] for f in seed_doc["features"]]
    expected = ["LineString" if (a or la) and (b or ta) else "Point" if (a or b) else None
                for a, b, la, ta in zip(launch, target, launch_area, target_area)]
    assert kinds == expected
    zummar = next(f for f in seed_doc["features"] if f["id"] == ZUMMAR)
    line = zummar["geometry"]["coordinates"]
    row = frame.set_index("incident_id").loc[ZUMMAR]
    assert line[0] == [round(row["launch_lon"], 6), round(row["launch_lat"], 6)]  # lon first
    assert line[-1] == [round(row["target_lon"], 6), round(row["target_lat"], 6)]


def test_coordinates_are_rounded_to_6_decimals(seed_doc):
    values = coordinates(seed_doc)
    assert values and all(round(v, 6) == v for v in values)
    assert any(v != round(v, 4) for v in values)  # but not coarser than asked


def test_properties_hold_every_column_dates_counts_and_nulls(seed_doc, seed_table):
    props = next(f for f in seed_doc["features"] if f["id"] == ZUMMAR)["properties"]
    columns = [c for c in seed_table.frame.columns if c != "geometry"]
    assert list(props) == columns + ["claims"]
    row = seed_table.frame.set_index("incident_id").loc[ZUMMAR]
    assert props["date"] == "2024-04-21"
    assert props["launch_country"] == "IQ" and props["target_country"] == "SY"
    assert props["cross_border"] is True
    assert props["range_km"] == pytest.approx(row["range_km"]) and props["range_km"] > 20
    assert props["launch_lat"] == row["launch_lat"]  # properties keep full precision
    nulls = [k for k, v in props.items() if v is None]
    assert nulls and all(pd.isna(row[k]) for k in nulls)
    counts = [p["properties"]["injured"] for p in seed_doc["features"] if p["properties"]["injured"] is not None]
    assert counts and all(type(v) is int for v in counts)


def test_claims_and_sources_travel_with_the_features(seed_doc, seed_table):
    for f in seed_doc["features"]:
        mine = seed_table.claims[seed_table.claims["incident_id"] == f["id"]]
        assert [c["assertion"] for c in f["properties"]["claims"]] == mine["assertion"].tolist()
        assert all(set(c) == {"source_id", "status", "assertion"} for c in f["properties"]["claims"])
    assert [s["source_id"] for s in seed_doc["sources"]] == seed_table.sources["source_id"].tolist()
    assert seed_doc["geoincidents"]["what"] == "incidents"


@pytest.mark.parametrize("what", ["launches", "targets"])
def test_launches_and_targets_are_one_point_per_known_end(seed_table, what):
    role = "launch" if what == "launches" else "target"
    doc = parse_strict(write_geojson(seed_table, what=what))
    validate_rfc7946(doc)
    frame = seed_table.frame
    known = frame[frame[f"{role}_lat"].notna()]
    assert [f["id"] for f in doc["features"]] == known["incident_id"].tolist()
    assert {f["geometry"]["type"] for f in doc["features"]} == {"Point"}
    first = doc["features"][0]["geometry"]["coordinates"]
    assert first == [round(known[f"{role}_lon"].iat[0], 6), round(known[f"{role}_lat"].iat[0], 6)]


def test_trajectories_are_linestrings_only(seed_table):
    doc = parse_strict(write_geojson(seed_table, what="trajectories"))
    validate_rfc7946(doc)
    f = seed_table.frame
    both = (f["launch_lat"].notna() | f["launch_is_area"]) & (f["target_lat"].notna() | f["target_is_area"])
    assert len(doc["features"]) == int(both.sum()) >= 2
    assert {f["geometry"]["type"] for f in doc["features"]} == {"LineString"}


@pytest.mark.parametrize("what", WHATS)
def test_pyogrio_reads_every_export(seed_table, tmp_path, what):
    path = tmp_path / f"{what}.geojson"
    assert write_geojson(seed_table, path, what=what) is None
    back = pyogrio.read_dataframe(path)
    doc = parse_strict(path.read_text(encoding="utf-8"))
    assert len(back) == len(doc["features"])
    assert back.crs.to_epsg() == 4326
    assert back["incident_id"].tolist() == [f["id"] for f in doc["features"]]


def test_empty_selection_is_an_empty_feature_collection(seed_table):
    none = seed_table.frame.iloc[:0]
    doc = parse_strict(write_geojson(none))
    validate_rfc7946(doc)
    assert doc["features"] == []


# --- reading back --------------------------------------------------------------------------


def test_loading_the_export_gives_back_the_same_table(seed_table, tmp_path):
    from geoincidents.io.load import load_incidents

    path = tmp_path / "seed.geojson"
    write_geojson(seed_table, path)
    again = load_incidents(path)
    a, b = seed_table.frame, again.frame
    pd.testing.assert_frame_equal(a.drop(columns="geometry"), b.drop(columns="geometry"))
    assert (a.geometry.geom_equals_exact(b.geometry, tolerance=1e-9) | (a.geometry.isna() & b.geometry.isna().to_numpy())).all()  # None: no known place
    key = ["incident_id", "source_id", "assertion"]
    pd.testing.assert_frame_equal(
        seed_table.claims.sort_values(key).reset_index(drop=True), again.claims.sort_values(key).reset_index(drop=True)
    )
    pd.testing.assert_frame_equal(seed_table.sources, again.sources)


def test_read_geojson_returns_incidents_claims_and_sources(seed_table, tmp_path):
    path = tmp_path / "seed.geojson"
    write_geojson(seed_table, path)
    incidents, claims, sources = read_geojson(path)
    assert incidents["incident_id"].tolist() == seed_table.frame["incident_id"].tolist()
    assert "claims" not in incidents.columns
    assert str(incidents["injured"].dtype) == "Int64"
    assert len(claims) == len(seed_table.claims) and list(claims.columns[:4]) == ["incident_id", "source_id", "status", "assertion"]
    assert sources["source_id"].tolist() == seed_table.sources["source_id"].tolist()


def test_foreign_geojson_is_refused_naming_what_is_missing(tmp_path):
    path = tmp_path / "bases.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [42.44, 33.79]}, "properties": {"name": "Ain al-Asad"}},
    ]}), encoding="utf-8")
    with pytest.raises(SchemaError, match=r"bases\.geojson.*incident_id.*written by geoincidents.*\['name'\]"):
        read_geojson(path)


def test_features_without_incident_id_are_each_reported(tmp_path):
    path = tmp_path / "mixed.geojson"
    feats = [{"type": "Feature", "geometry": None, "properties": {"incident_id": "a"}},
             {"type": "Feature", "geometry": None, "properties": {"note": "x"}},
             {"type": "Feature", "geometry": None, "properties": None}]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"(?s)2 problem.*feature 2, column 'incident_id'.*feature 3") as info:
        read_geojson(path)
    assert [p.row for p in info.value.problems] == [2, 3]


@pytest.mark.parametrize("text, match", [
    ('{"type": "Feature", "geometry": null, "properties": {}}', r"value 'Feature'.*FeatureCollection"),
    ("[1, 2", r"valid JSON"),
])
def test_not_a_feature_collection(tmp_path, text, match):
    path = tmp_path / "x.geojson"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaError, match=match):
        read_geojson(path)


# --- errors and atomic writes -----------------------------------------------------------------


def test_unknown_what_lists_the_choices(seed_table):
    with pytest.raises(ExportError, match=r"what='arcs'.*incidents, launches, targets, trajectories"):
        write_geojson(seed_table, what="arcs")


def test_coordinates_outside_wgs84_are_refused(seed_table):
    frame = seed_table.frame.copy()
    frame.loc[0, "geometry"] = shapely.Point(342.4, 33.8)
    first = frame["incident_id"].iat[0]
    with pytest.raises(ExportError, match=rf"incident '{first}': coordinate \(lon=342\.4, lat=33\.8\).*±180.*swapped"):
        write_geojson(frame)


def test_a_failure_midway_leaves_the_existing_file_untouched(seed_table, tmp_path, monkeypatch):
    path = tmp_path / "out.geojson"
    path.write_text("previous export", encoding="utf-8")
    real = gj._chunks

    def broken(tokens, n):
        chunks = real(tokens, n)
        yield next(chunks)
        raise OSError("disk full")

    monkeypatch.setattr(gj, "_CHUNK_ROWS", 2)
    monkeypatch.setattr(gj, "_chunks", broken)
    with pytest.raises(ExportError, match=r"out\.geojson.*disk full"):
        write_geojson(seed_table, path)
    assert path.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.geojson"]


def test_chunked_output_equals_single_chunk(seed_table, monkeypatch):
    whole = write_geojson(seed_table)
    monkeypatch.setattr(gj, "_CHUNK_ROWS", 3)
    assert write_geojson(seed_table) == whole


def test_the_frame_is_not_modified(seed_table):
    before = seed_table.frame.geometry.copy()
    write_geojson(seed_table)
    assert (seed_table.frame.geometry.geom_equals_exact(before, tolerance=0) | (seed_table.frame.geometry.isna() & before.isna().to_numpy())).all()  # None: no known place


def test_column_formatting_of_awkward_dtypes():
    frame = pd.DataFrame({
        "incident_id": ["a", "b", "c"],
        "flag": pd.array([True, None, False], dtype="boolean"),
        "n": pd.array([1, None, 3], dtype="Int64"),
        "fatalities": [2.0, np.nan, 0.0],  # a count held as float is still written as an int
        "x": [0.1, np.inf, -2.5e-7],
        "when": pd.to_datetime(["2024-04-21", None, "2024-04-21 13:05"], format="ISO8601"),
        "tags": [["a", "b"], None, {"k": 1}],
        "cat": pd.Categorical(["x", None, "x"]),
    })
    import geopandas as gpd

    doc = parse_strict(write_geojson(gpd.GeoDataFrame(frame, geometry=[None] * 3, crs=4326)))
    props = [f["properties"] for f in doc["features"]]
    assert [p["flag"] for p in props] == [True, None, False]
    assert [p["n"] for p in props] == [1, None, 3]
    assert [p["fatalities"] for p in props] == [2, None, 0] and type(props[0]["fatalities"]) is int
    assert [p["x"] for p in props] == [0.1, None, -2.5e-7]
    assert [p["when"] for p in props] == ["2024-04-21", None, "2024-04-21T13:05:00"]
    assert [p["tags"] for p in props] == [["a", "b"], None, {"k": 1}]
    assert [p["cat"] for p in props] == ["x", None, "x"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(min_size=0, max_size=30), min_size=1, max_size=5))
def test_any_text_round_trips_through_geojson(texts, tmp_path):
    import geopandas as gpd

    frame = gpd.GeoDataFrame(
        {"incident_id": [f"i{k}" for k in range(len(texts))], "notes": texts},
        geometry=shapely.points(np.full(len(texts), 42.1), np.full(len(texts), 36.6)), crs=4326,
    )
    path = tmp_path / "h.geojson"
    write_geojson(frame, path)
    doc = parse_strict(path.read_text(encoding="utf-8"))
    validate_rfc7946(doc)
    incidents, claims, sources = read_geojson(path)
    assert incidents["notes"].tolist() == texts
    assert claims is not None and len(claims) == 0 and sources is None


def test_an_already_parsed_document_is_not_read_again(seed_table, tmp_path):
    path = tmp_path / "seed.geojson"
    write_geojson(seed_table, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    path.unlink()  # proves the file is not opened
    incidents, claims, sources = read_geojson(path, document=doc)
    assert incidents["incident_id"].tolist() == seed_table.frame["incident_id"].tolist()
    assert len(claims) == len(seed_table.claims) and len(sources) == len(seed_table.sources)


def test_columns_of_distinct_values_take_the_no_hash_path_and_still_round_trip(tmp_path):
    import geopandas as gpd

    n = 5000  # above the size where distinct-looking text columns skip factorising
    notes = [f"note {k}: al-Qa'im \"{k}\" \\ <b>\u200f{k}</b>\n" for k in range(n)]
    notes[10] = None
    notes[4990] = notes[4991]  # a repeat after the probe is still written correctly
    mixed = [f"t{k}" for k in range(n)]
    mixed[3000] = 7  # not all strings: the general path
    frame = gpd.GeoDataFrame({"incident_id": [f"id-{k}" for k in range(n)], "notes": notes, "mixed": mixed},
                             geometry=[None] * n, crs=4326)
    path = tmp_path / "many.geojson"
    write_geojson(frame, path)
    doc = parse_strict(path.read_text(encoding="utf-8"))
    validate_rfc7946(doc)
    assert [f["properties"]["notes"] for f in doc["features"]] == notes
    assert [f["properties"]["mixed"] for f in doc["features"]] == mixed
    assert [f["id"] for f in doc["features"]] == frame["incident_id"].tolist()
