"""The region's boundaries prepared for display, kept as shapely geometries.

The table's admin-1 polygons are simplified for display (a map at zoom 5–9
cannot show detail below ~1 km) with ``shapely.coverage_simplify``, which keeps
the edges that neighbouring provinces share identical, and snapped to a 0.001°
grid (~100 m). Country outlines are dissolved from the same simplified
provinces so that their edges match the province outlines exactly. The scene
uses these geometries for the basemap and for ends known only to an area;
payload.py turns them into GeoJSON once, static.py draws them as they are.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import shapely

__all__ = ["Basemap", "basemap", "country_labels", "shading", "known_bases", "SHADE_COLOURS"]

log = logging.getLogger(__name__)

_TOLERANCE_DEG = 0.01
_GRID_DEG = 0.001
_BASE_KINDS = ("air_base", "military_base")
# ColorBrewer Oranges, 5 classes: light for few incidents, dark for many.
SHADE_COLOURS = ("#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603")


@dataclass(frozen=True)
class Basemap:
    """Simplified provinces (``admin1, name, country, geometry``) and countries (``country, geometry``)."""

    provinces: pd.DataFrame
    countries: pd.DataFrame

    def province(self, code: Any) -> Any:
        """The outline of a province, or of a region's members (``IQ-AR|IQ-DA|IQ-SU``: their union)."""
        from geoincidents.endforms import member_codes, union_of

        return union_of(self.provinces.loc[self.provinces["admin1"].isin(member_codes(code)), "geometry"])

    def country(self, code: Any) -> Any:
        hit = self.countries.index[self.countries["country"] == code]
        return None if len(hit) == 0 else self.countries.at[hit[0], "geometry"]


# Keyed by id(): a Boundaries object need not be hashable. The object itself is
# kept in the entry so that its id cannot be reused while cached.
_CACHE: dict[int, tuple[Any, Basemap]] = {}
_CACHE_SIZE = 4


def basemap(boundaries: Any) -> Basemap:
    """The simplified provinces and countries of ``boundaries`` (cached per Boundaries object).

    Examples
    --------
    >>> from gazetteer.boundaries import Boundaries
    >>> basemap(Boundaries.default()).provinces["admin1"].iloc[0]
    'AE-AJ'
    """
    hit = _CACHE.get(id(boundaries))
    if hit is not None and hit[0] is boundaries:
        return hit[1]
    result = _simplify(boundaries.frame)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(boundaries)] = (boundaries, result)
    return result


def _simplify(frame: Any) -> Basemap:
    geoms = np.asarray(frame.geometry.values)
    try:
        simple = shapely.coverage_simplify(geoms, _TOLERANCE_DEG)
    except shapely.errors.GEOSException:
        # An invalid coverage (a user's own boundary file with overlaps) still draws fine per polygon.
        log.info("boundaries are not a clean coverage; simplifying each polygon on its own")
        simple = shapely.simplify(geoms, _TOLERANCE_DEG, preserve_topology=True)
    simple = shapely.set_precision(simple, _GRID_DEG)
    keep = ~shapely.is_empty(simple)

    def text(column: str) -> list[Any]:
        return [None if pd.isna(v) else str(v) for v in frame[column]]

    provinces = pd.DataFrame({"admin1": text("admin1"), "name": text("admin1_name"), "country": text("country"),
                              "geometry": simple})[keep].reset_index(drop=True)
    codes = provinces["country"].astype(str).to_numpy()
    geometry = provinces["geometry"].to_numpy()
    names = sorted(set(codes))
    countries = pd.DataFrame({"country": names,
                              "geometry": [shapely.union_all(geometry[codes == c]) for c in names]})
    return Basemap(provinces=provinces, countries=countries)


def country_labels(base: Basemap, gazetteer: Any) -> pd.DataFrame:
    """``lon, lat, text`` per country of the basemap, at the pole of inaccessibility of its largest part.

    Names come from the gazetteer's country places; a country it does not list
    is labelled with its ISO code. The point is the one farthest inside the
    country's largest part, where a label is least likely to cross a border.
    """
    from shapely.ops import polylabel

    places = gazetteer.places
    named = places[places["kind"] == "country"]
    names = dict(zip(named["country"], named["name"]))
    rows = []
    for code, geom in zip(base.countries["country"], base.countries["geometry"]):
        largest = max(shapely.get_parts(geom), key=lambda part: part.area)
        point = polylabel(largest, tolerance=0.05)
        rows.append((round(point.x, 3), round(point.y, 3), str(names.get(code, code))))
    return pd.DataFrame(rows, columns=["lon", "lat", "text"])


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


def known_bases(gazetteer: Any) -> pd.DataFrame:
    """``lon, lat, name, kind, admin1_name, country`` of every air or military base in the gazetteer."""
    places = gazetteer.places
    bases = places[places["kind"].isin(_BASE_KINDS)].sort_values("name")
    out = pd.DataFrame({"lon": bases["lon"].astype(float).round(5), "lat": bases["lat"].astype(float).round(5)})
    for c in ("name", "kind", "admin1_name", "country"):
        out[c] = bases[c].astype(object).where(bases[c].notna(), None).map(lambda v: None if v is None else str(v))
    return out.reset_index(drop=True)
