"""From parsed incident rows to the two-point geometry and the derived columns.

Resolution runs one gazetteer batch per precision hint over the unique place
names of both ends; explicit coordinates win over the gazetteer. Everything
after that is vectorised over whole columns: the boundary lookup runs once per
unique point, range and bearing come from one :meth:`pyproj.Geod.inv` call,
and the trajectories from one :meth:`pyproj.Geod.fwd` call over all their
vertices, so a million rows enrich in seconds.

How the precision column steers resolution (``data/precisions.csv``): each
precision names the place kinds it means, passed to the gazetteer as
``kind=``: province → governorate (or region), country → country, district →
district, town → city/town/village/area, exact → the site kinds (bases,
airports, facilities, crossings, embassies), near → sites or settlements. So
"Hasaka" with precision ``province`` resolves to the governorate and with
``town`` to the city, and "Rumalyn base" with ``exact`` to the base rather
than the town of Rmeilan. The precision is a hint, not a filter: a name that
the hinted kinds do not know is retried without it (a province-precision
"Zummar" still finds the town). A blank precision is filled from the kind of
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
# kinds: ';'-separated stages of '|'-separated kinds, tried in order while a name is not found.
_KIND_HINT = {
    r["precision"]: tuple(tuple(stage.split("|")) for stage in r["kinds"].split(";")) if r["kinds"] else None
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
    # The hint key is the precision itself (hashable, groupable); its kinds are looked up per batch.
    hints = pd.concat([frame[f"{r}_precision"].where(frame[f"{r}_precision"].map(_KIND_HINT).notna())
                       for r in ROLES], ignore_index=True)
    keys = pd.DataFrame({"_query": names, "_hint": hints.astype(object)})
    has_name = keys["_query"].notna() & (keys["_query"].astype(str).str.strip() != "")
    unique = keys[has_name].drop_duplicates().reset_index(drop=True)
    unique = unique.join(_resolve_unique(gazetteer, unique))
    log.info("resolved %d unique (name, hint) pairs for %d rows", len(unique), n)
    merged = keys.merge(unique, on=["_query", "_hint"], how="left")
    merged.loc[~has_name.to_numpy(), "reason"] = "empty"
    out = {}
    for i, role in enumerate(ROLES):
        part = merged.iloc[i * n : (i + 1) * n][list(_RESOLVED)].reset_index(drop=True)
        part.index = frame.index
        out[role] = part
    return out


def _resolve_unique(gazetteer: Gazetteer, unique: pd.DataFrame) -> pd.DataFrame:
    result = pd.DataFrame(index=unique.index, columns=list(_RESOLVED), dtype=object)
    for hint, group in unique.groupby("_hint", dropna=False, sort=False):
        stages = [None] if pd.isna(hint) else [*_KIND_HINT[hint], None]
        got = _batch(gazetteer, group["_query"], stages[0])
        for kind in stages[1:]:
            # The precision is a hint, not a filter: a name the hinted kinds lack tries the next stage.
            retry = got["reason"].astype(str).str.startswith("not found").to_numpy()
            if not retry.any():
                break
            again = _batch(gazetteer, group["_query"][retry], kind)
            got.iloc[np.flatnonzero(retry)] = again.to_numpy()
        result.loc[group.index] = got.to_numpy()
    for c in ("lat", "lon"):
        result[c] = pd.to_numeric(result[c], errors="coerce").astype(float)
    return result


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
        here = boundaries.locate(lon, lat)["country"].to_numpy(object)
        flipped = np.full(len(idx), None, dtype=object)
        can_flip = np.abs(lon) <= 90
        if can_flip.any():
            flipped[can_flip] = boundaries.locate(lat[can_flip], lon[can_flip])["country"].to_numpy(object)
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
    segment_km: float = 25.0,
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
    out = frame[list(COLUMN_NAMES)].copy()
    for role in ROLES:
        _end(out, role, resolved[role], boundaries)
    out = out[[*COLUMN_NAMES, *_END_COLUMNS]]
    lon1, lat1, lon2, lat2 = (out[c].to_numpy(float) for c in ("launch_lon", "launch_lat", "target_lon", "target_lat"))
    both = ~(np.isnan(lon1) | np.isnan(lat1) | np.isnan(lon2) | np.isnan(lat2))
    az = np.full(len(out), np.nan)
    dist = np.full(len(out), np.nan)
    if both.any():
        az[both], _, dist[both] = GEOD.inv(lon1[both], lat1[both], lon2[both], lat2[both])
    out["cross_border"] = pd.array(
        np.where(out["launch_country"].notna() & out["target_country"].notna(),
                 out["launch_country"] != out["target_country"], None),
        dtype="boolean",
    )
    out["range_km"] = dist / 1000.0
    out["bearing_deg"] = np.mod(az, 360.0)
    out["category"] = categorize(out)
    geometry = np.full(len(out), None, dtype=object)
    launch_only = ~np.isnan(lon1) & ~np.isnan(lat1) & ~both
    target_only = ~np.isnan(lon2) & ~np.isnan(lat2) & ~both
    geometry[launch_only] = shapely.points(lon1[launch_only], lat1[launch_only])
    geometry[target_only] = shapely.points(lon2[target_only], lat2[target_only])
    if both.any():
        geometry[both] = trajectories(lon1[both], lat1[both], lon2[both], lat2[both],
                                      max_points=max_points, segment_km=segment_km)
    return gpd.GeoDataFrame(out, geometry=geometry, crs="EPSG:4326")


def _end(out: pd.DataFrame, role: str, res: pd.DataFrame, boundaries: Boundaries) -> None:
    """Fill one end's coordinates, match, place id, precision, country and admin1 in place."""
    explicit = (out[f"{role}_lat"].notna() & out[f"{role}_lon"].notna()).to_numpy()
    out[f"{role}_lat"] = np.where(explicit, out[f"{role}_lat"], res["lat"].astype(float))
    out[f"{role}_lon"] = np.where(explicit, out[f"{role}_lon"], res["lon"].astype(float))
    out[f"{role}_place_id"] = res["place_id"].astype(object).where(res["place_id"].notna(), None)
    method = res["method"].astype(object).where(res["method"].notna(), None)
    out[f"{role}_match"] = pd.Series(np.where(explicit, "explicit", method), index=out.index, dtype=object)
    precision = out[f"{role}_precision"]
    implied = res["kind"].map(_PRECISION_OF_KIND)
    filled = precision.where(precision.notna(), implied).astype(object)
    out[f"{role}_precision"] = filled.where(filled.notna(), None)

    area = res["kind"].isin(_AREA_KINDS).to_numpy() & ~explicit
    lon, lat = out[f"{role}_lon"].to_numpy(float), out[f"{role}_lat"].to_numpy(float)
    lookup = np.flatnonzero(~area & ~np.isnan(lon) & ~np.isnan(lat))
    found = _locate_unique(boundaries, lon[lookup], lat[lookup])
    for field in ("country", "admin1", "admin1_name"):
        values = res[field].to_numpy(object).copy()
        here = found[field]
        # A point outside every polygon (at sea, off the bundled map) keeps the gazetteer's answer.
        keep = pd.notna(here)
        values[lookup[keep]] = here[keep]
        values = np.where(pd.isna(values) | (values == ""), None, values)
        out[f"{role}_{field}"] = pd.Series(values, index=out.index, dtype=object)


