"""Area ends: an end known only to a province or a country has no point, and its range is an interval.

Every interval is checked against an independent computation on the same
boundary polygons: the polygon projected with pyproj into an azimuthal
equidistant plane centred on the point end (distances from the centre are
true geodesic distances there), then shapely's distance (nearest) and the
farthest projected vertex (farthest); for two areas, geodesic distances
between all vertices of both densified outlines.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from pyproj import Geod

import geoincidents as gi
from gazetteer import Boundaries, Gazetteer

GEOD = Geod(ellps="WGS84")

ROWS = [
    # id, launch place, launch precision, target place, target precision
    ("syria-to-tower-22", "Syria", "country", "Tower 22", "exact"),
    ("zummar-to-hasaka", "Zummar", "exact", "Hasaka", "province"),
    ("iraq-to-israel", "Iraq", "country", "Israel", "country"),
    ("iraq-to-ain-al-asad", "Iraq", "country", "Ain al-Asad", "exact"),
    ("iraq-to-eilat", "Iraq", "country", "Eilat", "town"),
]


@pytest.fixture(scope="module")
def areas_table(tmp_path_factory):
    path = tmp_path_factory.mktemp("areas") / "areas.csv"
    frame = pd.DataFrame(ROWS, columns=["incident_id", "launch_place", "launch_precision", "target_place", "target_precision"])
    frame.insert(1, "date", "2024-01-28")
    frame.insert(2, "event_type", "drone_attack")
    frame.to_csv(path, index=False)
    return gi.load_incidents(path, sources=False, claims=False)


def _polygon(level: str, code: str):
    b = Boundaries.default()
    if level == "country":
        c = b.countries()
        return c.geometry[c["country"] == code].iloc[0]
    return b.frame.geometry[b.frame["admin1"] == code].iloc[0]


def _point_to_area(lon: float, lat: float, polygon) -> tuple[float, float]:
    """(nearest, farthest) km from the point to the polygon, in an azimuthal equidistant plane at the point."""
    aeqd = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
    to_plane = pyproj.Transformer.from_crs("EPSG:4326", aeqd, always_xy=True).transform
    dense = shapely.segmentize(polygon, 0.01)
    plane = shapely.transform(dense, lambda xy: np.column_stack(to_plane(xy[:, 0], xy[:, 1])))
    nearest = plane.distance(shapely.Point(0, 0)) / 1000.0
    xy = shapely.get_coordinates(plane)
    farthest = float(np.hypot(xy[:, 0], xy[:, 1]).max()) / 1000.0
    return nearest, farthest


def _area_to_area(a, b) -> tuple[float, float]:
    """(nearest, farthest) km between every vertex of two outlines densified to 0.05°."""
    pa = shapely.get_coordinates(shapely.segmentize(a.boundary, 0.05))
    pb = shapely.get_coordinates(shapely.segmentize(b.boundary, 0.05))
    lon1, lon2 = np.meshgrid(pa[:, 0], pb[:, 0], indexing="ij")
    lat1, lat2 = np.meshgrid(pa[:, 1], pb[:, 1], indexing="ij")
    _, _, d = GEOD.inv(lon1.ravel(), lat1.ravel(), lon2.ravel(), lat2.ravel())
    return float(d.min()) / 1000.0, float(d.max()) / 1000.0


def _row(table, incident_id):
    return table.frame.set_index("incident_id").loc[incident_id]


def _place(name: str):
    return Gazetteer.default().resolve(name)


def test_country_launch_is_an_area_not_the_capital(areas_table):
    row = _row(areas_table, "syria-to-tower-22")
    assert bool(row["launch_is_area"]) and not bool(row["target_is_area"])
    assert np.isnan(row["launch_lat"]) and np.isnan(row["launch_lon"])  # never Damascus
    assert np.isnan(row["range_km"]) and np.isnan(row["bearing_deg"])
    tower = _place("Tower 22")
    near, far = _point_to_area(tower.lon, tower.lat, _polygon("country", "SY"))
    assert row["range_min_km"] == pytest.approx(near, abs=1.0)
    assert row["range_max_km"] == pytest.approx(far, rel=0.005)
    assert row["range_min_km"] < 10  # the nearest Syrian ground, not Damascus' 200+ km
    assert bool(row["cross_border"])  # launch area Syria, target in Jordan
    # The trajectory starts at Syria's point nearest Tower 22, which is no farther than the interval's low end.
    start = shapely.get_point(row["geometry"], 0)
    _, _, d = GEOD.inv(start.x, start.y, tower.lon, tower.lat)
    assert d / 1000.0 == pytest.approx(row["range_min_km"], abs=0.5)
    damascus = _place("Damascus")
    _, _, to_capital = GEOD.inv(start.x, start.y, damascus.lon, damascus.lat)
    assert to_capital > 150_000


def test_province_target_interval(areas_table):
    row = _row(areas_table, "zummar-to-hasaka")
    assert bool(row["target_is_area"]) and row["target_admin1"] == "SY-HA"
    zummar = _place("Zummar")
    near, far = _point_to_area(zummar.lon, zummar.lat, _polygon("province", "SY-HA"))
    assert row["range_min_km"] == pytest.approx(near, abs=1.0)
    assert row["range_max_km"] == pytest.approx(far, rel=0.005)
    assert bool(row["cross_border"])


def test_both_ends_areas(areas_table):
    row = _row(areas_table, "iraq-to-israel")
    assert bool(row["launch_is_area"]) and bool(row["target_is_area"])
    near, far = _area_to_area(_polygon("country", "IQ"), _polygon("country", "IL"))
    assert row["range_min_km"] == pytest.approx(near, abs=3.0)  # vertices every ~5 km bound the brute force
    assert row["range_max_km"] == pytest.approx(far, rel=0.005)
    assert bool(row["cross_border"])


def test_target_inside_launch_area(areas_table):
    row = _row(areas_table, "iraq-to-ain-al-asad")
    asad = _place("Ain al-Asad")
    near, far = _point_to_area(asad.lon, asad.lat, _polygon("country", "IQ"))
    assert near == 0.0 and row["range_min_km"] == 0.0
    assert row["range_max_km"] == pytest.approx(far, rel=0.005)
    assert not bool(row["cross_border"])
    # No line inside the area: what is drawn is the target itself.
    assert row["geometry"].geom_type == "Point"


def test_radius_widens_the_interval(areas_table):
    row = _row(areas_table, "iraq-to-eilat")
    eilat = _place("Eilat")
    near, far = _point_to_area(eilat.lon, eilat.lat, _polygon("country", "IQ"))
    radius = row["target_radius_km"]
    assert radius > 0
    assert row["range_min_km"] == pytest.approx(near - radius, abs=1.0)
    assert row["range_max_km"] == pytest.approx(far + radius, rel=0.005)


def test_point_ends_keep_range_and_add_radii(tiny_csv, base_row):
    t = gi.load_incidents(tiny_csv([base_row()]))
    row = t.frame.iloc[0]
    assert not bool(row["launch_is_area"]) and row["launch_radius_km"] > 0 and row["target_radius_km"] == 0
    assert row["range_min_km"] == pytest.approx(row["range_km"] - row["launch_radius_km"])
    assert row["range_max_km"] == pytest.approx(row["range_km"] + row["launch_radius_km"])


def test_end_forms_give_the_area_polygon(areas_table):
    launch = areas_table.end_forms("launch").set_axis(areas_table.frame["incident_id"])
    target = areas_table.end_forms("target").set_axis(areas_table.frame["incident_id"])
    assert launch.loc["syria-to-tower-22", "form"] == "area"
    assert launch.loc["syria-to-tower-22", "area_code"] == "SY"
    assert launch.loc["syria-to-tower-22", "geometry"].equals(_polygon("country", "SY"))
    assert target.loc["zummar-to-hasaka", ["form", "area_level", "area_code"]].tolist() == ["area", "province", "SY-HA"]
    assert target.loc["syria-to-tower-22", "form"] == "point"
    assert target.loc["iraq-to-eilat", "form"] == "radius"
    assert launch.loc["zummar-to-hasaka", "form"] == "point"


def test_areas_use_the_tables_boundaries(tmp_path):
    # A user boundary file with only Syria's Hasaka province: the area is that polygon, not the bundled one.
    b = Boundaries.default()
    only = b.frame[b.frame["admin1"] == "SY-HA"].copy()
    only["geometry"] = only.geometry.simplify(0.2)
    path = tmp_path / "hasaka.geojson"
    only[["admin1", "admin1_name", "country", "geometry"]].to_file(path, driver="GeoJSON")
    mine = Boundaries.from_file(path, code_column="admin1", name_column="admin1_name", country_column="country")
    csv = tmp_path / "one.csv"
    pd.DataFrame([{"incident_id": "x", "date": "2024-01-01", "event_type": "rocket_attack",
                   "launch_place": "Zummar", "launch_precision": "exact",
                   "target_place": "Hasaka", "target_precision": "province"}]).to_csv(csv, index=False)
    t = gi.load_incidents(csv, boundaries=mine, sources=False, claims=False)
    zummar = _place("Zummar")
    near, far = _point_to_area(zummar.lon, zummar.lat, mine.frame.geometry.iloc[0])
    assert t.frame.loc[0, "range_max_km"] == pytest.approx(far, rel=0.005)
    assert t.end_forms("target").geometry.iloc[0].equals(mine.frame.geometry.iloc[0])
