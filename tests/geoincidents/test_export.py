"""GeoPackage, CSV and GeoParquet exports, suffix dispatch, atomic writes and hostile text (geoincidents.io.export)."""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, Callable

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.raw
import pytest

from geoincidents.errors import ExportError
from geoincidents.io.export import FORMATS, GPKG_LAYERS, SUFFIXES, export, write_csv, write_gpkg, write_parquet
from geoincidents.io.geojson import WHATS, read_geojson

# Everything a report can contain. NUL is kept out of this list on purpose: GDAL
# cannot store it in a GeoPackage, so write_gpkg refuses it (tested below) and
# the other formats keep it (also tested below).
HOSTILE = [
    "al-Qa'im and \"quoted\" words",
    "back\\slash, \\n is not a newline, C:\\path\\",
    "<script>alert('x')</script> & <b>bold</b>",
    "line one\nline two\r\nline three",
    "\u200fعين الأسد\u200e at Ain al-Asad, \u202bRTL embed\u202c",
    "emoji 🚀💥 and 𝕏 outside the BMP",
    "comma, semicolon; tab\tand pipe |",
    "  leading and trailing spaces  ",
    "NA",
    "null",
    "=cmd|' /C calc'!A0",
]
TEXT_COLUMNS = ("actor", "target_actor", "munitions", "outcome", "notes")


def _hostile_rows() -> pd.DataFrame:
    rows = []
    for k, text in enumerate(HOSTILE):
        rows.append({
            "incident_id": f"hostile-{k}", "date": "2024-04-21", "event_type": "rocket_attack",
            "actor": text, "target_actor": text[::-1], "munitions": text.upper(), "outcome": text + "!",
            "notes": text, "launch_place": "Zummar" if k % 2 else None, "target_place": "Rumalyn base",
            "sources": "s-1", "fatalities": k, "status": "reported",
        })
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def hostile_table():
    from geoincidents.io.load import load_incidents

    sources = pd.DataFrame({"source_id": ["s-1"], "outlet": [HOSTILE[0]], "published": ["2024-04-22"],
                            "title": [HOSTILE[3]], "file": ["x.txt"]})
    claims = pd.DataFrame({"incident_id": [f"hostile-{k}" for k in range(len(HOSTILE))], "source_id": "s-1",
                           "status": "claimed", "assertion": HOSTILE})
    return load_incidents(_hostile_rows(), sources=sources, claims=claims)


def _read_geojson(path: Path) -> pd.DataFrame:
    return read_geojson(path)[0]


def _read_gpkg(path: Path) -> pd.DataFrame:
    return pyogrio.read_dataframe(path, layer="targets")


def _read_csv(path: Path) -> pd.DataFrame:
    from geoincidents.io.csvcells import strip_neutralised

    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8").astype(object)
    # A formula-like cell is written with a leading apostrophe (for spreadsheets); our readers remove it.
    frame = frame.apply(strip_neutralised)
    return frame.where(frame != "", None)


def _read_parquet(path: Path) -> pd.DataFrame:
    return gpd.read_parquet(path)


READERS: dict[str, Callable[[Path], pd.DataFrame]] = {
    ".geojson": _read_geojson, ".gpkg": _read_gpkg, ".csv": _read_csv, ".parquet": _read_parquet,
}


@pytest.fixture(params=sorted(READERS))
def ext(request) -> str:
    """One canonical dataset, every format (the pyogrio conftest way)."""
    return request.param


def test_hostile_text_round_trips_byte_for_byte(hostile_table, tmp_path, ext):
    path = tmp_path / f"hostile{ext}"
    export(hostile_table, path)
    back = READERS[ext](path).set_index("incident_id")
    ids = hostile_table.frame["incident_id"]
    for column in TEXT_COLUMNS:
        want = hostile_table.frame[column].tolist()
        got = back.loc[ids, column].tolist()
        assert [g.encode("utf-8") for g in got] == [w.encode("utf-8") for w in want], column
    if ext == ".geojson":
        assertions = read_geojson(path)[1]["assertion"].tolist()
    else:
        assertions = [json.loads(c)[0]["assertion"] for c in back.loc[ids, "claims"]]
    assert [a.encode("utf-8") for a in assertions] == [h.encode("utf-8") for h in HOSTILE]


