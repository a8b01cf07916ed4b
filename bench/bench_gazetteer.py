"""Benchmark place-name resolution: ``Gazetteer.resolve_many`` against a per-name loop.

Builds batches of names drawn the way real incident tables repeat them: a
few dozen places, each written in many spellings (case, article, apostrophe,
hyphenation, descriptor words, Arabic script), some with typos, with a
skewed (Zipf-like) frequency so a handful of places dominate. For each batch
it prints names/s of ``resolve_many`` and, on a subset, of the naive loop
``[g.resolve(n) for n in names]`` measured in the same run, and their ratio.

Batches:

* ``exact``  spellings whose key is a place's primary name;
* ``alias``  aliases, Arabic names and their variants;
* ``fuzzy``  one-letter typos that only fuzzy matching resolves;
* ``mixed``  70 % exact, 20 % alias, 7 % fuzzy, 3 % blank / unknown.

Usage::

    python bench/bench_gazetteer.py                 # 1,000,000 names per batch
    python bench/bench_gazetteer.py --n 200000 --baseline-n 5000
    python bench/bench_gazetteer.py --json results.json
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np

from gazetteer import Gazetteer
from gazetteer.errors import GazetteerError
from gazetteer.places import Place

TARGET_NAMES_PER_S = 200_000
# Places that recur in the reports (ids of the curated gazetteer).
PLACE_IDS = (
    "iq-ain-al-asad-air-base", "iq-zummar", "sy-rmeilan", "iq-jurf-al-sakhar", "iq-al-qaim",
    "iq-gov-babil", "iq-gov-anbar", "iq-gov-nineveh", "iq-baghdad", "sy-damascus", "ir-isfahan",
    "iq-erbil", "iq-erbil-air-base", "iq-mosul", "sy-hasakah", "jo-tower-22", "iq-camp-kalsu",
    "sy-al-tanf-garrison", "iq-union-iii", "iq-baghdad-international-airport",
)


def _variants_of(text: str, rng: random.Random) -> list[str]:
    """Spellings a report might use for *text*: case, article, apostrophes, hyphens."""
    out = {text, text.lower(), text.upper(), text.title()}
    out.add(text.replace("-", " "))
    out.add(text.replace("'", "`").replace("al-", "Al "))
    out.add(text.replace("'", ""))
    if not text.lower().startswith(("al-", "al ")) and text.isascii():
        out.add("al-" + text)
    out.add(f"  {text}  ")
    return sorted(out)


def _typos(text: str, rng: random.Random, count: int) -> list[str]:
    letters = [i for i, ch in enumerate(text) if ch.isalpha()]
    out = set()
    for _ in range(count * 4):
        i = rng.choice(letters[1:-1] or letters)
        op = rng.random()
        if op < 0.4:
            typo = text[:i] + text[i + 1:]  # a letter dropped
        elif op < 0.8:
            typo = text[:i] + text[i] + text[i:]  # a letter doubled
        else:
            typo = text[:i] + text[i + 1] + text[i] + text[i + 2:] if i + 2 <= len(text) else text  # swapped
        out.add(typo)
        if len(out) >= count:
            break
    return sorted(out)


def build_pools(g: Gazetteer, rng: random.Random) -> dict[str, list[str]]:
    """Distinct spellings per method, each checked to resolve by that method."""
    pools: dict[str, list[str]] = {"exact": [], "alias": [], "fuzzy": []}
    for place_id in PLACE_IDS:
        place = g.get(place_id)
        candidates = {
            "exact": _variants_of(place.name, rng),
            "alias": [v for alias in (*place.aliases[:6], place.name_ar) if alias for v in _variants_of(alias, rng)],
            "fuzzy": [t for name in (place.name, *place.aliases[:2]) if len(name) >= 7 for t in _typos(name, rng, 6)],
        }
        for method, names in candidates.items():
            for name in names:
                try:
                    match = g.resolve(name)
                except GazetteerError:
                    continue
                if match.method == method and match.id == place_id:
                    pools[method].append(name)
    return pools


def draw(pool: Sequence[str], n: int, rng: np.random.Generator) -> list[str]:
    """*n* names from *pool* with Zipf-like weights: few spellings dominate, as in real tables."""
    weights = 1.0 / np.arange(1, len(pool) + 1) ** 1.1
    picks = rng.choice(len(pool), size=n, p=weights / weights.sum())
    return [pool[i] for i in picks]


def mixed(pools: dict[str, list[str]], n: int, rng: np.random.Generator) -> list[object]:
    shares = {"exact": 0.70, "alias": 0.20, "fuzzy": 0.07}
    names: list[object] = []
    for method, share in shares.items():
        names += draw(pools[method], int(n * share), rng)
    odd: list[object] = [None, "", "   ", "Atlantis", "Xyzzyville", float("nan")]
    names += [odd[i] for i in rng.integers(0, len(odd), size=n - len(names))]
    order = rng.permutation(len(names))
    return [names[i] for i in order]


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def naive_loop(g: Gazetteer, names: Sequence[object]) -> list[object]:
    out: list[object] = []
    for name in names:
        try:
            out.append(g.resolve(name))  # type: ignore[arg-type]
        except GazetteerError as err:
            out.append(err)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="names per batch (default 1,000,000)")
    parser.add_argument("--baseline-n", type=int, default=20_000, help="names for the per-name loop (default 20,000)")
    parser.add_argument("--seed", type=int, default=20240420)
    parser.add_argument("--json", help="also write the numbers to this JSON file")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    nprng = np.random.default_rng(args.seed)
    load_s, default = _timed(Gazetteer.default)
    places: list[Place] = [default.get(i) for i in default.places["id"]]
    pools = build_pools(default, rng)
    print(f"gazetteer: {len(default)} places, loaded in {load_s:.2f} s; distinct spellings: "
          + ", ".join(f"{m} {len(p)}" for m, p in pools.items()))
    batches = {method: draw(pool, args.n, nprng) for method, pool in pools.items()}
    batches["mixed"] = mixed(pools, args.n, nprng)

    Gazetteer(places).resolve_many(batches["mixed"][:10_000])  # warm-up: imports, first-call paths
    print(f"\n{'batch':<7} {'names':>9} {'distinct':>8} {'ours s':>8} {'ours names/s':>13} "
          f"{'loop n':>7} {'loop names/s':>13} {'ratio':>7} {'resolved':>9}")
    results = []
    for method, names in batches.items():
        # A fresh gazetteer per measurement so no run profits from another's cache.
        ours = Gazetteer(places)
        ours_s, frame = _timed(lambda: ours.resolve_many(names))
        subset = names[: args.baseline_n]
        fresh = Gazetteer(places)
        loop_s, _ = _timed(lambda: naive_loop(fresh, subset))
        ours_rate, loop_rate = len(names) / ours_s, len(subset) / loop_s
        distinct = len({n for n in names if isinstance(n, str)})
        resolved = float(frame["place_id"].notna().mean())
        results.append({"batch": method, "names": len(names), "distinct": distinct, "ours_s": ours_s,
                        "ours_names_per_s": ours_rate, "loop_names": len(subset), "loop_s": loop_s,
                        "loop_names_per_s": loop_rate, "ratio": ours_rate / loop_rate, "resolved": resolved})
        print(f"{method:<7} {len(names):>9,} {distinct:>8,} {ours_s:>8.2f} {ours_rate:>13,.0f} "
              f"{len(subset):>7,} {loop_rate:>13,.0f} {ours_rate / loop_rate:>6.1f}x {resolved:>9.1%}")

    worst = min(r["ours_names_per_s"] for r in results)
    met = worst >= TARGET_NAMES_PER_S
    print(f"\naim (issue #2): >= {TARGET_NAMES_PER_S:,} names/s on repeated batches: "
          f"{'met' if met else 'MISSED'} (slowest batch {worst:,.0f} names/s)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"n": args.n, "results": results}, handle, indent=2)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
