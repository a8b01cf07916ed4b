"""The land around the bundled countries, for ``gazetteer/data/neighbours.geojson``.

Point lookup gives a point just off the bundled coastline the nearest province
within a few kilometres (Natural Earth's generalised coast leaves ports such
as Bandar Abbas and Abu Dhabi in the sea). On land that belongs to a country
outside the bundle (Armenia beside Turkey, Sudan beside Egypt) the
same rule would hand a foreign town a province, so the build also writes
that land: every Natural Earth admin-1 feature of another country, clipped
to a band ``band_deg`` wide around the bundled countries and dissolved per
country. Point lookup never applies its tolerance inside it.
"""
from __future__ import annotations

from typing import Any, Iterable

import shapely
from shapely.geometry import shape

from boundary_geometry import geometry as rounded_geometry

__all__ = ["neighbour_land"]


def neighbour_land(collection: dict[str, Any], countries: Iterable[str], *, band_deg: float = 0.15,
                   simplify_deg: float = 0.0005, decimals: int = 5) -> dict[str, Any]:
    """FeatureCollection of the land of other countries within ``band_deg`` of ``countries``, one feature each.

    Examples
    --------
    >>> import shapely.geometry as sg
    >>> def f(cc, box):
    ...     return {"type": "Feature", "properties": {"iso_a2": cc}, "geometry": sg.mapping(sg.box(*box))}
    >>> fc = neighbour_land({"features": [f("IQ", (0, 0, 1, 1)), f("AM", (1, 0, 2, 1)), f("FR", (5, 5, 6, 6))]},
    ...                     ["IQ"], band_deg=0.1)
    >>> [g["properties"]["country"] for g in fc["features"]], shapely.geometry.shape(fc["features"][0]["geometry"]).bounds
    (['AM'], (1.0, 0.0, 1.1, 1.0))
    """
    wanted = {c.upper() for c in countries}
    inside = [shape(f["geometry"]) for f in collection["features"] if f["properties"].get("iso_a2") in wanted]
    band = shapely.union_all(inside).buffer(band_deg)
    shapely.prepare(band)
    pieces: dict[str, list[shapely.Geometry]] = {}
    for feature in collection["features"]:
        country = feature["properties"].get("iso_a2")
        if country in wanted or not isinstance(country, str) or len(country) != 2:
            continue
        geom = shape(feature["geometry"])
        if shapely.intersects(band, geom):
            pieces.setdefault(country, []).append(shapely.intersection(geom, band))
    features = []
    for country in sorted(pieces):
        land = shapely.union_all(pieces[country]).simplify(simplify_deg, preserve_topology=True)
        land = shapely.orient_polygons(shapely.set_precision(land, 10.0 ** -decimals))
        if land.is_empty:
            continue
        features.append({"type": "Feature", "properties": {"country": country},
                         "geometry": rounded_geometry(land, decimals)})
    return {"type": "FeatureCollection", "features": features}
