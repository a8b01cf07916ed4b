"""Benchmark: point lookup (``Boundaries.locate``) with and without the coastal tolerance.

A point that no polygon covers costs more with the tolerance (a nearest-province
search within 2 km, and a test against the land of the countries around), a point
inside a province costs the same. Two batches, measured in the same run:

- ``region``: N points uniform over the bounding box of the 17 countries (about
  a third fall in no polygon: the sea, the land around);
- ``coast``: N points within 3 km of the bundled coastline and land borders
  (points on the polygons' outer edges, moved 0-3 km in a random direction):
  the worst case, most of them searched.

For each, the time of ``locate(..., tolerance_km=0)`` (the baseline, the lookup
before the tolerance) and of ``locate(...)``, the ratio tolerance / baseline, and
how many points the tolerance placed.

Usage::

    python bench/bench_locate.py                 # N = 1,000,000
    python bench/bench_locate.py --size 100000   # quicker
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pyproj
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gazetteer.boundaries import Boundaries  # noqa: E402


def _batches(b: Boundaries, n: int, seed: int = 3) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = b.frame.total_bounds
    region = (rng.uniform(minx, maxx, n), rng.uniform(miny, maxy, n))
    edge = shapely.get_coordinates(shapely.union_all(b.frame.geometry.values).boundary)
    start = edge[rng.integers(0, len(edge), n)]
    lon, lat, _ = pyproj.Geod(ellps="WGS84").fwd(start[:, 0], start[:, 1], rng.uniform(0, 360, n),
                                                  rng.uniform(0, 3000, n))
    return {"region": region, "coast": (np.asarray(lon), np.asarray(lat))}


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="points per batch")
    args = ap.parse_args(argv)
    b = Boundaries.default()
    b.locate([44.0], [33.0])  # build the indexes outside the timings
    print(f"{'batch':8} {'points':>9} {'baseline s':>11} {'tolerance s':>12} {'ratio':>6} {'placed by the tolerance':>24}")
    for name, (lon, lat) in _batches(b, args.size).items():
        base_s, base = _timed(lambda: b.locate(lon, lat, tolerance_km=0))
        ours_s, ours = _timed(lambda: b.locate(lon, lat))
        placed = int(ours["admin1"].notna().sum() - base["admin1"].notna().sum())
        print(f"{name:8} {len(lon):9,d} {base_s:11.2f} {ours_s:12.2f} {ours_s / base_s:6.2f} {placed:24,d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