def _locate_unique(boundaries: Boundaries, lon: np.ndarray, lat: np.ndarray) -> dict[str, np.ndarray]:
    # Incidents repeat the same few hundred places: look each distinct point up once.
    empty = {f: np.empty(0, dtype=object) for f in ("country", "admin1", "admin1_name")}
    if len(lon) == 0:
        return empty
    pts = np.column_stack([lon, lat])
    uniq, inverse = np.unique(pts, axis=0, return_inverse=True)
    found = boundaries.locate(uniq[:, 0], uniq[:, 1])
    return {f: found[f].astype(object).to_numpy()[inverse.ravel()] for f in empty}


def trajectories(
    lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray,
    *, max_points: int = 32, segment_km: float = 25.0,
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


def categorize(frame: pd.DataFrame) -> pd.Series:
    """The map category of each row from the ordered rules in ``data/categories.csv``.

    Needs ``event_type``, ``launch_country``, ``target_country`` and
    ``cross_border``. The first rule that matches wins; the last rule catches
    every attack, so each row gets a category.
    """
    group = frame["event_type"].map(EVENT_GROUPS)
    ends = frame[["launch_country", "target_country"]]
    cross = frame["cross_border"].astype("boolean").fillna(False).to_numpy(bool)
    category = pd.Series(None, index=frame.index, dtype=object)
    for rule in _CATEGORY_RULES:
        mask = category.isna().to_numpy().copy()
        if rule["event_groups"] != "*":
            mask &= group.isin(rule["event_groups"].split("|")).to_numpy()
        if rule["ends"].startswith("outside:"):
            home = rule["ends"].split(":", 1)[1].split("|")
            mask &= ends.notna().any(axis=1).to_numpy() & ~ends.isin(home).any(axis=1).to_numpy()
        if rule["cross_border"] == "yes":
            mask &= cross
        category[mask] = rule["category"]
    return category
