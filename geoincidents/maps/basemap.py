"""Boundaries, province shading and known bases, prepared for the map payload.

The bundled admin-1 polygons are simplified further for display (a map at
zoom 5–9 cannot show detail below ~1 km) with ``shapely.coverage_simplify``,
which keeps the edges that neighbouring provinces share identical, and rounded
to 3 decimals (~100 m). Country fills are dissolved from the same simplified
provinces so that their edges match the province outlines exactly.
"""
from __future__ import annotations

import json
import logging
from typing import Any

import numpy as np
import pandas as pd
import shapely

__all__ = ["boundary_layers", "country_labels", "shading", "known_bases", "place_radius_km", "SHADE_COLOURS"]

log = logging.getLogger(__name__)

_TOLERANCE_DEG = 0.01
_GRID_DEG = 0.001
_BASE_KINDS = ("air_base", "military_base")
# ColorBrewer Oranges, 5 classes: light for few incidents, dark for many.
SHADE_COLOURS = ("#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603")


def _geojson(geoms: np.ndarray, props: list[dict[str, Any]]) -> dict[str, Any]:
    geoms = shapely.set_precision(geoms, _GRID_DEG)
    texts = shapely.to_geojson(geoms)
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": p, "geometry": json.loads(t)}
            for p, t in zip(props, texts)
            if t is not None and t != "null"
        ],
    }


# Keyed by id(): a Boundaries object need not be hashable. The object itself is
# kept in the entry so that its id cannot be reused while cached.
_CACHE: dict[int, tuple[Any, tuple[dict[str, Any], dict[str, Any]]]] = {}
_CACHE_SIZE = 4


def _simplified(boundaries: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    hit = _CACHE.get(id(boundaries))
    if hit is not None and hit[0] is boundaries:
        return hit[1]
    result = _simplify(boundaries.frame)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(boundaries)] = (boundaries, result)
    return result


def _simplify(frame: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    geoms = np.asarray(frame.geometry.values)
    try:
        simple = shapely.coverage_simplify(geoms, _TOLERANCE_DEG)
    except shapely.errors.GEOSException:
        # An invalid coverage (a user's own boundary file with overlaps) still draws fine per polygon.
        log.info("boundaries are not a clean coverage; simplifying each polygon on its own")
        simple = shapely.simplify(geoms, _TOLERANCE_DEG, preserve_topology=True)
    props = [
        {"admin1": str(a), "name": None if pd.isna(n) else str(n), "country": None if pd.isna(c) else str(c)}
        for a, n, c in zip(frame["admin1"], frame["admin1_name"], frame["country"])
    ]
    provinces = _geojson(simple, props)
    countries_codes = frame["country"].astype(str).to_numpy()
    country_geoms, country_props = [], []
    for code in sorted(set(countries_codes)):
        country_geoms.append(shapely.union_all(simple[countries_codes == code]))
        country_props.append({"country": code})
    countries = _geojson(np.asarray(country_geoms, dtype=object), country_props)
    return provinces, countries


def boundary_layers(boundaries: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Simplified province and country FeatureCollections (cached per Boundaries object).

    Examples
    --------
    >>> from gazetteer.boundaries import Boundaries          # doctest: +SKIP
    >>> provinces, countries = boundary_layers(Boundaries.default())  # doctest: +SKIP
    >>> provinces["features"][0]["properties"]["admin1"]     # doctest: +SKIP
    'IQ-AN'
    """
    provinces, countries = _simplified(boundaries)
    # Callers add counts to the province properties: hand out copies of the cached dicts.
    return json.loads(json.dumps(provinces)), countries


def country_labels(boundaries: Any, gazetteer: Any) -> list[list[Any]]:
    """``[lon, lat, name]`` per country of the basemap, at its pole of inaccessibility.

    Names come from the gazetteer's country places; a country it does not
    list is labelled with its ISO code. The point is the one farthest inside
    the country's largest part, where a label is least likely to cross a border.
    """
    from shapely.geometry import shape
    from shapely.ops import polylabel

    places = gazetteer.places
    names = dict(zip(places.loc[places["kind"] == "country", "country"], places.loc[places["kind"] == "country", "name"]))
    labels = []
    for feature in boundary_layers(boundaries)[1]["features"]:
        geom = shape(feature["geometry"])
        largest = max(getattr(geom, "geoms", [geom]), key=lambda part: part.area)
        point = polylabel(largest, tolerance=0.05)
        code = feature["properties"]["country"]
        labels.append([round(point.x, 3), round(point.y, 3), str(names.get(code, code))])
    return labels


def shading(counts: pd.DataFrame) -> tuple[dict[str, int], list[int]]:
    """Incident count per admin1 code and the lower bound of each of 5 colour classes.

    Classes are equal steps of the count (rounded up to whole incidents), so the
    legend reads as plain numbers: with a maximum of 10, classes start at 1, 3, 5, 7, 9.

    Examples
    --------
    >>> import pandas as pd
    >>> shading(pd.DataFrame({"admin1": ["IQ-AN", "SY-HA"], "count": [10, 1]}))
    ({'IQ-AN': 10, 'SY-HA': 1}, [1, 3, 5, 7, 9])
    >>> shading(pd.DataFrame({"admin1": ["IQ-AN"], "count": [2]}))
    ({'IQ-AN': 2}, [1, 2])
    """
    counts = counts[counts["admin1"].notna() & (counts["count"] > 0)]
    by_code = {str(a): int(c) for a, c in zip(counts["admin1"], counts["count"])}
    top = max(by_code.values(), default=0)
    if top == 0:
        return by_code, []
    steps = min(len(SHADE_COLOURS), top)
    breaks = sorted({1 + int(np.ceil(i * (top - 1) / steps)) if i else 1 for i in range(steps)})
    return by_code, breaks


def known_bases(gazetteer: Any) -> list[list[Any]]:
    """``[lon, lat, name, kind, admin1_name, country]`` for every air or military base in the gazetteer."""
    places = gazetteer.places
    bases = places[places["kind"].isin(_BASE_KINDS)].sort_values("name")
    cols = [bases[c].astype(object).where(bases[c].notna(), None) for c in ("name", "kind", "admin1_name", "country")]
    return [
        [round(float(lon), 5), round(float(lat), 5), *(None if v is None else str(v) for v in rest)]
        for lon, lat, *rest in zip(bases["lon"], bases["lat"], *cols)
    ]


def place_radius_km(gazetteer: Any) -> pd.Series:
    """Radius in km per place id (``precision_km`` of the gazetteer's places)."""
    places = gazetteer.places
    return pd.Series(pd.to_numeric(places["precision_km"], errors="coerce").to_numpy(), index=places["id"].astype(str))
