"""The static PNG map: a real PNG of the asked size, colours where the data is, atomic writes, clear errors."""
from __future__ import annotations

import csv
import importlib.resources
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image
from pyproj import Geod

from geoincidents.errors import ExportError, GeoIncidentsError
from geoincidents.io.load import load_incidents
from geoincidents.maps.spans import date_spans, span_text
from geoincidents.maps.static import plot_incidents, write_png

DPI, FIGSIZE = 80, (8, 6)

# Two long trajectories of two categories far apart, a strike known only at its
# target, and a launch known only to its province (Anbar).
ROWS = [
    dict(incident_id="cb-qaim-tanf", date="2024-01-20", event_type="rocket_attack", actor="militia",
         launch_lat=34.37, launch_lon=41.10, target_lat=33.49, target_lon=38.62,
         launch_precision="near", target_precision="exact"),
    dict(incident_id="in-jurf-asad", date="2024-02-02", event_type="drone_attack", actor="militia",
         launch_lat=32.90, launch_lon=44.10, target_lat=33.80, target_lon=42.44,
         launch_precision="near", target_precision="exact"),
    dict(incident_id="strike-jurf", date="2024-04-22", event_type="air_strike", actor="US forces",
         target_lat=32.85, target_lon=44.20, target_precision="exact"),
    dict(incident_id="anbar-vague", date="2024-03-01", event_type="rocket_attack", actor="militia",
         launch_place="Anbar", target_lat=33.80, target_lon=42.44,
         launch_precision="province", target_precision="exact"),
]


def _colours() -> dict[str, tuple[int, int, int]]:
    """Category colours read straight from the shared data table (not through the module under test)."""
    res = importlib.resources.files("geoincidents") / "data" / "category_styles.csv"
    with res.open(encoding="utf-8") as fh:
        return {r["category"]: tuple(int(r["colour"][i:i + 2], 16) for i in (1, 3, 5)) for r in csv.DictReader(fh)}


@pytest.fixture(scope="module")
def table():
    return load_incidents(pd.DataFrame(ROWS), sources=False, claims=False)


@pytest.fixture(scope="module")
def drawing(table, tmp_path_factory):
    """The written PNG as an RGB array, and the axes of the same drawing (for data → pixel)."""
    path = write_png(table, tmp_path_factory.mktemp("png") / "map.png", title="Test", dpi=DPI, figsize=FIGSIZE)
    ax = plot_incidents(table, title="Test", dpi=DPI, figsize=FIGSIZE)
    ax.figure.canvas.draw()
    return np.asarray(Image.open(path).convert("RGB")).astype(int), ax, path


def _min_distance(img: np.ndarray, ax, lon: float, lat: float, rgb: tuple[int, int, int], r: int = 3) -> float:
    """Smallest RGB distance to ``rgb`` among the pixels within ``r`` of (lon, lat)."""
    x, y = ax.transData.transform((lon, lat))
    row, col = int(round(img.shape[0] - y)), int(round(x))
    window = img[max(row - r, 0):row + r + 1, max(col - r, 0):col + r + 1]
    return float(np.sqrt(((window - np.array(rgb)) ** 2).sum(axis=-1)).min())


def _midpoint(lon1: float, lat1: float, lon2: float, lat2: float) -> tuple[float, float]:
    (lon, lat), = Geod(ellps="WGS84").npts(lon1, lat1, lon2, lat2, 1)
    return lon, lat


def test_writes_a_real_png_of_the_asked_size(drawing):
    _, _, path = drawing
    with Image.open(path) as im:
        assert im.format == "PNG"
        assert im.size == (FIGSIZE[0] * DPI, FIGSIZE[1] * DPI)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_trajectories_are_drawn_in_their_category_colour(table, drawing):
    img, ax, _ = drawing
    colours = _colours()
    cats = dict(zip(table.frame["incident_id"], table.frame["category"]))
    assert cats["cb-qaim-tanf"] == "cross_border_fire" and cats["in-jurf-asad"] == "attack_within_country"
    red, orange = colours["cross_border_fire"], colours["attack_within_country"]
    cb_mid = _midpoint(41.10, 34.37, 38.62, 33.49)
    in_mid = _midpoint(44.10, 32.90, 42.44, 33.80)
    assert _min_distance(img, ax, *cb_mid, red) < 40
    assert _min_distance(img, ax, *in_mid, orange) < 40
    # Each line carries its own category's colour, not the other one's (antialiased edges
    # blend towards the background, so "not the other colour" is a tighter tolerance).
    assert _min_distance(img, ax, *cb_mid, orange) > 45
    assert _min_distance(img, ax, *in_mid, red) > 45


