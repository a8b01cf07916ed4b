"""Reading our own GeoJSON back: every feature checked, and an edited geometry taken, not ignored.

A file written by :func:`geoincidents.io.geojson.write_geojson` holds each
end's coordinates twice: in the geometry (rounded to 6 decimals) and in the
``launch_lat``/``launch_lon``/``target_lat``/``target_lon`` properties (full
precision). A person who moves a point in a GIS changes only the geometry.

**The geometry wins.** Where a geometry end lies more than the rounding
(:data:`TOLERANCE_DEG`) away from the properties, or gives an end the
properties leave blank, the geometry's position becomes that end's explicit
coordinates (``*_match`` becomes ``explicit``, so the place name is not
resolved over it) and a warning names the feature and both positions. Which
end a geometry gives depends on what the file holds (its ``geoincidents.what``
member): a trajectory LineString's first vertex is the launch and its last the
target (the vertices between are recomputed, never read); a Point of an
``incidents`` file is the one end the properties give coordinates for (the
target when they give none: one point is where it happened, as for an ACLED
event); a Point of a ``launches`` or ``targets`` file is that end. An end known
only as an area (``*_is_area``: a province or country) has no point: a line
meets that area at its nearest point, which is drawn, not data, and is not
read. A geometry that cannot be placed (a Point where the properties give both ends, a null
geometry where they give coordinates, a Polygon, a longitude beyond ±180) is
refused with the feature number.

Every other typed member is checked too: counts are whole numbers or null,
coordinates numbers or null, ``claims`` an array of objects. A file breaking
any rule is refused with a :class:`~geoincidents.errors.ValidationError` listing
every feature, key, value and what was expected.
"""
from __future__ import annotations

import logging
import math
import os
import re
from typing import Any

import pandas as pd

from geoincidents.errors import Problem, SchemaError, ValidationError
from geoincidents.io.jsonstrict import read_json_text
from geoincidents.schema import CLAIM_COLUMNS, COLUMNS, ROLES

__all__ = ["read_geojson", "TOLERANCE_DEG"]

log = logging.getLogger(__name__)

#: Geometry coordinates are written rounded to 6 decimals: closer than this to the properties is the same point.
TOLERANCE_DEG = 1.5e-6

_COUNTS = tuple(c.name for c in COLUMNS if c.kind == "count")
_COORDS = tuple(c.name for c in COLUMNS if c.kind in ("lat", "lon"))
_WHOLE = re.compile(r"^\s*\d+(\.0*)?\s*$")


def _feature_problem(name: str, n: int, key: str | None, value: Any, expected: str) -> Problem:
    return Problem(name, n, key, value, expected, "feature")


def _number(value: Any) -> float | None:
    """A JSON number (or numeric text) as float; None when missing or not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _whole(value: Any) -> int | None:
    """A count as int (JSON integer, integral float, or its text), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    if isinstance(value, str) and _WHOLE.match(value):
        return int(value.strip().split(".")[0])
    return None


def _check_members(name: str, n: int, props: dict[str, Any]) -> list[Problem]:
    problems = []
    for key in _COUNTS:
        value = props.get(key)
        if value is None:
            continue
        whole = _whole(value)
        if whole is None or whole >= 2**63:
            problems.append(_feature_problem(name, n, key, value, "a whole number of people (JSON integer) or null"))
    for key in _COORDS:
        value = props.get(key)
        if value is not None and (_number(value) is None or isinstance(value, (bool, list, dict))):
            problems.append(_feature_problem(name, n, key, value, "a coordinate in decimal degrees (JSON number) or null"))
    claims = props.get("claims")
    if claims is not None and not (isinstance(claims, list) and all(isinstance(c, dict) for c in claims)):
        problems.append(_feature_problem(name, n, "claims", claims,
                                         'a JSON array of claim objects: [{"source_id": ..., "status": ..., "assertion": ...}]'))
    return problems


