"""From parsed incident rows to the two-point geometry and the derived columns.

Resolution runs one gazetteer batch per precision hint over the unique place
names of both ends; explicit coordinates win over the gazetteer. Everything
after that is vectorised over whole columns: the boundary lookup runs once per
unique point, range and bearing come from one :meth:`pyproj.Geod.inv` call,
and the trajectories from one :meth:`pyproj.Geod.fwd` call over all their
vertices, so a million rows enrich in seconds.

How the precision column steers resolution (``data/precisions.csv``): each
precision names stages of place kinds, passed to the gazetteer as ``kind=``
in turn while a name stays unresolved: province → governorate (or region),
country → country, district → district, town → city/town/village/area,
exact → the site kinds (bases, airports, facilities, crossings, embassies),
each followed by any kind; near → any kind, then settlements, then sites.
So "Hasaka" with precision ``province`` resolves to the governorate and with
``town`` to the city, "Rumalyn base" with ``exact`` to the base rather than
the town of Rmeilan, and "near Erbil air base" to the base. The precision is
a hint, not a filter: a province-precision "Zummar" still finds the town.
When no stage resolves a name, an ambiguity is reported before "not found".
A blank precision is filled from the kind of
the place found (governorate → province, town → town, a base → exact), so
maps can show how far to trust each point.

Country and admin1 of an end come from the gazetteer's row when the place is
an area (country, governorate, district, region) known only by its name, and
from a point lookup in the boundaries otherwise (explicit coordinates, sites,
towns); a point outside every polygon falls back to the gazetteer's row.
"""
from __future__ import annotations

import csv
import io
import logging
from importlib import resources
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from geoincidents.errors import Problem
from geoincidents.schema import COLUMN_NAMES, EVENT_GROUPS, ROLES

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer import Boundaries, Gazetteer

__all__ = ["resolve_places", "place_problems", "enrich", "trajectories", "categorize", "GEOD"]

log = logging.getLogger(__name__)

#: The ellipsoid every range, bearing and trajectory is computed on.
GEOD = Geod(ellps="WGS84")

_AREA_KINDS = frozenset({"country", "governorate", "district", "region"})
_END_COLUMNS = (
    "launch_place_id", "target_place_id", "launch_match", "target_match",
    "launch_country", "launch_admin1", "launch_admin1_name", "target_country", "target_admin1", "target_admin1_name",
)
_RESOLVED = ("place_id", "name", "kind", "lat", "lon", "admin1", "admin1_name", "country", "method", "reason")


def _data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("geoincidents").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


_PRECISIONS = _data_rows("precisions.csv")
# kinds: ';'-separated stages of '|'-separated kinds ('*' = any kind), tried in order
# while a name stays unresolved.
_KIND_HINT = {
    r["precision"]: tuple(None if stage == "*" else tuple(stage.split("|")) for stage in r["kinds"].split(";"))
    if r["kinds"] else None
    for r in _PRECISIONS
}
_PRECISION_OF_KIND = {k: r["precision"] for r in _PRECISIONS for k in r["implied_by"].split("|") if k}
_CATEGORY_RULES = sorted(_data_rows("categories.csv"), key=lambda r: int(r["order"]))


# --- resolution -------------------------------------------------------------


