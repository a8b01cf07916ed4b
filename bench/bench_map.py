"""Benchmark: interactive map of N incidents vs folium's plain approach, measured in one run.

For each size N (default 1,000, 20,000 and 200,000 synthetic incidents in
Iraq and Syria) this script measures

* **ours**: ``geoincidents.maps.to_map(table, offline=True)`` + ``save_map``
  to an HTML file in a temporary directory: build time (s), HTML size (MB),
  and the time from navigation start until the map is drawn in headless
  Chromium (``window.geoincidents.ready`` then two animation frames, read as
  ``performance.now()`` in the page, i.e. milliseconds since navigation start);
* **plain**: what a folium user writes without us: one ``folium.CircleMarker``
  with a ``folium.Popup`` per incident (at its target, else its launch point),
  ``tiles=None``, saved to HTML: the same three numbers. Its CDN scripts
  (Leaflet, jQuery, ...) are answered from the locally installed XStatic
  packages by Playwright request routing, so nothing reaches the network and
  the page draws as it would online. Its "drawn" signal is the load event (folium
  adds every marker in inline scripts) then two animation frames.

and prints the ratios plain/ours next to the aims of issue #4:
at 20,000 ≥ 10× faster to build and ≥ 3× smaller than plain; at 200,000
built in ≤ 15 s and drawn in ≤ 10 s.

The plain approach's browser draw is skipped above ``--plain-max-draw``
(default 20,000: at 200,000 it takes minutes) and its build above
``--plain-max-build`` (default 200,000). The synthetic table is loaded with
``geoincidents.load_incidents`` (validation + enrichment) before timing; that
load time is printed for information and is not part of either build.

Usage::

    python bench/bench_map.py                       # 1000 20000 200000
    python bench/bench_map.py --sizes 1000 20000
    python bench/bench_map.py --sizes 200000 --profile   # where the build time goes

Needs Debian's chromium (/usr/bin/chromium) and Playwright for Python.
"""
from __future__ import annotations

import argparse
import cProfile
import html
import io
import json
import logging
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd

log = logging.getLogger("bench_map")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
AIMS = {"build_ratio_20k": 10.0, "size_ratio_20k": 3.0, "build_s_200k": 15.0, "draw_s_200k": 10.0}
TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))"

# Where fire comes from and where it lands: (name, lat, lon, jitter in degrees).
LAUNCH_AREAS = [("Zummar", 36.65, 42.60, 0.15), ("Jurf al-Sakhar", 32.90, 44.10, 0.2),
                ("al-Qa'im", 34.37, 41.10, 0.2), ("Mosul", 36.34, 43.13, 0.3), ("Baghdad", 33.31, 44.37, 0.3),
                ("Albukamal", 34.45, 40.92, 0.2), ("Deir ez-Zor", 35.33, 40.14, 0.3), ("Basra", 30.51, 47.78, 0.3)]
TARGET_AREAS = [("Ain al-Asad", 33.80, 42.44, 0.03), ("Rumalyn", 36.85, 42.05, 0.05), ("al-Tanf", 33.49, 38.62, 0.03),
                ("Erbil air base", 36.24, 43.96, 0.03), ("Conoco field", 35.30, 40.30, 0.05),
                ("Green Village", 35.00, 40.50, 0.05), ("Baghdad embassy", 33.30, 44.39, 0.02),
                ("Harir", 36.55, 44.35, 0.03), ("Shaddadi", 36.05, 40.73, 0.05)]
EVENT_TYPES = {"rocket_attack": 0.3, "drone_attack": 0.3, "air_strike": 0.12, "drone_strike": 0.05,
               "missile_attack": 0.05, "artillery": 0.05, "explosion": 0.06, "interception": 0.07}
ACTORS = ["Islamic Resistance in Iraq", "Kata'ib Hezbollah", "Harakat al-Nujaba", "unknown", "US CENTCOM"]