def _positions(geometry: Any) -> tuple[str | None, list[tuple[float, float]] | None]:
    """(type, [(lon, lat), ...]) of a Point or LineString; (type, None) when malformed."""
    if geometry is None:
        return None, []
    if not isinstance(geometry, dict):
        return type(geometry).__name__, None
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    points = [coords] if kind == "Point" else coords if kind == "LineString" else None
    if not isinstance(points, list) or not points:
        return kind, None
    out = []
    for p in points:
        if not isinstance(p, list) or len(p) < 2:
            return kind, None
        lon, lat = _number(p[0]), _number(p[1])
        if lon is None or lat is None or not (abs(lon) <= 180 and abs(lat) <= 90):
            return kind, None
        out.append((lon, lat))
    return kind, out


def _geometry_ends(name: str, n: int, geometry: Any, props: dict[str, Any], what: str
                   ) -> tuple[dict[str, tuple[float, float]], list[Problem]]:
    """The ends a feature's geometry places, by role, or the problem that it cannot be placed."""
    kind, points = _positions(geometry)
    given = {r: (_number(props.get(f"{r}_lon")), _number(props.get(f"{r}_lat"))) for r in ROLES}
    has = [r for r in ROLES if None not in given[r]]
    if points is None:
        return {}, [_feature_problem(name, n, "geometry", geometry,
                                     "a GeoJSON Point or LineString of [longitude, latitude] numbers within ±180/±90, or null")]
    if kind is None:
        if has:
            shown = ", ".join(f"{r} ({given[r][0]}, {given[r][1]})" for r in has)
            return {}, [_feature_problem(name, n, "geometry", None,
                                         f"a geometry: the properties place {shown} (lon, lat), but the geometry is null; "
                                         f"restore it, or blank {' and '.join(f'{r}_lat/{r}_lon' for r in has)}")]
        return {}, []
    # An end known only as an area (province, country) has no point: the line meets the area's nearest point.
    area = {r for r in ROLES if props.get(f"{r}_is_area") is True}
    if kind == "LineString" and what in ("incidents", "trajectories"):
        return {r: xy for r, xy in (("launch", points[0]), ("target", points[-1])) if r not in area}, []
    if kind == "Point" and what in ("launches", "targets"):
        return {what[:-1] if what == "targets" else "launch": points[0]}, []
    free = [r for r in ROLES if r not in area]
    if kind == "Point" and what == "incidents" and len(has) < 2 and free:
        # One point and no coordinates in the properties: where it happened, the target (as an ACLED event's point).
        return {has[0] if has else "target" if "target" in free else free[0]: points[0]}, []
    return {}, [_feature_problem(
        name, n, "geometry", kind,
        f"a geometry that says which end it places: in a {what!r} file a LineString (launch → target)"
        + (", or a Point where the properties give coordinates for one end at most" if what == "incidents" else "")
        + (f"; the properties give coordinates for {' and '.join(has) or 'neither end'}" if what == "incidents" else ""))]


def _apply_geometry(name: str, n: int, props: dict[str, Any], ends: dict[str, tuple[float, float]]) -> dict[str, Any]:
    for role, (lon, lat) in ends.items():
        old = (_number(props.get(f"{role}_lon")), _number(props.get(f"{role}_lat")))
        if None not in old and abs(old[0] - lon) <= TOLERANCE_DEG and abs(old[1] - lat) <= TOLERANCE_DEG:
            continue
        log.warning("%s, feature %d (%s): the %s point was moved in the geometry to (lon %s, lat %s); the "
                    "properties said (%s, %s): the geometry wins", name, n, props.get("incident_id"), role,
                    lon, lat, old[0], old[1])
        props = {**props, f"{role}_lon": repr(lon), f"{role}_lat": repr(lat), f"{role}_match": "explicit"}
    return props


def _document(path: str | os.PathLike[str]) -> Any:
    name = os.fspath(path)
    try:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read()
    except UnicodeDecodeError as err:
        raise SchemaError(Problem(name, None, None, err.object[max(0, err.start - 20): err.end + 20],
                                  "a UTF-8 encoded GeoJSON file")) from err
    return read_json_text(text, name)


