"""Benchmark: load+resolve+enrich, a province query, and GeoJSON export of large incident tables.

For each size N (default 10,000 / 100,000 / 1,000,000) the script builds N
synthetic incidents over the gazetteer's own places (launch towns and cities
of Iraq and Syria, targets among bases, airports, facilities and cities),
with names drawn with repetition and in spelling variants that the gazetteer
resolves (aliases, case, "al-" / "Al " / no article, hyphens as spaces), about
20 % unknown launches, some explicit coordinates, counts with blanks, unique
notes, two sources and claims for a tenth of the incidents. Then it measures,
in the same run and on the same table:

- ``load``: :func:`geoincidents.load_incidents` on the DataFrame (validate,
  resolve both ends in one batch, enrich);
- ``query``: ``t.in_province("Hasaka")`` (any end);
- GeoJSON export of ``t`` to a file by **ours** (:func:`write_geojson`), by
  ``GeoDataFrame.to_json()`` (``default=str`` so that its ``json.dumps``
  accepts Timestamps; the text is then written to a file) and by pyogrio's
  GeoJSON driver (``pyogrio.write_dataframe(frame, path, driver="GeoJSON")``),
  with the ratios baseline / ours (the aims: ≥ 3× pyogrio, ≥ 10× to_json at
  1,000,000). Ours writes more than the baselines: claims per feature and the
  sources table.

Our output is then checked: the whole file is parsed as JSON, feature by
feature (we write one feature per line, so a line-wise parse reads every byte
without holding a million parsed features in memory), the wrapper parsed with
the features removed, and every geometry checked against RFC 7946 (types,
[lon, lat] positions in range, LineStrings of two or more positions, no crs).

Usage::

    python bench/bench_table.py                       # 10k, 100k, 1M
    python bench/bench_table.py --sizes 10000 100000  # quicker
    python bench/bench_table.py --json results.json   # keep the numbers
"""
from __future__ import annotations

import argparse
import gc
import json
import logging
import math
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd

ACTORS = ["Islamic Resistance in Iraq", "Kataib Hezbollah", "unidentified Iraqi armed faction", "US forces",
          "US-led coalition", "Israel", "Iran", "Harakat al-Nujaba"]
TARGET_ACTORS = ["US forces", "US-led coalition", "Kataib Hezbollah", "Popular Mobilization Forces", None]
EVENT_TYPES = ["rocket_attack", "drone_attack", "missile_attack", "air_strike", "drone_strike", "explosion",
               "interception", "artillery"]
MUNITIONS = ["5+ rockets", "one-way attack drone", "2 ballistic missiles", "precision munitions", None, None]
OUTCOMES = ["failed", "intercepted", "no casualties", "launcher destroyed", None, None, None]
NOTES = ["Rockets fired at the base from a truck-mounted launcher near {l}; no casualties reported.",
         "Drones shot down over {t}; the group \"Islamic Resistance\" claimed it.",
         "Strike on a depot at {t}, said to answer an attack on US forces.",
         "Explosions heard at {t}; cause disputed (al-Qa'im sources differ)."]
LAUNCH_KINDS = {"town", "city"}
TARGET_KINDS = {"air_base", "military_base", "airport", "facility", "city"}


#: Launches known only to a country or a province (5 % of rows).
AREA_LAUNCHES = [("Iraq", "country"), ("Syria", "country"), ("Anbar", "province"), ("Deir ez-Zor", "province"),
                 ("Nineveh", "province"), ("Babil", "province")]


def _variants(name: str, aliases: Any) -> list[str]:
    names = [name] + [a.strip() for a in str(aliases or "").split("|") if a.strip()]
    out: list[str] = []
    for n in names:
        out += [n, n.lower(), n.upper(), n.replace("-", " ")]
        low = n.lower()
        for art in ("al-", "al ", "el-", "ar-", "as-", "ad-"):
            if low.startswith(art):
                rest = n[len(art):]
                out += [rest, "Al " + rest, "al-" + rest]
    return list(dict.fromkeys(out))