def synthetic_incidents(n: int, *, seed: int = 0) -> pd.DataFrame:
    """``n`` incident rows in the input format: most with both ends, a few with one end or a vague one."""
    rng = np.random.default_rng(seed)
    la = rng.integers(0, len(LAUNCH_AREAS), n)
    ta = rng.integers(0, len(TARGET_AREAS), n)
    L = np.array([a[1:] for a in LAUNCH_AREAS])
    T = np.array([a[1:] for a in TARGET_AREAS])
    launch_lat = L[la, 0] + rng.normal(0, 1, n) * L[la, 2]
    launch_lon = L[la, 1] + rng.normal(0, 1, n) * L[la, 2]
    target_lat = T[ta, 0] + rng.normal(0, 1, n) * T[ta, 2]
    target_lon = T[ta, 1] + rng.normal(0, 1, n) * T[ta, 2]
    types = rng.choice(list(EVENT_TYPES), n, p=list(EVENT_TYPES.values()))
    strike = np.isin(types, ["air_strike", "drone_strike"])
    # A strike hits the militia's launch area: its target is the attack's launch site, launch unknown.
    target_lat, target_lon = np.where(strike, launch_lat, target_lat), np.where(strike, launch_lon, target_lon)
    no_launch = strike | (rng.random(n) < 0.06)
    launch_lat[no_launch] = np.nan
    launch_lon[no_launch] = np.nan
    launch_precision = rng.choice(["near", "town", "province", "country"], n, p=[0.5, 0.35, 0.12, 0.03])
    launch_precision = np.where(no_launch, None, launch_precision)
    dates = pd.Timestamp("2023-10-17") + pd.to_timedelta(rng.integers(0, 440, n), unit="D")
    names = np.array([a[0] for a in LAUNCH_AREAS], dtype=object)[la]
    tnames = np.array([a[0] for a in TARGET_AREAS], dtype=object)[ta]
    return pd.DataFrame({
        "incident_id": [f"syn-{i:06d}" for i in range(n)],
        "date": dates.strftime("%Y-%m-%d"),
        "event_type": types,
        "actor": np.where(strike, "US CENTCOM", rng.choice(ACTORS[:4], n)),
        "launch_lat": np.round(launch_lat, 5), "launch_lon": np.round(launch_lon, 5),
        "target_lat": np.round(target_lat, 5), "target_lon": np.round(target_lon, 5),
        "launch_precision": launch_precision,
        "target_precision": "exact",
        "munitions": rng.choice(["1 drone", "3 rockets", "5+ rockets", "2 missiles", None], n),
        "status": rng.choice(["reported", "claimed", "attributed", "confirmed", "denied"], n),
        "notes": [f"Synthetic incident {i}: fire from near {a} at {b} (al-Qa'im style \"quotes\")."
                  for i, (a, b) in enumerate(zip(names, tnames))],
    })


def build_ours(table: Any, path: Path) -> None:
    from geoincidents.maps import save_map, to_map

    save_map(to_map(table, offline=True), path, offline=True)


def build_plain(table: Any, path: Path) -> None:
    """One folium CircleMarker + Popup per incident, the way folium's docs draw points."""
    import folium

    from geoincidents.maps.styles import category_styles  # the same colours as ours

    f = table.frame
    colours = f["category"].map(category_styles()["colour"]).fillna("#555555")
    lat = f["target_lat"].where(f["target_lat"].notna(), f["launch_lat"])
    lon = f["target_lon"].where(f["target_lon"].notna(), f["launch_lon"])
    m = folium.Map(location=[34.0, 42.0], zoom_start=6, tiles=None)
    for row, colour, y, x in zip(f.itertuples(index=False), colours, lat, lon):
        if not (np.isfinite(y) and np.isfinite(x)):
            continue
        text = "<br>".join(html.escape(str(v)) for v in (row.date.date(), row.event_type, row.actor, row.notes))
        folium.CircleMarker(location=[y, x], radius=4, color=colour, fill=True, fill_opacity=0.8,
                            popup=folium.Popup(text, max_width=300)).add_to(m)
    m.save(str(path))


def _cdn_router(requests: list[str]) -> Callable[[Any], None]:
    """Answer the plain page's CDN URLs from local XStatic files; record every non-file request."""
    import xstatic.pkg.jquery as xjq
    import xstatic.pkg.leaflet as xleaflet

    local = {"leaflet.js": Path(xleaflet.BASE_DIR) / "leaflet.js",
             "leaflet.css": Path(xleaflet.BASE_DIR) / "leaflet.css",
             "jquery-3.7.1.min.js": Path(xjq.BASE_DIR) / "jquery.min.js"}

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith(("file:", "data:")):
            r.continue_()
            return
        requests.append(url)
        name = url.split("?")[0].rsplit("/", 1)[-1]
        kind = "text/css" if name.endswith(".css") else "application/javascript"
        if name in local:
            r.fulfill(path=str(local[name]), content_type=kind)
        else:  # bootstrap, font-awesome, awesome-markers: not needed to draw circles
            r.fulfill(status=200, body="", content_type=kind)

    return route