def test_counts_and_coordinates_survive_every_format(hostile_table, tmp_path, ext):
    path = tmp_path / f"t{ext}"
    export(hostile_table, path)
    back = READERS[ext](path).set_index("incident_id")
    frame = hostile_table.frame.set_index("incident_id")
    assert [int(v) for v in back.loc[frame.index, "fatalities"]] == frame["fatalities"].astype(int).tolist()
    assert np.allclose(back.loc[frame.index, "target_lat"].astype(float), frame["target_lat"], rtol=0, atol=1e-12)


@pytest.mark.parametrize("text", ["nul\x00inside"])
@pytest.mark.parametrize("suffix", [".geojson", ".csv", ".parquet"])
def test_nul_is_kept_where_the_format_can_hold_it(hostile_table, tmp_path, suffix, text):
    frame = hostile_table.frame.copy()
    frame.loc[0, "notes"] = text
    path = tmp_path / f"nul{suffix}"
    export(frame, path)
    back = READERS[suffix](path).set_index("incident_id")
    assert back.loc[frame["incident_id"].iat[0], "notes"] == text


def test_nul_is_refused_by_the_geopackage_naming_column_and_row(hostile_table, tmp_path):
    frame = hostile_table.frame.copy()
    frame.loc[2, "notes"] = "nul\x00inside"
    path = tmp_path / "nul.gpkg"
    with pytest.raises(ExportError, match=r"column 'notes', row 3 \(incident 'hostile-2'\).*NUL.*\.geojson"):
        write_gpkg(frame, path)
    assert not path.exists()


# --- GeoPackage ----------------------------------------------------------------------


def test_geopackage_has_three_layers_with_counts_and_attributes(seed_table, tmp_path):
    path = tmp_path / "seed.gpkg"
    write_gpkg(seed_table, path)
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    # the QGIS styles table and the incidents no geometry layer holds are attribute tables
    assert layers == {**GPKG_LAYERS, "layer_styles": None, "unplaced": None, "sources": None}
    frame = seed_table.frame
    # A trajectory joins two known ends; an area end (Iran -> Israel) starts it at the area's nearest point.
    both = (frame["launch_lat"].notna() | frame["launch_is_area"]) & (frame["target_lat"].notna() | frame["target_is_area"])
    assert (frame.loc[both, "launch_is_area"] & frame.loc[both, "target_is_area"]).any()
    expected = {"launches": frame["launch_lat"].notna(), "targets": frame["target_lat"].notna(), "trajectories": both}
    for layer, mask in expected.items():
        back = pyogrio.read_dataframe(path, layer=layer)
        assert back["incident_id"].tolist() == frame.loc[mask, "incident_id"].tolist(), layer
        assert back.crs.to_epsg() == 4326
        info = pyogrio.read_info(path, layer=layer)
        assert info["geometry_type"] == GPKG_LAYERS[layer]
    launches = pyogrio.read_dataframe(path, layer="launches").set_index("incident_id")
    zummar = launches.loc["2024-04-21-zummar-rockets-on-rumalyn"]
    assert zummar["launch_country"] == "IQ" and zummar["target_country"] == "SY"
    assert zummar.geometry.x == pytest.approx(zummar["launch_lon"]) and zummar.geometry.y == pytest.approx(zummar["launch_lat"])
    claims = json.loads(zummar["claims"])
    assert claims and {"source_id", "status", "assertion"} <= set(claims[0])
    targets = pyogrio.read_dataframe(path, layer="targets")
    assert str(targets["date"].dtype).startswith("datetime64")


def test_geopackage_single_layer_and_empty_layer(seed_table, tmp_path):
    path = tmp_path / "traj.gpkg"
    write_gpkg(seed_table, path, what="trajectories")
    assert [n for n, _ in pyogrio.list_layers(path)] == ["trajectories", "layer_styles"]
    nothing = seed_table.frame[seed_table.frame["launch_lat"].isna()]
    empty = tmp_path / "empty.gpkg"
    write_gpkg(nothing, empty)
    assert {n: k for n, k in pyogrio.list_layers(empty)} == {**GPKG_LAYERS, "layer_styles": None, "unplaced": None}
    assert len(pyogrio.read_dataframe(empty, layer="launches")) == 0


# --- CSV -----------------------------------------------------------------------------