def read_geojson(
    path: str | os.PathLike[str],
    *,
    document: Any = None,
) -> tuple[pd.DataFrame, pd.DataFrame | None, pd.DataFrame | None]:
    """Read a FeatureCollection written by :func:`~geoincidents.io.geojson.write_geojson` back into tables.

    Parameters
    ----------
    path
        The file (also named in error messages).
    document
        The file's content already parsed (by :func:`geoincidents.io.jsonstrict.read_json_text`
        or :func:`json.load`), for a caller that has parsed it to look at its type; then the file
        is not read again.

    Returns
    -------
    (incidents, claims, sources)
        ``incidents``: one row per feature with every property but ``claims``
        (input and derived columns; the loader recomputes the derived ones),
        with the ends an edited geometry moved (see the module docstring).
        ``claims``: ``incident_id, source_id, status, assertion`` gathered from
        the features' ``claims`` arrays, or None when no feature has one.
        ``sources``: the top-level ``sources`` member, or None.

    Raises
    ------
    SchemaError
        The file is not a FeatureCollection, or no feature has an
        ``incident_id`` property (a GeoJSON not written by geoincidents).
    ValidationError
        Features that lack ``incident_id``, hold a count, coordinate or
        ``claims`` of the wrong type, or a geometry that cannot be placed: one
        problem per feature and key.

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> from geoincidents.io.export import export
    >>> export(seed(), "incidents.geojson")
    PosixPath('incidents.geojson')
    >>> incidents, claims, sources = read_geojson("incidents.geojson")
    >>> len(incidents), len(claims)
    (13, 39)
    """
    name = os.fspath(path)
    doc = _document(path) if document is None else document
    features = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(features, list):
        kind = doc.get("type") if isinstance(doc, dict) else type(doc).__name__
        raise SchemaError(Problem(name, None, "type", kind, 'a GeoJSON FeatureCollection ({"type": "FeatureCollection", "features": [...]})'))
    props = [f.get("properties") if isinstance(f, dict) else None for f in features]
    lacking = [i for i, p in enumerate(props) if not isinstance(p, dict) or p.get("incident_id") in (None, "")]
    if lacking and len(lacking) == len(props) and props:
        seen = sorted(props[0]) if isinstance(props[0], dict) else []
        raise SchemaError(Problem(
            name, 1, "incident_id", None,
            "a GeoJSON written by geoincidents: every feature needs an 'incident_id' property "
            f"(the first feature has properties {seen[:12]}); convert other GeoJSON to our "
            "columns (incident_id, date, event_type, ...) first", "feature",
        ))
    problems = [_feature_problem(name, i + 1, "incident_id", None, "an 'incident_id' property in every feature")
                for i in lacking]
    meta = doc.get("geoincidents")
    what = meta.get("what", "incidents") if isinstance(meta, dict) else "incidents"
    records = []
    claim_rows: list[dict[str, Any]] = []
    for i, (feature, p) in enumerate(zip(features, props)):
        if i in lacking:
            continue
        n = i + 1
        found = _check_members(name, n, p)
        ends, placed = _geometry_ends(name, n, feature.get("geometry"), p, str(what))
        problems += found + placed
        if found or placed:
            continue
        p = _apply_geometry(name, n, p, ends)
        if "claims" in p:
            p = dict(p)
            for c in p.pop("claims") or ():
                claim_rows.append({**c, "incident_id": p["incident_id"]})
        records.append(p)
    if problems:
        raise ValidationError(sorted(problems, key=lambda q: q.row or 0))
    incidents = pd.DataFrame.from_records(records) if records else pd.DataFrame({"incident_id": pd.Series(dtype=object)})
    for c in _COUNTS:
        if c in incidents:
            incidents[c] = pd.array([None if v is None or (isinstance(v, float) and pd.isna(v)) else _whole(v)
                                     for v in incidents[c]], dtype="Int64")
    claims = None
    if any(isinstance(p, dict) and "claims" in p for p in props):
        claims = pd.DataFrame.from_records(claim_rows, columns=None if claim_rows else list(CLAIM_COLUMNS))
        claims = claims.reindex(columns=list(CLAIM_COLUMNS) + [c for c in claims.columns if c not in CLAIM_COLUMNS])
    sources = doc.get("sources")
    if sources is not None and not (isinstance(sources, list) and all(isinstance(s, dict) for s in sources)):
        raise SchemaError(Problem(name, None, "sources", sources,
                                  'a JSON array of source objects: [{"source_id": ..., "outlet": ..., ...}]'))
    sources_df = pd.DataFrame.from_records(sources) if isinstance(sources, list) else None
    return incidents, claims, sources_df