def draw_ms(browser: Any, path: Path, *, ready: str, count: str) -> tuple[float, int, list[str]]:
    """Milliseconds from navigation start until drawn; the drawn-feature count; requests made."""
    requests: list[str] = []
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.route("**/*", _cdn_router(requests))
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri(), wait_until="commit", timeout=900_000)
        page.wait_for_function(ready, timeout=900_000, polling=50)
        ms = float(page.evaluate(TWO_FRAMES))
        drawn = int(page.evaluate(count))
        if errors:
            raise RuntimeError(f"page errors in {path.name}: {errors[:3]}")
        return ms, drawn, requests
    finally:
        page.close()


def timed(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


OURS_READY = "() => !!(window.geoincidents && window.geoincidents.ready)"
OURS_COUNT = ("() => Object.values(window.geoincidents.stats().layers)"
              ".reduce((a, l) => a + l.trajectories, 0)")
PLAIN_READY = "() => document.readyState === 'complete'"
PLAIN_COUNT = "() => document.querySelectorAll('path.leaflet-interactive').length"


def run_size(n: int, args: argparse.Namespace, browser: Any, out: Path) -> dict[str, Any]:
    import geoincidents as gi

    res: dict[str, Any] = {"n": n}
    rows = synthetic_incidents(n, seed=args.seed)
    t = time.perf_counter()
    table = gi.load_incidents(rows, sources=False, claims=False)
    res["load_s"] = time.perf_counter() - t
    f = table.frame
    res["two_ended"] = int((f["launch_lat"].notna() & f["target_lat"].notna()).sum())
    ours = out / f"ours-{n}.html"
    res["ours_build_s"] = timed(lambda: build_ours(table, ours), args.repeat)
    res["ours_mb"] = ours.stat().st_size / 1e6
    if browser is not None:
        ms, drawn, requests = draw_ms(browser, ours, ready=OURS_READY, count=OURS_COUNT)
        res.update(ours_draw_s=ms / 1000, ours_drawn_trajectories=drawn, ours_requests=len(requests))
    if n <= args.plain_max_build:
        plain = out / f"plain-{n}.html"
        res["plain_build_s"] = timed(lambda: build_plain(table, plain), args.repeat)
        res["plain_mb"] = plain.stat().st_size / 1e6
        if browser is not None and n <= args.plain_max_draw:
            ms, drawn, _ = draw_ms(browser, plain, ready=PLAIN_READY, count=PLAIN_COUNT)
            res.update(plain_draw_s=ms / 1000, plain_drawn_markers=drawn)
        if not args.keep:
            plain.unlink()  # hundreds of MB at large N
    if args.profile and n == max(args.sizes):
        res["profile"] = profile_build(table, out / f"profile-{n}.html")
    return res


def warm_up(out: Path, browser: Any) -> None:
    """Build and draw both maps once, untimed: imports, cached data (boundaries, gazetteer,
    Leaflet) and the browser's first page load are paid here, not by the first size."""
    import geoincidents as gi

    table = gi.load_incidents(synthetic_incidents(50, seed=1), sources=False, claims=False)
    build_ours(table, out / "warm-ours.html")
    build_plain(table, out / "warm-plain.html")
    if browser is not None:
        draw_ms(browser, out / "warm-ours.html", ready=OURS_READY, count=OURS_COUNT)
        draw_ms(browser, out / "warm-plain.html", ready=PLAIN_READY, count=PLAIN_COUNT)


def profile_build(table: Any, path: Path, top: int = 30) -> str:
    prof = cProfile.Profile()
    prof.runcall(build_ours, table, path)
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(top)
    return buf.getvalue()


def _fmt(v: Any, spec: str) -> str:
    return format(v, spec) if v is not None else "—".rjust(int(spec.split(".")[0]))


def report(results: list[dict[str, Any]], args: argparse.Namespace) -> list[str]:
    """Print the table, the ratios and the aims; return the missed aims."""
    print(f"{'N':>8} {'load s':>7} │ {'ours build s':>12} {'MB':>7} {'draw s':>7} │ "
          f"{'plain build s':>13} {'MB':>8} {'draw s':>7} │ {'build ×':>8} {'size ×':>7} {'draw ×':>7}")
    for r in results:
        g = r.get
        build_x = g("plain_build_s") / g("ours_build_s") if g("plain_build_s") else None
        size_x = g("plain_mb") / g("ours_mb") if g("plain_mb") else None
        draw_x = g("plain_draw_s") / g("ours_draw_s") if g("plain_draw_s") and g("ours_draw_s") else None
        r.update(build_ratio=build_x, size_ratio=size_x, draw_ratio=draw_x)
        print(f"{r['n']:>8} {r['load_s']:>7.2f} │ {r['ours_build_s']:>12.2f} {r['ours_mb']:>7.2f} "
              f"{_fmt(g('ours_draw_s'), '7.2f')} │ {_fmt(g('plain_build_s'), '13.2f')} "
              f"{_fmt(g('plain_mb'), '8.2f')} {_fmt(g('plain_draw_s'), '7.2f')} │ "
              f"{_fmt(build_x, '8.1f')} {_fmt(size_x, '7.1f')} {_fmt(draw_x, '7.1f')}")
    print("ratios are plain / ours (higher = ours better); draw = ms from navigation start to drawn, in s")
    for r in results:
        notes = [f"{r['two_ended']} two-ended incidents"]
        if "ours_drawn_trajectories" in r:
            notes.append(f"ours drew {r['ours_drawn_trajectories']} trajectories, made {r['ours_requests']} "
                         "network requests")
        if "plain_drawn_markers" in r:
            notes.append(f"plain drew {r['plain_drawn_markers']} markers")
        if "plain_build_s" not in r:
            notes.append(f"plain not built (N > --plain-max-build {args.plain_max_build})")
        elif "plain_draw_s" not in r and not args.no_browser:
            notes.append(f"plain draw skipped (N > --plain-max-draw {args.plain_max_draw}: it takes minutes)")
        print(f"  N={r['n']}: " + "; ".join(notes))
    missed = []
    by_n = {r["n"]: r for r in results}
    checks = [(20_000, "build_ratio", ">=", AIMS["build_ratio_20k"], "× faster build than plain"),
              (20_000, "size_ratio", ">=", AIMS["size_ratio_20k"], "× smaller HTML than plain"),
              (200_000, "ours_build_s", "<=", AIMS["build_s_200k"], "s build"),
              (200_000, "ours_draw_s", "<=", AIMS["draw_s_200k"], "s draw in Chromium")]
    for n, key, op, aim, what in checks:
        value = by_n.get(n, {}).get(key)
        if value is None:
            continue
        ok = value >= aim if op == ">=" else value <= aim
        print(f"aim N={n}: {value:.2f} {op} {aim:g}{what}: {'met' if ok else 'MISSED'}")
        if not ok:
            missed.append(f"N={n} {key}")
    for r in results:
        if "profile" in r:
            print(f"\ncProfile of our build at N={r['n']} (cumulative):\n{r['profile']}")
    return missed


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=[1_000, 20_000, 200_000], help="incident counts")
    p.add_argument("--plain-max-build", type=int, default=200_000, help="largest N to build the plain map for")
    p.add_argument("--plain-max-draw", type=int, default=20_000, help="largest N to draw the plain map for")
    p.add_argument("--repeat", type=int, default=1, help="builds per measurement (the median is kept)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-browser", action="store_true", help="skip the Chromium draw times")
    p.add_argument("--profile", action="store_true", help="cProfile our build at the largest size")
    p.add_argument("--json", type=Path, help="also write the results as JSON here")
    p.add_argument("--keep", type=Path, help="write the HTML files here instead of a temp dir (kept)")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench_map-") as tmp, _browser(args) as browser:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        warm_up(out, browser)
        for n in sorted(args.sizes):
            print(f"N={n} ...", file=sys.stderr, flush=True)
            results.append(run_size(n, args, browser, out))
    missed = report(results, args)
    print(f"load average (1, 5, 15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs; times grow with it, ratios measured in one run much less")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 1 if missed else 0


class _browser:
    """Headless Chromium for the whole run (or None with --no-browser)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args, self.pw, self.browser = args, None, None

    def __enter__(self) -> Any:
        if self.args.no_browser:
            return None
        from playwright.sync_api import sync_playwright

        if not Path(CHROMIUM).exists():
            raise SystemExit(f"{CHROMIUM} not found: install it with `apt-get install chromium`")
        self.pw = sync_playwright().start()
        self.browser = self.pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        return self.browser

    def __exit__(self, *exc: Any) -> None:
        if self.browser is not None:
            self.browser.close()
        if self.pw is not None:
            self.pw.stop()


if __name__ == "__main__":
    sys.exit(main())