def resolve_places(frame: pd.DataFrame, *, gazetteer: Gazetteer | None = None) -> dict[str, pd.DataFrame]:
    """Resolve ``launch_place`` and ``target_place`` in one batch per precision hint.

    Parameters
    ----------
    frame
        Parsed incident columns (:func:`geoincidents.schema.parse_incident_columns`).
    gazetteer
        Default :meth:`gazetteer.Gazetteer.default`.

    Returns
    -------
    dict
        ``{"launch": df, "target": df}``, each aligned with ``frame`` and holding
        the gazetteer's ``resolve_many`` columns (``place_id, name, kind, lat, lon,
        admin1, admin1_name, country, method, reason``); blank names give NA rows
        with reason ``"empty"``.

    Examples
    --------
    >>> import pandas as pd                                                # doctest: +SKIP
    >>> f = pd.DataFrame({"launch_place": ["Zummar"], "launch_precision": ["town"],
    ...                   "target_place": ["Hasaka"], "target_precision": ["province"]})
    >>> resolve_places(f)["target"].loc[0, "kind"]                          # doctest: +SKIP
    'governorate'
    """
    if gazetteer is None:
        from gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    n = len(frame)
    names = pd.concat([frame[f"{r}_place"] for r in ROLES], ignore_index=True).astype(object)
    # The hint key is the precision itself (its kind stages are looked up per batch); a
    # precision without kinds ("near" has them, but a future one may not) is no hint.
    hints = pd.concat([frame[f"{r}_precision"] for r in ROLES], ignore_index=True).astype(object)
    name_codes, name_values = pd.factorize(names, use_na_sentinel=True)
    hint_codes, hint_values = pd.factorize(hints, use_na_sentinel=True)
    no_kinds = np.array([_KIND_HINT.get(h) is None for h in hint_values] + [True], dtype=bool)
    hint_codes = np.where(no_kinds[hint_codes], -1, hint_codes)
    width = len(hint_values) + 1
    pair = name_codes.astype(np.int64) * width + (hint_codes + 1)
    pair[name_codes < 0] = -1
    codes, pairs = pd.factorize(pair, use_na_sentinel=True)
    valid = pairs >= 0
    kept = pairs[valid]
    unique = pd.DataFrame({
        "_query": pd.Series(np.asarray(name_values, dtype=object)[kept // width], dtype=object),
        "_hint": pd.Series([None if p % width == 0 else hint_values[p % width - 1] for p in kept], dtype=object),
    })
    # Map pair codes onto rows of `unique`; the blank pair (-1), if present, becomes the "empty" row.
    position = np.cumsum(valid) - 1
    row_of = np.where(valid[codes], position[codes], len(unique))
    table = _resolve_unique(gazetteer, unique)
    log.info("resolved %d unique (name, hint) pairs for %d rows", len(unique), n)
    out = {}
    for i, role in enumerate(ROLES):
        take = row_of[i * n : (i + 1) * n]
        part = {}
        for c in _RESOLVED:
            values = table[c].to_numpy(dtype=float if c in ("lat", "lon") else object)
            fill = np.nan if c in ("lat", "lon") else ("empty" if c == "reason" else None)
            # An explicit object Series: pandas 3 would otherwise convert text to its Arrow str dtype.
            part[c] = pd.Series(np.append(values, np.array([fill], dtype=values.dtype))[take],
                                index=frame.index, dtype=values.dtype)
        out[role] = pd.DataFrame(part, copy=False)
    return out


def _resolve_unique(gazetteer: Gazetteer, unique: pd.DataFrame) -> pd.DataFrame:
    result = pd.DataFrame(index=unique.index, columns=list(_RESOLVED), dtype=object)
    for hint, group in unique.groupby("_hint", dropna=False, sort=False):
        stages = [None] if pd.isna(hint) else list(_KIND_HINT[hint])
        got = _batch(gazetteer, group["_query"], stages[0])
        for kind in stages[1:]:
            # The precision is a hint, not a filter: a name the stage leaves unresolved tries the next.
            open_ = got["place_id"].isna().to_numpy()
            if not open_.any():
                break
            again = _batch(gazetteer, group["_query"][open_], kind)
            # Keep what resolves; an ambiguity found earlier says more than a later "not found".
            better = again["place_id"].notna().to_numpy() | ~got["reason"][open_].astype(str).str.startswith("ambiguous").to_numpy()
            rows = np.flatnonzero(open_)[better]
            got.iloc[rows] = again.to_numpy()[better]
        result.loc[group.index] = got.to_numpy()
    for c in _RESOLVED:
        if c in ("lat", "lon"):
            result[c] = pd.to_numeric(result[c], errors="coerce").astype(float)
        else:
            # None for every kind of missing (NA, NaN, ""), so per-row code can test `is None`.
            values = result[c].to_numpy(dtype=object)
            result[c] = pd.Series([None if _blank(v) else v for v in values], index=result.index, dtype=object)
    return result


def _blank(value: Any) -> bool:
    return value is None or value is pd.NA or value == "" or (isinstance(value, float) and np.isnan(value))


def _batch(gazetteer: Gazetteer, names: pd.Series, kind: str | None) -> pd.DataFrame:
    got = gazetteer.resolve_many(list(names), kind=kind)
    return got.reindex(columns=list(_RESOLVED)).astype(object).set_axis(names.index)


# --- problems that need the gazetteer or the boundaries --------------------------


def place_problems(
    frame: pd.DataFrame,
    resolved: dict[str, pd.DataFrame],
    *,
    boundaries: Boundaries,
    path: str | None = None,
) -> list[Problem]:
    """Unknown and ambiguous places, and explicit coordinates that disagree with the named place.

    A name with explicit coordinates beside it is only a label, so it may be
    unknown or ambiguous; but when it resolves, the point must lie in the
    place's country. If swapping lat and lon would put it there, the problem
    says the coordinates look swapped.
    """
    problems: list[Problem] = []
    for role in ROLES:
        res = resolved[role]
        explicit = frame[f"{role}_lat"].notna() & frame[f"{role}_lon"].notna()
        reason = res["reason"].astype(object)
        failed = reason.notna() & (reason != "empty") & ~explicit
        for pos in np.flatnonzero(failed.to_numpy()):
            value = frame[f"{role}_place"].iat[pos]
            problems.append(Problem(path, int(pos) + 1, f"{role}_place", value, _place_hint(role, reason.iat[pos])))
        check = explicit & res["country"].notna()
        if not check.any():
            continue
        idx = np.flatnonzero(check.to_numpy())
        lat = frame[f"{role}_lat"].to_numpy(float)[idx]
        lon = frame[f"{role}_lon"].to_numpy(float)[idx]
        want = res["country"].to_numpy(object)[idx]
        here = _locate_unique(boundaries, lon, lat)["country"]
        # Only points that miss their place's country are tried the other way round.
        differ = (here == None) | (here != want)  # noqa: E711 - elementwise; `want` is never None here
        idx, lat, lon, want, here = idx[differ], lat[differ], lon[differ], want[differ], here[differ]
        flipped = np.full(len(idx), None, dtype=object)
        can_flip = np.abs(lon) <= 90
        if can_flip.any():
            flipped[can_flip] = _locate_unique(boundaries, lat[can_flip], lon[can_flip])["country"]
        for k, pos in enumerate(idx):
            point_cc, place_cc = here[k], want[k]
            swapped = not _same(point_cc, place_cc) and _same(flipped[k], place_cc)
            wrong = not pd.isna(point_cc) and not _same(point_cc, place_cc)
            if not (swapped or wrong):
                continue
            place = frame[f"{role}_place"].iat[pos]
            value = f"{role}_lat={lat[k]}, {role}_lon={lon[k]}"
            if swapped:
                text = (f"coordinates in {place_cc} like the named place {place!r}; they look swapped: "
                        f"write {role}_lat={lon[k]} and {role}_lon={lat[k]}")
            else:
                text = (f"coordinates in {place_cc}, where the named place {place!r} is; the point lands in "
                        f"{point_cc}. Check the coordinates or the place name")
            problems.append(Problem(path, int(pos) + 1, f"{role}_lat", value, text))
    return problems


def _same(a: Any, b: Any) -> bool:
    return not pd.isna(a) and not pd.isna(b) and a == b


def _place_hint(role: str, reason: str) -> str:
    if reason.startswith("ambiguous"):
        return (f"one place, but the name is {reason}. Write the full name of the one you mean, set "
                f"{role}_precision (exact picks a site, town a settlement, province a governorate, country a "
                f"country), or give "
                f"{role}_lat and {role}_lon")
    if reason.startswith("not found"):
        return (f"a place the gazetteer knows ({reason}). Fix the spelling, add the place to the gazetteer, "
                f"or give {role}_lat and {role}_lon")
    return f"a place name the gazetteer can look up ({reason})"


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
    >>> g = enrich(parsed)                                                  # doctest: +SKIP
    >>> g.loc[0, ["launch_country", "target_country", "cross_border"]].tolist()  # doctest: +SKIP
    ['IQ', 'SY', True]
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
    for role in ROLES:
        cols.update(_end(frame, role, resolved[role], boundaries))
    lon1, lat1, lon2, lat2 = (cols[c] for c in ("launch_lon", "launch_lat", "target_lon", "target_lat"))
    both = ~(np.isnan(lon1) | np.isnan(lat1) | np.isnan(lon2) | np.isnan(lat2))
    az = np.full(n, np.nan)
    dist = np.full(n, np.nan)
    geometry = np.full(n, None, dtype=object)
    if both.any():
        # Incidents repeat the same routes: compute each distinct one once.
        ends = [a[both] for a in (lon1, lat1, lon2, lat2)]
        first, inverse = _unique_rows(*ends)
        u = [a[first] for a in ends]
        az_u, _, dist_u = GEOD.inv(*u)
        az[both], dist[both] = np.atleast_1d(az_u)[inverse], np.atleast_1d(dist_u)[inverse]
        geometry[both] = trajectories(*u, max_points=max_points, segment_km=segment_km)[inverse]
    for one, lon, lat in ((~both & ~np.isnan(lon1) & ~np.isnan(lat1), lon1, lat1),
                          (~both & ~np.isnan(lon2) & ~np.isnan(lat2), lon2, lat2)):
        geometry[one] = shapely.points(lon[one], lat[one])
    lc, tc = cols["launch_country"], cols["target_country"]
    known = (lc != None) & (tc != None)  # noqa: E711 - elementwise test on object arrays
    cross = pd.array(np.where(known, lc != tc, False), dtype="boolean")
    cross[~known] = pd.NA
    cols["cross_border"] = cross
    cols["range_km"] = dist / 1000.0
    cols["bearing_deg"] = np.mod(az, 360.0)
    cols["category"] = categorize(cols)
    data = {}
    for name in (*COLUMN_NAMES, *_END_COLUMNS, "cross_border", "range_km", "bearing_deg", "category"):
        value = cols[name]
        # Explicit dtypes: pandas 3 would turn object arrays of text into its Arrow str dtype.
        data[name] = value if not isinstance(value, np.ndarray) else pd.Series(value, dtype=value.dtype, copy=False)
    table = pd.DataFrame(data, copy=False)
    return gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"), copy=False)


def _end(frame: pd.DataFrame, role: str, res: pd.DataFrame, boundaries: Boundaries) -> dict[str, np.ndarray]:
    """One end's coordinates, match, place id, precision, country and admin1, as row-aligned arrays."""
    lat, lon = frame[f"{role}_lat"].to_numpy(float), frame[f"{role}_lon"].to_numpy(float)
    explicit = ~np.isnan(lat) & ~np.isnan(lon)
    out: dict[str, np.ndarray] = {
        f"{role}_lat": np.where(explicit, lat, res["lat"].to_numpy(float)),
        f"{role}_lon": np.where(explicit, lon, res["lon"].to_numpy(float)),
        f"{role}_place_id": res["place_id"].to_numpy(object),
        f"{role}_match": np.where(explicit, "explicit", res["method"].to_numpy(object)).astype(object),
    }
    # Per-kind facts are looked up once per distinct kind, then spread over the rows.
    kind_codes, kinds = pd.factorize(res["kind"].to_numpy(object), use_na_sentinel=True)
    implied = np.array([_PRECISION_OF_KIND.get(k) for k in kinds] + [None], dtype=object)[kind_codes]
    is_area = np.array([k in _AREA_KINDS for k in kinds] + [False], dtype=bool)[kind_codes]
    precision = frame[f"{role}_precision"].to_numpy(object)
    out[f"{role}_precision"] = np.where(pd.isna(precision), implied, precision)

    area = is_area & ~explicit
    lon, lat = out[f"{role}_lon"], out[f"{role}_lat"]
    lookup = np.flatnonzero(~area & ~np.isnan(lon) & ~np.isnan(lat))
    found = _locate_unique(boundaries, lon[lookup], lat[lookup])
    for field in ("country", "admin1", "admin1_name"):
        values = res[field].to_numpy(object).copy()
        here = found[field]
        # A point outside every polygon (at sea, off the bundled map) keeps the gazetteer's answer.
        keep = here != None  # noqa: E711 - elementwise
        values[lookup[keep]] = here[keep]
        out[f"{role}_{field}"] = values
    return out


def _locate_unique(boundaries: Boundaries, lon: np.ndarray, lat: np.ndarray) -> dict[str, np.ndarray]:
    # Incidents repeat the same few hundred places: look each distinct point up once.
    empty = {f: np.empty(0, dtype=object) for f in ("country", "admin1", "admin1_name")}
    if len(lon) == 0:
        return empty
    first, inverse = _unique_rows(lon, lat)
    found = boundaries.locate(lon[first], lat[first])
    return {
        f: np.array([None if _blank(v) else v for v in found[f].to_numpy(dtype=object)] + [None], dtype=object)[inverse]
        for f in empty
    }


def _unique_rows(*columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of one representative per distinct row of ``columns``, and each row's representative.

    Rows are hashed (64 bits) and factorized, which is far faster than
    ``np.unique(axis=0)``; a hash collision is detected and falls back to it.
    """
    n = len(columns[0])
    key = np.zeros(n, dtype=np.uint64)
    for column in columns:
        key = key * np.uint64(1_000_003) ^ pd.util.hash_array(np.asarray(column))
    inverse, uniques = pd.factorize(key)
    first = np.empty(len(uniques), dtype=np.int64)
    first[inverse[::-1]] = np.arange(n - 1, -1, -1)
    if all(np.array_equal(np.asarray(c)[first][inverse], c, equal_nan=True) for c in columns):
        return first, inverse
    stacked = np.column_stack(columns)  # pragma: no cover - needs a 64-bit hash collision
    _, first, inverse = np.unique(stacked, axis=0, return_index=True, return_inverse=True)
    return first, inverse.ravel()


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