def test_csv_is_rfc4180_with_kepler_arc_columns_first(hostile_table, tmp_path):
    path = tmp_path / "arcs.csv"
    write_csv(hostile_table, path)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no byte-order mark
    header = raw.split(b"\r\n", 1)[0].decode()
    assert header.split(",")[:5] == ["incident_id", "launch_lat", "launch_lon", "target_lat", "target_lon"]
    assert header.endswith(",claims")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
    assert len(rows) == 1 + len(hostile_table)
    assert {len(r) for r in rows} == {len(rows[0])}
    records = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert records["hostile-1"]["date"] == "2024-04-21"
    assert records["hostile-1"]["cross_border"] == "true"  # Zummar (IQ) -> Rumalyn (SY)
    assert records["hostile-0"]["cross_border"] == ""  # unknown launch: unknown, not false
    assert b'"al-Qa\'im and ""quoted"" words"' in raw  # quotes doubled, field quoted
    odd = hostile_table.frame["launch_lat"].isna()
    assert [r[1] == "" for r in rows[1:]] == odd.tolist()  # an unknown end is an empty field


def test_csv_what_keeps_only_rows_with_that_geometry(seed_table, tmp_path):
    path = tmp_path / "launches.csv"
    write_csv(seed_table, path, what="launches")
    back = pd.read_csv(path, dtype=str)
    assert back["incident_id"].tolist() == seed_table.frame.loc[seed_table.frame["launch_lat"].notna(), "incident_id"].tolist()


# --- GeoParquet --------------------------------------------------------------------------


