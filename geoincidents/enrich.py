"""From parsed incident rows to the two-point geometry and the derived columns.

Place names are resolved by :mod:`geoincidents.ends` (explicit coordinates
win over the gazetteer). Everything after that is vectorised over whole
columns: the boundary lookup runs once per distinct point, range and bearing
come from one :meth:`pyproj.Geod.inv` call over the distinct routes, and the
trajectories from one :meth:`pyproj.Geod.fwd` call over all their vertices,
so a million rows enrich in seconds.

A blank precision is filled from the kind of the place found (governorate →
province, town → town, a base → exact, a sea, lake or river → district: a
point somewhere within the place's own radius, its ``precision_km``), so maps
can show how far to trust each point.

Country and admin1 of an end come from the gazetteer's row when the place is
an area (country, governorate, district, region) or a water (sea, lake, river:
a sea's are blank, it lies in no country) known only by its name, and
from a point lookup in the boundaries otherwise (explicit coordinates, sites,
towns); a point outside every polygon falls back to the gazetteer's row.
An end at a region that spans provinces (the Kurdistan Region) lies in all of
them: its admin1 and admin1_name are its members' codes and names joined by
``|`` (:func:`geoincidents.endforms.member_cells`).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from gazetteer.places import outside_country_kinds
from geoincidents.datatables import read_table
from geoincidents.endforms import AreaIndex, area_code, classify, member_cells, region_members
from geoincidents.ends import PRECISION_OF_KIND, locate_unique, resolve_places, unique_rows
from geoincidents.ranges import area_intervals
from geoincidents.spans import timestamps
from geoincidents.schema import COLUMN_NAMES, EVENT_GROUPS, ROLES

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer import Boundaries, Gazetteer

__all__ = ["enrich", "trajectories", "categorize", "GEOD"]

log = logging.getLogger(__name__)

#: The ellipsoid every range, bearing and trajectory is computed on.
GEOD = Geod(ellps="WGS84")

# Kinds whose country and admin1 come from the gazetteer's row, never from a point lookup: areas known by name,
# and waters, whose point may fall in no country (the Red Sea keeps its blank country) or in one shore's polygon
# (the Dead Sea's lies in Natural Earth's Jordan) while the water is no one country's.
_AREA_KINDS = frozenset({"country", "governorate", "district", "region"}) | outside_country_kinds()
_END_COLUMNS = (
    "launch_place_id", "target_place_id", "launch_match", "target_match",
    "launch_ambiguous", "target_ambiguous", "launch_alternatives", "target_alternatives",
    "launch_country", "launch_admin1", "launch_admin1_name", "target_country", "target_admin1", "target_admin1_name",
    "launch_is_area", "target_is_area", "launch_radius_km", "target_radius_km",
)


_CATEGORY_RULES = sorted(read_table("categories.csv"), key=lambda r: int(r["order"]))


# --- geometry and derived columns -------------------------------------------


def enrich(
    frame: pd.DataFrame,
    *,
    gazetteer: Gazetteer | None = None,
    boundaries: Boundaries | None = None,
    resolved: dict[str, pd.DataFrame] | None = None,
    max_points: int = 32,
    segment_km: float = 50.0,
) -> gpd.GeoDataFrame:
    """Add coordinates, place ids, countries, admin1, cross_border, range, bearing, category, geometry.

    Parameters
    ----------
    frame
        Parsed incident columns (all of :data:`geoincidents.schema.COLUMN_NAMES`).
    gazetteer, boundaries
        Defaults: the bundled ones.
    resolved
        The result of :func:`resolve_places` when the caller already has it.
    max_points, segment_km
        A trajectory gets one vertex per ``segment_km`` of range, between 2 and
        ``max_points``: a 50 km shot needs no 32 vertices, a 1,500 km one does.

    Returns
    -------
    geopandas.GeoDataFrame
        The ``IncidentTable.frame`` layout of docs/architecture.md, EPSG:4326.

    Examples
    --------
    >>> import pandas as pd
    >>> from geoincidents.cells import parse_incident_columns
    >>> parsed, problems = parse_incident_columns(pd.DataFrame({
    ...     "incident_id": ["zummar-rumalyn"], "date": ["2024-04-21"], "event_type": ["rocket_attack"],
    ...     "launch_place": ["Zummar"], "target_place": ["Rumalyn"]}))
    >>> problems
    []
    >>> g = enrich(parsed)
    >>> g.loc[0, ["launch_country", "target_country"]].tolist(), bool(g.loc[0, "cross_border"])
    (['IQ', 'SY'], True)
    """
    if boundaries is None:
        from gazetteer import Boundaries

        boundaries = Boundaries.default()
    if resolved is None:
        resolved = resolve_places(frame, gazetteer=gazetteer)
    n = len(frame)
    cols: dict[str, Any] = {
        name: frame[name].array if isinstance(frame[name].dtype, pd.api.extensions.ExtensionDtype) else frame[name].to_numpy()
        for name in COLUMN_NAMES
    }
    areas = AreaIndex(boundaries)
    for role in ROLES:
        cols.update(_end(frame, role, resolved[role], boundaries, areas))
    lon1, lat1, lon2, lat2 = (cols[c] for c in ("launch_lon", "launch_lat", "target_lon", "target_lat"))
    both = ~(np.isnan(lon1) | np.isnan(lat1) | np.isnan(lon2) | np.isnan(lat2))
    az = np.full(n, np.nan)
    dist = np.full(n, np.nan)
    geometry = np.full(n, None, dtype=object)
    if both.any():
        # Incidents repeat the same routes: compute each distinct one once.
        ends = [a[both] for a in (lon1, lat1, lon2, lat2)]
        first, inverse = unique_rows(*ends)
        u = [a[first] for a in ends]
        az_u, _, dist_u = GEOD.inv(*u)
        az[both], dist[both] = np.atleast_1d(az_u)[inverse], np.atleast_1d(dist_u)[inverse]
        geometry[both] = trajectories(*u, max_points=max_points, segment_km=segment_km)[inverse]
    for one, lon, lat in ((~both & ~np.isnan(lon1) & ~np.isnan(lat1), lon1, lat1),
                          (~both & ~np.isnan(lon2) & ~np.isnan(lat2), lon2, lat2)):
        geometry[one] = shapely.points(lon[one], lat[one])
    low, high = _intervals(cols, dist, geometry, areas, max_points=max_points, segment_km=segment_km)
    lc, tc = cols["launch_country"], cols["target_country"]
    known = (lc != None) & (tc != None)  # noqa: E711 - elementwise test on object arrays
    cross = pd.array(np.where(known, lc != tc, False), dtype="boolean")
    cross[~known] = pd.NA
    cols["cross_border"] = cross
    cols["range_km"] = dist / 1000.0
    cols["range_min_km"], cols["range_max_km"] = low, high
    cols["bearing_deg"] = np.mod(az, 360.0)
    cols["category"] = categorize(cols)
    cols["timestamp"] = timestamps(frame, cols["target_country"]).array
    data = {}
    for name in (*COLUMN_NAMES, *_END_COLUMNS, "cross_border", "range_km", "range_min_km", "range_max_km",
                 "bearing_deg", "category", "timestamp"):
        value = cols[name]
        # Explicit dtypes: pandas 3 would turn object arrays of text into its Arrow str dtype.
        data[name] = value if not isinstance(value, np.ndarray) else pd.Series(value, dtype=value.dtype, copy=False)
    table = pd.DataFrame(data, copy=False)
    return gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"), copy=False)


def _end(frame: pd.DataFrame, role: str, res: pd.DataFrame, boundaries: Boundaries,
         areas: AreaIndex) -> dict[str, np.ndarray]:
    """One end's coordinates, match, place id, precision, country, admin1 and form, as row-aligned arrays.

    An end that :func:`geoincidents.endforms.classify` calls an area keeps its
    place, country and admin1 but gets no coordinates (the gazetteer's point
    of a country is its capital, which the report did not name); its polygon's
    position in ``areas`` is returned as ``_area``.
    """
    lat, lon = frame[f"{role}_lat"].to_numpy(float), frame[f"{role}_lon"].to_numpy(float)
    explicit = ~np.isnan(lat) & ~np.isnan(lon)
    out: dict[str, np.ndarray] = {
        f"{role}_lat": np.where(explicit, lat, res["lat"].to_numpy(float)),
        f"{role}_lon": np.where(explicit, lon, res["lon"].to_numpy(float)),
        f"{role}_place_id": res["place_id"].to_numpy(object),
        f"{role}_match": np.where(explicit, "explicit", res["method"].to_numpy(object)).astype(object),
        # The place was the most prominent of several equally good ones (Gazetteer.resolve's Match.ambiguous);
        # the others, with kind, province and distance, so a reader can check the choice.
        f"{role}_ambiguous": np.array([v is True or v == True for v in res["ambiguous"].to_numpy(object)],  # noqa: E712
                                      dtype=bool),
        f"{role}_alternatives": np.array([v if isinstance(v, str) else "" for v in res["alternatives"].to_numpy(object)],
                                         dtype=object),
    }
    # Per-kind facts are looked up once per distinct kind, then spread over the rows.
    kind = res["kind"].to_numpy(object)
    kind_codes, kinds = pd.factorize(kind, use_na_sentinel=True)
    implied = np.array([PRECISION_OF_KIND.get(k) for k in kinds] + [None], dtype=object)[kind_codes]
    is_area_kind = np.array([k in _AREA_KINDS for k in kinds] + [False], dtype=bool)[kind_codes]
    precision = frame[f"{role}_precision"].to_numpy(object)
    out[f"{role}_precision"] = np.where(pd.isna(precision), implied, precision)
    resolved = res["place_id"].notna().to_numpy()
    form, radius, level = classify(out[f"{role}_precision"], explicit=explicit, resolved=resolved, kind=kind,
                                   place_radius_km=res["precision_km"].to_numpy(object))

    by_name = is_area_kind & ~explicit
    lon, lat = out[f"{role}_lon"], out[f"{role}_lat"]
    lookup = np.flatnonzero(~by_name & ~np.isnan(lon) & ~np.isnan(lat))
    found = locate_unique(boundaries, lon[lookup], lat[lookup])
    for field in ("country", "admin1", "admin1_name"):
        values = res[field].to_numpy(object).copy()
        here = found[field]
        # A point outside every polygon (at sea, off the bundled map) keeps the gazetteer's answer.
        keep = here != None  # noqa: E711 - elementwise
        values[lookup[keep]] = here[keep]
        out[f"{role}_{field}"] = values
    is_area = form == "area"
    members = region_members(pd.DataFrame({"id": res["place_id"], "name": res["name"], "kind": kind,
                                           "country": res["country"]}), boundaries)
    code, level = area_code(np.where(is_area, level, None), out[f"{role}_admin1"], out[f"{role}_country"],
                            out[f"{role}_place_id"], members)
    out["_area_" + role] = areas.index(level, code)
    # An end at a region lies in each of its member provinces: its admin1 names them all.
    spans, names = member_cells(code, boundaries)
    region = spans != None  # noqa: E711 - elementwise
    out[f"{role}_admin1"] = np.where(region, spans, out[f"{role}_admin1"])
    out[f"{role}_admin1_name"] = np.where(region, names, out[f"{role}_admin1_name"])
    out[f"{role}_lat"] = np.where(is_area, np.nan, out[f"{role}_lat"])
    out[f"{role}_lon"] = np.where(is_area, np.nan, out[f"{role}_lon"])
    out[f"{role}_is_area"] = is_area
    out[f"{role}_radius_km"] = radius
    return out


def _intervals(cols: dict[str, Any], dist: np.ndarray, geometry: np.ndarray, areas: AreaIndex,
               *, max_points: int, segment_km: float) -> tuple[np.ndarray, np.ndarray]:
    """``range_min_km`` / ``range_max_km``; incidents with an area end also get their trajectory here.

    Two points: the range widened by both radii. An area end: the nearest and
    farthest distance between the area and the other end (widened by the other
    end's radius), and a trajectory from the area's nearest point.
    """
    radius = np.nan_to_num(cols["launch_radius_km"]) + np.nan_to_num(cols["target_radius_km"])
    km = dist / 1000.0
    low, high = np.maximum(km - radius, 0.0), km + radius
    la, ta = cols["_area_launch"], cols["_area_target"]
    if not ((la >= 0) | (ta >= 0)).any():
        return low, high
    got = area_intervals(GEOD, areas.geometries, la, cols["launch_lon"], cols["launch_lat"],
                         ta, cols["target_lon"], cols["target_lat"])
    rows = np.flatnonzero(~np.isnan(got["min_m"]))
    low[rows] = np.maximum(got["min_m"][rows] / 1000.0 - radius[rows], 0.0)
    high[rows] = got["max_m"][rows] / 1000.0 + radius[rows]
    ends = [got[k][rows] for k in ("a_lon", "a_lat", "b_lon", "b_lat")]
    apart = (ends[0] != ends[2]) | (ends[1] != ends[3])
    if apart.any():
        first, inverse = unique_rows(*(e[apart] for e in ends))
        lines = trajectories(*(e[apart][first] for e in ends), max_points=max_points, segment_km=segment_km)
        geometry[rows[apart]] = lines[inverse]
    # No line between ends that overlap: the point end (if any) is what can be drawn.
    for role in ROLES:
        point = ~np.isnan(cols[f"{role}_lon"][rows])
        where = rows[~apart & point]
        geometry[where] = shapely.points(cols[f"{role}_lon"][where], cols[f"{role}_lat"][where])
    geometry[rows[~apart & np.isnan(cols["launch_lon"][rows]) & np.isnan(cols["target_lon"][rows])]] = None
    return low, high


def trajectories(
    lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray,
    *, max_points: int = 32, segment_km: float = 50.0,
) -> np.ndarray:
    """Geodesic LineStrings from (lon1, lat1) to (lon2, lat2), vectorised over all rows.

    Every vertex of every line comes from one :meth:`pyproj.Geod.fwd` call
    along the initial azimuth; the last vertex is the end point itself.

    Examples
    --------
    >>> line = trajectories([41.9], [36.6], [41.3], [36.9])[0]
    >>> line.coords[0], line.coords[-1]
    ((41.9, 36.6), (41.3, 36.9))
    """
    lon1, lat1, lon2, lat2 = (np.asarray(a, dtype=float) for a in (lon1, lat1, lon2, lat2))
    az, _, dist = GEOD.inv(lon1, lat1, lon2, lat2)
    az, dist = np.atleast_1d(az), np.atleast_1d(dist)
    count = np.clip(np.ceil(dist / (segment_km * 1000.0)).astype(np.int64) + 1, 2, max(2, max_points))
    rows = np.repeat(np.arange(len(dist)), count)
    starts = np.cumsum(count) - count
    step = np.arange(len(rows)) - np.repeat(starts, count)
    frac = step / (count[rows] - 1)
    lon, lat, _ = GEOD.fwd(lon1[rows], lat1[rows], az[rows], dist[rows] * frac)
    last = step == count[rows] - 1
    lon[last], lat[last] = lon2[rows[last]], lat2[rows[last]]
    first = step == 0
    lon[first], lat[first] = lon1[rows[first]], lat1[rows[first]]
    return shapely.linestrings(np.column_stack([lon, lat]), indices=rows)


def categorize(frame: pd.DataFrame | dict[str, Any]) -> pd.Series:
    """The map category of each row from the ordered rules in ``data/categories.csv``.

    Needs ``event_type``, ``launch_country``, ``target_country`` and
    ``cross_border`` (columns of a DataFrame or row-aligned arrays). The first
    rule that matches wins; the last rule catches every attack, so each row
    gets a category.

    Examples
    --------
    >>> categorize({"event_type": ["rocket_attack"], "launch_country": ["IQ"],
    ...             "target_country": ["SY"], "cross_border": [True]}).tolist()
    ['cross_border_fire']
    """
    # Rules are evaluated on the distinct types and countries, then spread over the rows.
    type_codes, types = pd.factorize(np.asarray(frame["event_type"], dtype=object), use_na_sentinel=True)
    groups = np.array([EVENT_GROUPS.get(t) for t in types] + [None], dtype=object)
    ends = []
    for column in ("launch_country", "target_country"):
        codes, values = pd.factorize(np.asarray(frame[column], dtype=object), use_na_sentinel=True)
        ends.append((codes, np.asarray(values, dtype=object)))
    any_known = (ends[0][0] >= 0) | (ends[1][0] >= 0)
    cross = np.asarray(pd.array(frame["cross_border"], dtype="boolean").fillna(False), dtype=bool)
    n = len(type_codes)
    category = np.full(n, None, dtype=object)
    for rule in _CATEGORY_RULES:
        mask = category == None  # noqa: E711 - elementwise
        if rule["event_groups"] != "*":
            mask &= np.isin(groups, rule["event_groups"].split("|"))[type_codes]
        if rule["ends"].startswith("outside:"):
            home = rule["ends"].split(":", 1)[1].split("|")
            inside = np.zeros(n, dtype=bool)
            for codes, values in ends:
                inside |= np.append(np.isin(values, home), False)[codes]
            mask &= any_known & ~inside
        if rule["cross_border"] == "yes":
            mask &= cross
        category[mask] = rule["category"]
    index = frame.index if isinstance(frame, pd.DataFrame) else None
    return pd.Series(category, index=index, dtype=object)