def test_target_only_strike_is_a_marker_in_the_strike_colour(drawing):
    img, ax, _ = drawing
    assert _min_distance(img, ax, 44.20, 32.85, _colours()["strike"], r=1) < 30
    # Nothing blue where there is no incident (the middle of the Syrian desert).
    assert _min_distance(img, ax, 39.8, 35.6, _colours()["strike"], r=4) > 80


def test_a_province_precise_end_is_its_province_outline_without_a_marker_and_the_legend_lists_what_is_drawn(table):
    import shapely

    ax = plot_incidents(table, dpi=DPI, figsize=FIGSIZE)
    assert table.frame.set_index("incident_id").loc["anbar-vague", "launch_admin1"] == "IQ-AN"
    anbar = table.boundaries.frame.set_index("admin1").loc["IQ-AN", "geometry"]
    outlines = [c for c in ax.collections if c.get_paths() and not c.get_hatch()
                and len(c.get_paths()[0].vertices) > 50 and c.get_alpha() is not None and c.get_alpha() < 1]
    assert len(outlines) == 1  # one thin, light outline: Anbar
    ring = outlines[0].get_paths()[0].vertices
    assert shapely.Polygon(ring).buffer(0).intersection(anbar).area > 0.9 * anbar.area
    # No launch triangle for it: the only other incident with a launch is drawn from its point.
    launches = [c for c in ax.collections if getattr(c, "get_offsets", None) and len(c.get_offsets())
                and c.get_paths() and len(c.get_paths()[0].vertices) == 4 and c.get_facecolor()[0][0] == 1.0]
    assert sum(len(c.get_offsets()) for c in launches) == 2  # cb-qaim-tanf and in-jurf-asad
    (legend,) = ax.figure.legends
    texts = [t.get_text() for t in legend.get_texts()]
    assert texts[:3] == ["Cross-border fire", "Strikes", "Attacks within a country"]
    assert texts[4] == "Symbols"
    symbols = texts[5:]
    assert {"launch point", "target point",
            "end known only to a province or country:\nits outline, a dashed line from its nearest point"} <= set(symbols)
    assert "end known within a radius" in symbols  # the launches known "near" a place
    assert "20 January – 22 April 2024 · 4 of 4 incidents drawn" in ax.get_title(loc="left")


@pytest.mark.parametrize(
    ("dates", "precision", "expected"),
    [
        (["2024-01-01", "2024-04-22"], None, "1 January – 22 April 2024"),
        (["2024-04-21"], None, "21 April 2024"),
        (["2024-04-20", "2024-04-21"], None, "20–21 April 2024"),
        (["2023-12-28", "2024-01-02"], None, "28 December 2023 – 2 January 2024"),
        (["2024-04-20", "2024-04-01"], ["day", "month"], "1–30 April 2024"),
        ([None], None, "dates unknown"),
    ],
)
def test_date_range_text(dates, precision, expected):
    frame = pd.DataFrame({"date": pd.to_datetime(pd.Series(dates))})
    if precision:
        frame["date_precision"] = precision
    day0, day1 = date_spans(frame)
    first = np.nanmin(day0) if np.isfinite(day0).any() else np.nan
    last = np.nanmax(day1) if np.isfinite(day1).any() else np.nan
    assert span_text(first, last) == expected


def test_empty_table_is_an_error_not_an_empty_picture(table, tmp_path):
    empty = table.between("2030-01-01", None)
    assert len(empty) == 0
    with pytest.raises(GeoIncidentsError, match=r"empty incident table \(0 incidents\)"):
        write_png(empty, tmp_path / "empty.png")
    assert list(tmp_path.iterdir()) == []