def test_geoparquet_has_geo_metadata_and_geometry(seed_table, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "seed.geoparquet"
    export(seed_table, path)
    meta = json.loads(pq.read_schema(path).metadata[b"geo"])
    assert meta["primary_column"] == "geometry"
    back = gpd.read_parquet(path)
    assert back.crs.to_epsg() == 4326
    assert (back.geometry.geom_equals_exact(seed_table.frame.geometry, tolerance=0) | (back.geometry.isna() & seed_table.frame.geometry.isna().to_numpy())).all()  # None: no known place
    assert back["incident_id"].tolist() == seed_table.frame["incident_id"].tolist()


def test_parquet_without_pyarrow_names_the_install_command(seed_table, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    with pytest.raises(ExportError, match=r"pyarrow.*pip install pyarrow.*geoincidents\[parquet\]"):
        write_parquet(seed_table, tmp_path / "x.parquet")
    assert not (tmp_path / "x.parquet").exists()


# --- dispatch and atomic writes ---------------------------------------------------------------


def test_unknown_suffix_lists_the_supported_ones(seed_table, tmp_path):
    with pytest.raises(ExportError, match=r"'\.kml' is not supported; use one of \.acled\.csv, \.geojson, \.json, \.gpkg, \.csv, \.parquet, \.geoparquet"):
        export(seed_table, tmp_path / "out.kml")


def test_suffix_is_case_insensitive_and_json_is_geojson(seed_table, tmp_path):
    path = export(seed_table, tmp_path / "OUT.GeoJSON")
    assert json.loads(path.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    other = export(seed_table, tmp_path / "out.json", what="targets")
    assert json.loads(other.read_text(encoding="utf-8"))["geoincidents"]["what"] == "targets"


def test_bad_what_is_refused_before_writing(seed_table, tmp_path):
    with pytest.raises(ExportError, match=r"what='arcs'.*incidents, launches, targets, trajectories"):
        export(seed_table, tmp_path / "x.csv", what="arcs")
    assert list(tmp_path.iterdir()) == []


def _fail_after_partial_write(real: Callable[..., Any], calls: list[int]) -> Callable[..., Any]:
    def broken(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        real(*args, **kwargs)  # the temporary file now exists, half of the job done
        raise OSError("disk full")
    return broken


@pytest.mark.parametrize("suffix, target, attr", [
    (".gpkg", pyogrio.raw, "write"),
    (".parquet", gpd.GeoDataFrame, "to_parquet"),
    (".csv", pd.DataFrame, "to_csv"),
])
def test_a_failure_midway_leaves_no_partial_file_and_the_old_one_intact(seed_table, tmp_path, monkeypatch, suffix, target, attr):
    path = tmp_path / f"out{suffix}"
    path.write_bytes(b"previous export")
    calls: list[int] = []
    monkeypatch.setattr(target, attr, _fail_after_partial_write(getattr(target, attr), calls))
    with pytest.raises(ExportError, match=rf"out\{suffix}.*disk full"):
        export(seed_table, path)
    assert calls
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_missing_directory_is_an_error_naming_it(seed_table, tmp_path):
    with pytest.raises(ExportError, match=r"nowhere.*does not exist"):
        export(seed_table, tmp_path / "nowhere" / "x.gpkg")


def test_the_cli_vocabularies_match_the_library():
    from geoincidents.cli import export as cli_export

    assert cli_export._WHATS == WHATS
    assert cli_export._FORMATS == ", ".join(SUFFIXES)
    assert cli_export._FORMAT_NAMES == tuple(FORMATS)


# --- the CLI subcommand ------------------------------------------------------------------------


def _cli(argv: list[str]) -> int:
    from geoincidents.cli import export as cli_export

    parser = argparse.ArgumentParser(prog="geoincidents")
    cli_export.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_exports_with_filters(seeds_dir, tmp_path, capsys):
    out = tmp_path / "hasaka.geojson"
    assert _cli(["export", str(seeds_dir / "incidents.csv"), "-o", str(out), "--province", "Hasaka"]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 1 incident to {out}"
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [f["id"] for f in doc["features"]] == ["2024-04-21-zummar-rockets-on-rumalyn"]


def test_cli_exports_acled_targets_to_gpkg(tmp_path, capsys):
    sample = Path(__file__).parent / "fixtures" / "acled_sample.csv"
    out = tmp_path / "acled.gpkg"
    assert _cli(["export", str(sample), "--acled", "-o", str(out), "--what", "targets", "--country", "SY"]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 2 incidents (targets) to {out}"
    back = pyogrio.read_dataframe(out, layer="targets")
    assert sorted(back["incident_id"]) == ["SYR52001", "SYR52002"]


def test_cli_usage_error_for_unknown_what(seeds_dir, tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        _cli(["export", str(seeds_dir / "incidents.csv"), "-o", str(tmp_path / "x.csv"), "--what", "arcs"])
    assert info.value.code == 2
    assert "invalid choice: 'arcs'" in capsys.readouterr().err


def test_a_frame_without_end_columns_is_refused_clearly(seed_table, tmp_path):
    frame = seed_table.frame.drop(columns=["launch_lat"])
    with pytest.raises(ExportError, match=r"no launch_lat column; expected the IncidentTable\.frame layout"):
        write_gpkg(frame, tmp_path / "x.gpkg")


@pytest.mark.parametrize("suffix", [".csv", ".gpkg", ".parquet"])
def test_any_text_round_trips(suffix, tmp_path_factory):
    from hypothesis import given, settings
    from hypothesis import strategies as st
    import shapely

    blank = None if suffix == ".csv" else ""  # CSV cannot tell an empty field from a missing one
    alphabet = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")

    @settings(max_examples=25, deadline=None)
    @given(texts=st.lists(st.text(alphabet=alphabet, max_size=25), min_size=1, max_size=4))
    def check(texts: list[str]) -> None:
        n = len(texts)
        frame = gpd.GeoDataFrame(
            {"incident_id": [f"i{k}" for k in range(n)], "notes": texts, "launch_lat": np.nan, "launch_lon": np.nan,
             "target_lat": np.full(n, 36.6), "target_lon": np.full(n, 41.9)},
            geometry=shapely.points(np.full(n, 41.9), np.full(n, 36.6)), crs=4326,
        )
        path = tmp_path_factory.mktemp("h") / f"h{suffix}"
        export(frame, path)
        got = READERS[suffix](path)["notes"].tolist()
        assert got == [t if t else blank for t in texts]

    check()


def test_the_installed_command_exports_and_reports_errors_in_one_line(seeds_dir, tmp_path):
    import subprocess

    out = tmp_path / "seed.gpkg"
    done = subprocess.run([sys.executable, "-m", "geoincidents", "export", str(seeds_dir / "incidents.csv"), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    n = len(pd.read_csv(seeds_dir / "incidents.csv"))
    assert done.stdout.strip() == f"wrote {n} incidents to {out}"
    assert {name for name, _ in pyogrio.list_layers(out)} == {*GPKG_LAYERS, "layer_styles", "unplaced", "sources"}
    bad = subprocess.run([sys.executable, "-m", "geoincidents", "export", str(seeds_dir / "incidents.csv"),
                          "-o", str(tmp_path / "seed.kml")], capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "'.kml' is not supported; use one of .acled.csv, .geojson" in bad.stderr
    assert not (tmp_path / "seed.kml").exists()


def test_cli_creates_missing_output_folders(seeds_dir, tmp_path, capsys):
    out = tmp_path / "new" / "deeper" / "incidents.geojson"
    assert _cli(["export", str(seeds_dir / "incidents.csv"), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
