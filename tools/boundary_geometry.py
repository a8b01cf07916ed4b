"""Geometry checks and output of ``tools/build_boundaries.py``: deviation in metres, the 1-km-inside check,
rounding, and the atomic GeoJSON writer."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pyproj
import shapely
from shapely.geometry import mapping

__all__ = ["Deviation", "deviation_m", "check_inside", "country_deviations", "round_coverage", "geometry", "write_geojson"]


@dataclass(frozen=True)
class Deviation:
    """Worst simplification error of one country, in metres."""

    country: str
    max_m: float
    admin1: str
    features: int
    vertices_before: int
    vertices_after: int


def _local_transformer(geom: shapely.Geometry) -> pyproj.Transformer:
    c = geom.centroid
    aeqd = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={c.y:.6f} +lon_0={c.x:.6f} +datum=WGS84 +units=m")
    return pyproj.Transformer.from_crs(4326, aeqd, always_xy=True)


def _project(geom: shapely.Geometry, tr: pyproj.Transformer) -> shapely.Geometry:
    return shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))


def deviation_m(original: shapely.Geometry, simplified: shapely.Geometry) -> float:
    """Hausdorff distance between two outlines, in metres.

    Both outlines are projected to an azimuthal equidistant CRS centred on the
    original and densified (every segment cut in 4) so that a chord cutting
    across a bay is measured at its middle, not only at its ends.
    """
    tr = _local_transformer(original)
    a = _project(original.boundary, tr)
    b = _project(simplified.boundary, tr)
    return float(shapely.hausdorff_distance(a, b, densify=0.25))


def round_coverage(geoms: np.ndarray, decimals: int) -> np.ndarray:
    grid = 10.0 ** -decimals
    rounded = shapely.set_precision(geoms, grid)
    return shapely.orient_polygons(rounded)  # exterior CCW, holes CW (RFC 7946 §3.1.6)


def _inner_points(geom: shapely.Geometry, inset_m: float, step_m: float) -> np.ndarray:
    """Points ``inset_m`` inside the polygon's edge, every ``step_m`` along it (lon, lat)."""
    tr = _local_transformer(geom)
    inner = _project(geom, tr).buffer(-inset_m)
    if inner.is_empty:
        return np.empty((0, 2))
    line = shapely.segmentize(inner.boundary, step_m)
    xy = shapely.get_coordinates(line)
    lon, lat = tr.transform(xy[:, 0], xy[:, 1], direction="INVERSE")
    return np.column_stack([lon, lat])


def check_inside(originals: Sequence[shapely.Geometry], shipped: np.ndarray, codes: Sequence[str],
                 *, inset_m: float = 1000.0, step_m: float = 2000.0) -> list[str]:
    """Problems where a point ``inset_m`` inside an original province is not in its shipped one."""
    tree = shapely.STRtree(shipped)
    problems: list[str] = []
    for i, geom in enumerate(originals):
        pts = _inner_points(geom, inset_m, step_m)
        if not len(pts):
            continue
        points = shapely.points(pts)
        inp, idx = tree.query(points, predicate="within")
        ok = np.zeros(len(points), dtype=bool)
        ok[inp[idx == i]] = True
        for j in np.flatnonzero(~ok)[:3]:
            problems.append(f"{codes[i]}: point ({pts[j, 0]:.5f}, {pts[j, 1]:.5f}) "
                            f"{inset_m:.0f} m inside the original is not in the shipped polygon")
    return problems


def country_deviations(originals: np.ndarray, shipped: np.ndarray,
                props: Sequence[dict[str, Any]]) -> list[Deviation]:
    per: dict[str, Deviation] = {}
    for orig, simp, p in zip(originals, shipped, props):
        d = deviation_m(orig, simp)
        before = int(shapely.get_num_coordinates(orig))
        after = int(shapely.get_num_coordinates(simp))
        prev = per.get(p["country"])
        if prev is None:
            per[p["country"]] = Deviation(p["country"], d, p["admin1"], 1, before, after)
        else:
            worst = (d, p["admin1"]) if d > prev.max_m else (prev.max_m, prev.admin1)
            per[p["country"]] = Deviation(p["country"], worst[0], worst[1], prev.features + 1,
                                          prev.vertices_before + before,
                                          prev.vertices_after + after)
    return sorted(per.values(), key=lambda d: d.country)


def geometry(geom: shapely.Geometry, decimals: int) -> dict[str, Any]:
    def rnd(obj: Any) -> Any:
        if isinstance(obj, (tuple, list)):
            if obj and isinstance(obj[0], float):
                return [round(v, decimals) for v in obj]
            return [rnd(o) for o in obj]
        return obj

    g = mapping(geom)
    return {"type": g["type"], "coordinates": rnd(g["coordinates"])}


def write_geojson(collection: dict[str, Any], path: Path) -> int:
    """Write compact UTF-8 GeoJSON atomically (temp file + os.replace); return its size."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # One feature per line: compact, yet diffs stay per province.
            fh.write('{"type":"FeatureCollection","features":[\n')
            lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":"))
                     for f in collection["features"]]
            fh.write(",\n".join(lines))
            fh.write("\n]}\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path.stat().st_size