def test_table_without_any_located_end_is_an_error(tmp_path):
    unlocated = load_incidents(
        pd.DataFrame([dict(incident_id="x", date="2024-01-01", event_type="explosion")]), sources=False, claims=False
    )
    with pytest.raises(GeoIncidentsError, match="none of the 1 incidents has a located launch or target"):
        write_png(unlocated, tmp_path / "x.png")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(table, tmp_path, monkeypatch):
    from matplotlib.figure import Figure

    old = tmp_path / "map.png"
    old.write_bytes(b"previous picture")

    def half_written(self, fname, **kwargs):
        Path(fname).write_bytes(b"\x89PNG half")
        raise OSError("No space left on device")

    monkeypatch.setattr(Figure, "savefig", half_written)
    with pytest.raises(ExportError, match=r"could not write the PNG map .*map\.png.*No space left"):
        write_png(table, old, dpi=DPI, figsize=FIGSIZE)
    assert old.read_bytes() == b"previous picture"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]
    with pytest.raises(ExportError, match=r"could not write the PNG map .*new\.png"):
        write_png(table, tmp_path / "new.png", dpi=DPI, figsize=FIGSIZE)
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_missing_directory_is_reported(table, tmp_path):
    with pytest.raises(ExportError, match=r"no_such_dir.*does not exist"):
        write_png(table, tmp_path / "no_such_dir" / "map.png")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"dpi": 0}, r"dpi=0: expected a number between 10 and 1200"),
     ({"figsize": (10,)}, r"figsize=\(10,\): expected \(width, height\)"),
     ({"figsize": (10, -1)}, r"figsize=\(10, -1\): width and height must be")],
)
def test_bad_size_arguments(table, tmp_path, kwargs, message):
    with pytest.raises(ValueError, match=message):
        write_png(table, tmp_path / "bad.png", **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_never_touches_pyplot_or_a_gui_backend(tmp_path):
    # With a GUI backend configured, pyplot would try to open a display; the module must not care.
    script = textwrap.dedent(f"""
        import sys, pandas as pd
        from geoincidents.io.load import load_incidents
        from geoincidents.maps.static import write_png
        t = load_incidents(pd.DataFrame({ROWS[:1]!r}), sources=False, claims=False)
        write_png(t, {str(tmp_path / 'gui.png')!r}, dpi=40, figsize=(4, 3))
        assert "matplotlib.pyplot" not in sys.modules, "pyplot was imported"
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "MPLBACKEND": "TkAgg", "DISPLAY": ""}, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "gui.png").read_bytes()[:4] == b"\x89PNG"


def _precision_radius_km(precision: str) -> float:
    res = importlib.resources.files("geoincidents") / "data" / "precision_styles.csv"
    with res.open(encoding="utf-8") as fh:
        return next(float(r["radius_km"]) for r in csv.DictReader(fh) if r["precision"] == precision)


@pytest.mark.parametrize("precision", ["district"])
def test_an_uncertain_end_is_a_dashed_circle_of_its_precision_radius(precision):
    rows = [dict(incident_id="vague", date="2024-04-13", event_type="missile_attack", launch_lat=34.0,
                 launch_lon=42.0, launch_precision=precision, target_lat=33.8, target_lon=42.44,
                 target_precision="exact")]
    t = load_incidents(pd.DataFrame(rows), sources=False, claims=False)
    ax = plot_incidents(t, dpi=DPI, figsize=FIGSIZE)
    dashed = [c for c in ax.collections if c.get_paths() and c.get_linestyle()[0][1] is not None]
    assert len(dashed) == 1
    ring = dashed[0].get_paths()[0].vertices
    _, _, metres = Geod(ellps="WGS84").inv(np.full(len(ring), 42.0), np.full(len(ring), 34.0), ring[:, 0], ring[:, 1])
    assert np.allclose(metres / 1000, _precision_radius_km(precision), rtol=1e-3)
    texts = [x.get_text() for x in ax.figure.legends[0].get_texts()]
    assert "end known within a radius" in texts and "launch point" in texts  # the circle around a marked point


def test_seed_incidents_draw_every_category_present(seed_table, tmp_path):
    path = write_png(seed_table, tmp_path / "seeds.png", title="Seed incidents", dpi=DPI, figsize=FIGSIZE)
    with Image.open(path) as im:
        assert im.size == (FIGSIZE[0] * DPI, FIGSIZE[1] * DPI)
    ax = plot_incidents(seed_table, dpi=DPI, figsize=FIGSIZE)
    texts = [x.get_text() for x in ax.figure.legends[0].get_texts()]
    res = importlib.resources.files("geoincidents") / "data" / "category_styles.csv"
    with res.open(encoding="utf-8") as fh:
        labels = {r["category"]: r["label"] for r in csv.DictReader(fh)}
    present = set(seed_table.frame["category"].dropna())
    assert {labels[c] for c in present} <= set(texts)
    assert not ({labels[c] for c in set(labels) - present} & set(texts))


def test_title_text_is_shown_as_typed(table):
    title = "Costs $5 and $6 a drone_strike, 100% <b>al-Qa'im</b> \\ done"
    ax = plot_incidents(table, title=title, dpi=DPI, figsize=FIGSIZE)
    ax.figure.canvas.draw()
    # Every "$" escaped: matplotlib would otherwise typeset "5 and " as mathematics.
    assert ax.get_title(loc="left").splitlines()[0] == title.replace("$", "\\$")


def test_html_and_png_make_the_same_decision_for_every_end_of_the_seed_table(seed_table):
    """Markers, outlines and circles in the PNG are exactly the ends the HTML payload marks."""
    import json
    import re

    from geoincidents.maps import to_map
    from geoincidents.maps.packing import unpack
    from geoincidents.maps.scene import AREA, POINT, RADIUS

    page = to_map(seed_table, offline=True).get_root().render()
    raw = re.search(r'<script type="application/json" id="geoincidents-data-[0-9a-f]+">(.*?)</script>', page, re.S).group(1)
    data = json.loads(raw)
    col = {k: unpack(data[k]) for k in ("kind0", "kind1", "lon0", "lat0", "lon1", "lat1", "area0", "area1", "hollow")}
    ax = plot_incidents(seed_table, dpi=DPI, figsize=FIGSIZE)
    points = [c for c in ax.collections if type(c).__name__ == "PathCollection" and len(c.get_offsets())
              and c.get_offset_transform() == ax.transData]

    def drawn_at(marker_vertices: int) -> set[tuple[float, float]]:
        return {(round(x, 4), round(y, 4)) for c in points if len(c.get_paths()[0].vertices) == marker_vertices
                for x, y in c.get_offsets()}

    def html_at(e: int) -> set[tuple[float, float]]:
        kind = col[f"kind{e}"]
        keep = (kind == POINT) | (kind == RADIUS)
        return {(round(x, 4), round(y, 4)) for x, y in zip(col[f"lon{e}"][keep], col[f"lat{e}"][keep])}

    assert drawn_at(4) == html_at(0)  # launch triangles (closed 3-point paths)
    targets = {(round(x, 4), round(y, 4)) for c in points if len(c.get_paths()[0].vertices) > 4
               for x, y in c.get_offsets()}
    assert targets == html_at(1)
    assert (col["kind0"] == AREA).any() and (col["kind1"] == AREA).any()
    outlines = [c for c in ax.collections if type(c).__name__ == "PathCollection" and c.get_zorder() == 3
                and c.get_alpha() is not None and c.get_alpha() < 1]
    areas = {int(a) for a in np.concatenate([col["area0"], col["area1"]]) if a >= 0}
    assert sum(len(c.get_paths()) for c in outlines) >= len(areas) == len(data["areas"]["features"]) == 3
    # Ends known to a town or district: one dashed circle per distinct (point, radius) in both.
    circles = [c for c in ax.collections if type(c).__name__ == "PolyCollection" and c.get_linestyle()[0][1] is not None]
    radius_ends = np.array(sorted({(x, y) for e in (0, 1)
                                   for x, y, k in zip(col[f"lon{e}"], col[f"lat{e}"], col[f"kind{e}"]) if k == RADIUS}))
    centres = np.array([p.vertices.mean(axis=0) for c in circles for p in c.get_paths()])
    gap = np.hypot(radius_ends[:, None, 0] - centres[None, :, 0], radius_ends[:, None, 1] - centres[None, :, 1])
    assert len(radius_ends) == 5 and (gap.min(axis=1) < 0.02).all() and (gap.min(axis=0) < 0.02).all()