def spellings(kinds: set[str], countries: set[str]) -> pd.DataFrame:
    """Spellings of the gazetteer's places that resolve, unambiguously, back to that place."""
    from gazetteer import Gazetteer

    g = Gazetteer.default()
    places = g.places[g.places["kind"].isin(kinds) & g.places["country"].isin(countries)]
    rows = [(pid, v) for pid, name, al in zip(places["id"], places["name"], places["aliases"]) for v in _variants(name, al)]
    cand = pd.DataFrame(rows, columns=["place_id", "spelling"])
    got = g.resolve_many(cand["spelling"].tolist())
    good = got["reason"].isna().to_numpy() & (got["place_id"].to_numpy(object) == cand["place_id"].to_numpy(object))
    keep = cand[good].merge(places[["id", "lat", "lon", "country"]], left_on="place_id", right_on="id")
    # Explicit coordinates are only drawn for places whose point the bundled boundaries put in
    # the place's own country (a few border towns' points fall just across the simplified line).
    from gazetteer import Boundaries

    here = Boundaries.default().locate(keep["lon"].to_numpy(), keep["lat"].to_numpy())["country"].to_numpy(object)
    keep["inside"] = here == keep["country"].to_numpy(object)
    return keep[["place_id", "spelling", "lat", "lon", "inside"]].reset_index(drop=True)


