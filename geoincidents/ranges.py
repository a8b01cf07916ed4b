"""Geodesic distance intervals between incident ends that are areas (and points).

An end known only to a province or a country (:mod:`geoincidents.endforms`)
has no single point, so its range to the other end is an interval: from the
area's nearest point to its farthest. :func:`area_intervals` computes it for
each distinct (area, other end) pair once, on the WGS84 ellipsoid:

- nearest: 0 when the other end lies inside (or the areas touch); otherwise
  the nearest points are found in a local equal-scale plane (longitudes
  scaled by the cosine of the area's mid-latitude) and their distance is
  measured geodesically;
- farthest: the largest geodesic distance from the other end to the vertices
  of the area's convex hull (densified), or between the two hulls.

It also returns the nearest points, from which the trajectory of an incident
with an area end is drawn; and :func:`range_text` is the one way a range is
written for people (the map's popups, the query table).
"""
from __future__ import annotations

import math
from typing import Any, Sequence

import numpy as np
import pandas as pd
import shapely

from geoincidents.ends import unique_rows

__all__ = ["area_intervals", "range_text", "HULL_STEP_DEG"]

#: Hull edges are split to this length (degrees) before the farthest vertex is sought.
HULL_STEP_DEG = 0.1


class _Area:
    """One polygon prepared for distances: scaled copy for nearest points, densified hull vertices."""

    def __init__(self, geometry: Any) -> None:
        minx, miny, maxx, maxy = geometry.bounds
        self.scale = math.cos(math.radians((miny + maxy) / 2.0))
        self.geometry = geometry
        self.scaled = shapely.transform(geometry, lambda xy: xy * np.array([self.scale, 1.0]))
        shapely.prepare(self.scaled)
        hull = shapely.segmentize(geometry.convex_hull, HULL_STEP_DEG)
        coords = shapely.get_coordinates(hull)
        self.hull_lon, self.hull_lat = coords[:, 0], coords[:, 1]

    def to_plane(self, lon: float, lat: float) -> Any:
        return shapely.Point(lon * self.scale, lat)

    def from_plane(self, point: Any) -> tuple[float, float]:
        return point.x / self.scale, point.y


def area_intervals(
    geod: Any,
    polygons: Sequence[Any],
    a_area: np.ndarray, a_lon: np.ndarray, a_lat: np.ndarray,
    b_area: np.ndarray, b_lon: np.ndarray, b_lat: np.ndarray,
) -> dict[str, np.ndarray]:
    """Nearest and farthest geodesic distance (metres) between end A and end B of each row.

    Each end is an area (``*_area`` ≥ 0: a position in ``polygons``) or a point
    (``*_area`` = -1 and ``*_lon``/``*_lat``). Rows where neither end is an
    area, or either end is unknown (area -1 and NaN point), get NaN.

    Returns
    -------
    dict
        ``min_m, max_m`` and the nearest points ``a_lon, a_lat, b_lon, b_lat``
        (an area end's point nearest the other end; a point end's own point).

    Examples
    --------
    >>> from pyproj import Geod
    >>> square = shapely.box(40.0, 33.0, 41.0, 34.0)
    >>> out = area_intervals(Geod(ellps="WGS84"), [square], np.array([0]), np.array([np.nan]), np.array([np.nan]),
    ...                      np.array([-1]), np.array([42.0]), np.array([33.5]))
    >>> round(out["min_m"][0] / 1000), float(round(out["a_lon"][0], 3))
    (93, 41.0)
    """
    n = len(a_area)
    out = {k: np.full(n, np.nan) for k in ("min_m", "max_m", "a_lon", "a_lat", "b_lon", "b_lat")}
    a_area, b_area = np.asarray(a_area, dtype=np.int64), np.asarray(b_area, dtype=np.int64)
    a_known = (a_area >= 0) | ~(np.isnan(a_lon) | np.isnan(a_lat))
    b_known = (b_area >= 0) | ~(np.isnan(b_lon) | np.isnan(b_lat))
    rows = np.flatnonzero(((a_area >= 0) | (b_area >= 0)) & a_known & b_known)
    if len(rows) == 0:
        return out
    # A point end's coordinates do not matter when it is an area: blank them so pairs repeat.
    cols = [a_area[rows], np.where(a_area[rows] >= 0, 0.0, a_lon[rows]), np.where(a_area[rows] >= 0, 0.0, a_lat[rows]),
            b_area[rows], np.where(b_area[rows] >= 0, 0.0, b_lon[rows]), np.where(b_area[rows] >= 0, 0.0, b_lat[rows])]
    first, inverse = unique_rows(*cols)
    prepared: dict[int, _Area] = {}

    def area(i: int) -> _Area:
        if i not in prepared:
            prepared[i] = _Area(polygons[i])
        return prepared[i]

    results = np.empty((len(first), 6))
    for k, f in enumerate(first):
        ai, alon, alat, bi, blon, blat = (c[f] for c in cols)
        if ai >= 0 and bi >= 0:
            results[k] = _area_area(geod, area(int(ai)), area(int(bi)))
        elif ai >= 0:
            results[k] = _area_point(geod, area(int(ai)), blon, blat)
        else:
            mn, mx, nlon, nlat, plon, plat = _area_point(geod, area(int(bi)), alon, alat)
            results[k] = (mn, mx, plon, plat, nlon, nlat)
    for j, key in enumerate(("min_m", "max_m", "a_lon", "a_lat", "b_lon", "b_lat")):
        out[key][rows] = results[inverse, j]
    return out