def synthetic(n: int, launch: pd.DataFrame, target: pd.DataFrame, *, seed: int = 1) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """N incident rows (input columns only), a sources table and a claims table."""
    rng = np.random.default_rng(seed)
    # Real tables repeat a few places far more often than the rest: draw with Zipf-like weights.
    def pick(table: pd.DataFrame, size: int) -> pd.DataFrame:
        places = table["place_id"].unique()
        weight = 1.0 / np.arange(1, len(places) + 1) ** 0.8
        chosen = rng.choice(places, size=size, p=weight / weight.sum())
        by_place = table.groupby("place_id")["spelling"].apply(list).to_dict()
        spelled = [by_place[p][k % len(by_place[p])] for p, k in zip(chosen, rng.integers(0, 1 << 30, size))]
        coords = table.drop_duplicates("place_id").set_index("place_id").loc[chosen, ["lat", "lon", "inside"]]
        return pd.DataFrame({"place": spelled, "lat": coords["lat"].to_numpy(), "lon": coords["lon"].to_numpy(),
                             "inside": coords["inside"].to_numpy(bool)})

    lo, ta = pick(launch, n), pick(target, n)
    no_launch = rng.random(n) < 0.2
    explicit = (rng.random(n) < 0.05) & ~no_launch & lo["inside"].to_numpy(bool)
    # Reports often say only "from Iraq" or "from Anbar": those launches are areas, measured as intervals.
    area = (rng.random(n) < 0.05) & ~no_launch & ~explicit
    area_names = np.array(AREA_LAUNCHES, dtype=object)[:, 0]
    area_precisions = np.array(AREA_LAUNCHES, dtype=object)[:, 1]
    which = rng.integers(0, len(AREA_LAUNCHES), n)
    lo["place"] = np.where(area, area_names[which], lo["place"].to_numpy(object))
    precision = np.where(area, area_precisions[which], None)
    ids = np.char.add("bench-", np.char.zfill(np.arange(n).astype(str), 7))
    notes = [NOTES[k % len(NOTES)].format(l=l, t=t) + f" Ref {i}." for k, l, t, i in
             zip(rng.integers(0, 4, n), lo["place"], ta["place"], range(n))]
    fatal = pd.array(rng.integers(0, 6, n), dtype="Int64")
    fatal[rng.random(n) < 0.5] = pd.NA
    frame = pd.DataFrame({
        "incident_id": ids,
        "date": (pd.Timestamp("2023-10-17") + pd.to_timedelta(rng.integers(0, 440, n), unit="D")).strftime("%Y-%m-%d"),
        "event_type": rng.choice(EVENT_TYPES, n),
        "actor": rng.choice(np.array(ACTORS, dtype=object), n),
        "target_actor": rng.choice(np.array(TARGET_ACTORS, dtype=object), n),
        "launch_place": np.where(no_launch, None, lo["place"].to_numpy(object)),
        "launch_lat": np.where(explicit, lo["lat"], np.nan),
        "launch_lon": np.where(explicit, lo["lon"], np.nan),
        "launch_precision": precision,
        "target_place": ta["place"].to_numpy(object),
        "munitions": rng.choice(np.array(MUNITIONS, dtype=object), n),
        "outcome": rng.choice(np.array(OUTCOMES, dtype=object), n),
        "fatalities": fatal,
        "injured": pd.array(rng.integers(0, 9, n), dtype="Int64"),
        "status": rng.choice(["reported", "claimed", "attributed", "confirmed"], n),
        "sources": rng.choice(["b-reuters", "b-reuters;b-shafaq", "b-shafaq"], n),
        "notes": notes,
    })
    sources = pd.DataFrame({"source_id": ["b-reuters", "b-shafaq"], "outlet": ["Reuters", "Shafaq News"],
                            "published": ["2024-04-22", "2024-04-21"], "title": ["Rockets fired", "Drones"], "file": [None, None]})
    with_claims = ids[rng.random(n) < 0.1]
    claims = pd.DataFrame({
        "incident_id": np.repeat(with_claims, 2),
        "source_id": np.tile(["b-reuters", "b-shafaq"], len(with_claims)),
        "status": np.tile(["attributed", "denied"], len(with_claims)),
        "assertion": np.tile(["US official: a failed rocket attack", "The group denies any role ('fabricated news')"], len(with_claims)),
    })
    return frame, sources, claims


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Best wall time of ``repeat`` runs (and the CPU time of that run, kept in ``timed.cpu``)."""
    best, result = math.inf, None
    for _ in range(repeat):
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        if wall < best:
            best, timed.cpu = wall, cpu
    return best, result


timed.cpu = math.nan  # type: ignore[attr-defined]


def check_output(path: Path, n: int) -> int:
    """Parse every feature of our file and check it against RFC 7946; return the feature count."""
    count = 0
    with path.open(encoding="utf-8") as fh:
        head = fh.readline()
        assert head.endswith('"features":[\n'), head[-40:]
        wrapper = json.loads(head.rstrip("\n") + "]}")
        assert wrapper["type"] == "FeatureCollection" and "crs" not in wrapper
        for line in fh:
            if line == "]}\n":
                break
            feature = json.loads(line.rstrip("\n").rstrip(","), parse_constant=_no_constants)
            assert feature["type"] == "Feature" and "properties" in feature and "geometry" in feature
            geom = feature["geometry"]
            if geom is not None:
                coords = geom["coordinates"]
                positions = [coords] if geom["type"] == "Point" else coords
                assert geom["type"] in ("Point", "LineString") and (geom["type"] == "Point" or len(coords) >= 2)
                for lon, lat in positions:
                    assert -180 <= lon <= 180 and -90 <= lat <= 90
            count += 1
        assert fh.read() == "", "text after the closing ]}"
    assert count == n, (count, n)
    return count


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} in output")


def run(n: int, launch: pd.DataFrame, target: pd.DataFrame, workdir: Path, *, baselines: bool) -> dict[str, Any]:
    import pyogrio

    from geoincidents.io.geojson import write_geojson
    from geoincidents.io.load import load_incidents

    rows, sources, claims = synthetic(n, launch, target)
    repeat = 3 if n <= 100_000 else 1
    result: dict[str, Any] = {"n": n}
    result["load_s"], table = timed(lambda: load_incidents(rows, sources=sources, claims=claims, progress=False), 1)
    result["query_s"], hasaka = timed(lambda: table.in_province("Hasaka"), repeat)
    result["query_hits"] = len(hasaka)
    ours = workdir / f"ours-{n}.geojson"
    result["ours_s"], _ = timed(lambda: write_geojson(table, ours), repeat)
    result["ours_cpu_s"] = timed.cpu
    result["ours_mb"] = ours.stat().st_size / 1e6
    if baselines:
        frame = table.frame

        def to_json() -> None:
            text = frame.to_json(default=str)
            (workdir / f"to_json-{n}.geojson").write_text(text, encoding="utf-8")

        result["to_json_s"], _ = timed(to_json, repeat)
        result["to_json_cpu_s"] = timed.cpu
        (workdir / f"to_json-{n}.geojson").unlink()
        gdal = workdir / f"pyogrio-{n}.geojson"

        def ogr() -> None:
            gdal.unlink(missing_ok=True)
            pyogrio.write_dataframe(frame, gdal, driver="GeoJSON")

        result["pyogrio_s"], _ = timed(ogr, repeat)
        result["pyogrio_cpu_s"] = timed.cpu
        gdal.unlink()
        result["vs_pyogrio"] = result["pyogrio_s"] / result["ours_s"]
        result["vs_to_json"] = result["to_json_s"] / result["ours_s"]
        # On a shared machine wall time depends on the neighbours; CPU time much less so.
        result["cpu_vs_pyogrio"] = result["pyogrio_cpu_s"] / result["ours_cpu_s"]
        result["cpu_vs_to_json"] = result["to_json_cpu_s"] / result["ours_cpu_s"]
    t0 = time.perf_counter()
    result["features_checked"] = check_output(ours, n)
    result["check_s"] = time.perf_counter() - t0
    ours.unlink()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000], help="table sizes")
    parser.add_argument("--no-baselines", action="store_true", help="time ours only")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    t0 = time.perf_counter()
    launch = spellings(LAUNCH_KINDS, {"IQ", "SY"})
    target = spellings(TARGET_KINDS, {"IQ", "SY", "JO"})
    print(f"places: {launch['place_id'].nunique()} launch ({len(launch)} spellings), "
          f"{target['place_id'].nunique()} target ({len(target)} spellings); {time.perf_counter() - t0:.1f} s", flush=True)
    results = []
    header = (f"{'N':>9} {'load s':>8} {'query s':>8} {'hits':>7} {'ours s':>8} {'MB':>7} "
              f"{'pyogrio s':>10} {'to_json s':>10} {'×pyogrio':>9} {'×to_json':>9} {'cpu×pyo':>8} {'cpu×tj':>8} {'checked':>9}")
    print(header, flush=True)
    with tempfile.TemporaryDirectory(prefix="bench_table-") as tmp:
        for n in args.sizes:
            r = run(n, launch, target, Path(tmp), baselines=not args.no_baselines)
            results.append(r)
            print(f"{r['n']:>9,} {r['load_s']:>8.2f} {r['query_s']:>8.3f} {r['query_hits']:>7,} {r['ours_s']:>8.2f} "
                  f"{r['ours_mb']:>7.1f} {r.get('pyogrio_s', math.nan):>10.2f} {r.get('to_json_s', math.nan):>10.2f} "
                  f"{r.get('vs_pyogrio', math.nan):>8.1f}× {r.get('vs_to_json', math.nan):>8.1f}× "
                  f"{r.get('cpu_vs_pyogrio', math.nan):>7.1f}× {r.get('cpu_vs_to_json', math.nan):>7.1f}× {r['features_checked']:>9,}",
                  flush=True)
    print(f"load = load_incidents (validate + resolve + enrich); query = in_province('Hasaka'); export times are "
          f"best of 3 up to 100,000 rows, one run above; ratios = baseline / ours, in wall time and (cpu×) in CPU time "
          f"of the same runs. CPU: {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at the end.")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