def _area_point(geod: Any, a: _Area, lon: float, lat: float) -> tuple[float, ...]:
    """(min, max, nearest lon, nearest lat on the area, point lon, point lat)."""
    _, _, far = geod.inv(np.full(len(a.hull_lon), lon), np.full(len(a.hull_lat), lat), a.hull_lon, a.hull_lat)
    far_m = float(np.max(far))
    if shapely.contains_xy(a.geometry, lon, lat) or shapely.touches(a.geometry, shapely.Point(lon, lat)):
        return 0.0, far_m, lon, lat, lon, lat
    near = shapely.shortest_line(a.scaled, a.to_plane(lon, lat))
    nlon, nlat = a.from_plane(shapely.get_point(near, 0))
    _, _, d = geod.inv(lon, lat, nlon, nlat)
    return float(d), far_m, nlon, nlat, lon, lat


def _area_area(geod: Any, a: _Area, b: _Area) -> tuple[float, ...]:
    """(min, max, nearest point on A, nearest point on B)."""
    alon, blon = np.meshgrid(a.hull_lon, b.hull_lon, indexing="ij")
    alat, blat = np.meshgrid(a.hull_lat, b.hull_lat, indexing="ij")
    _, _, far = geod.inv(alon.ravel(), alat.ravel(), blon.ravel(), blat.ravel())
    far_m = float(np.max(far))
    if shapely.intersects(a.geometry, b.geometry):
        p = shapely.get_point(shapely.shortest_line(a.geometry, b.geometry), 0)
        return 0.0, far_m, p.x, p.y, p.x, p.y
    # One plane for both areas: the scale at their common mid-latitude.
    scale = (a.scale + b.scale) / 2.0
    squeeze = np.array([scale, 1.0])
    line = shapely.shortest_line(shapely.transform(a.geometry, lambda xy: xy * squeeze),
                                 shapely.transform(b.geometry, lambda xy: xy * squeeze))
    (x0, y0), (x1, y1) = shapely.get_coordinates(line)
    p_lon, p_lat, q_lon, q_lat = x0 / scale, y0, x1 / scale, y1
    _, _, d = geod.inv(p_lon, p_lat, q_lon, q_lat)
    return float(d), far_m, p_lon, p_lat, q_lon, q_lat


def range_text(frame: pd.DataFrame, has_area: Any) -> np.ndarray:
    """The launch-to-target distance as people read it: ``"60 km"``, ``"490–1,320 km"`` or None.

    ``has_area`` flags, per row, an incident with an area end: such an end has
    no single distance, so the loader's interval (``range_min_km`` /
    ``range_max_km``) is written, and without it nothing is said rather than a
    distance from the area's capital.

    Examples
    --------
    >>> frame = pd.DataFrame({"range_km": [60.2, None], "range_min_km": [60.2, 488.4], "range_max_km": [60.2, 1320.3]})
    >>> range_text(frame, [False, True]).tolist()
    ['60 km', '488–1,320 km']
    """
    def km(column: str) -> pd.Series:
        return pd.to_numeric(frame[column], errors="coerce") if column in frame else pd.Series(np.nan, index=frame.index)

    exact, low, high = km("range_km"), km("range_min_km"), km("range_max_km")

    def fmt(values: pd.Series) -> pd.Series:
        return pd.Series([f"{v:,.0f}" for v in values.round()], index=values.index, dtype=object)

    out = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    area = pd.Series(np.asarray(has_area, dtype=bool), index=frame.index)
    single = exact.notna() & ~area
    out[single] = fmt(exact[single]) + " km"
    interval = area & low.notna() & high.notna() & (high.round() > low.round())
    out[interval] = fmt(low[interval]) + "–" + fmt(high[interval]) + " km"
    return out.to_numpy(dtype=object)
