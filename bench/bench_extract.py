"""Benchmark the geoparser: reports per second of ``extract_reports`` on >= 1,000 reports.

The reports are built from the project's own test reports (the rewritten seed
reports and the development set under tests/geoincidents/extract/): each
synthetic report takes 6–14 sentences drawn at random from them, with place
names swapped for other gazetteer names, so no two reports are alike.

Measured in the same run:

* ``extract``   the whole pipeline, one ``extract_report`` per report (places, events, roles, drafts);
* ``mentions``  the mention finder alone (normalised tokens, vocabulary-pruned longest match);
* ``naive``     the baseline: the naive longest match, normalising every n-gram of up to N tokens
  with ``gazetteer.normalize`` and looking it up in the same key set, with no token pruning;

and the ratio mentions / naive; then place recall and precision of the extractor and of the naive
baseline on the development set. Aim: >= 50 reports/s for ``extract`` on one core.

Usage::

    python bench/bench_extract.py                 # 1,000 reports
    python bench/bench_extract.py --n 3000 --json results.json
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer  # noqa: E402
from gazetteer.normalize import normalize  # noqa: E402

from geoincidents.extract import extract_report  # noqa: E402
from geoincidents.extract.mentions import find_mentions  # noqa: E402
from geoincidents.extract.namekeys import name_keys  # noqa: E402
from geoincidents.extract.text import sentences as split_sentences  # noqa: E402
from geoincidents.extract.text import tokenize  # noqa: E402

AIM_REPORTS_PER_S = 50
CORPORA = [ROOT / "tests" / "geoincidents" / "extract" / "seeds", ROOT / "tests" / "geoincidents" / "extract" / "dev"]


def make_reports(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = [s.text for folder in CORPORA if folder.is_dir() for f in sorted(folder.glob("*.txt"))
            for s in split_sentences(f.read_text(encoding="utf-8"))]
    g = Gazetteer.default()
    names = list(g.places["name"])
    swap = re.compile(r"\b(Zummar|Rumalyn|Baghdad|Erbil|Anbar|Babil|Hasaka|Tower 22|Akashat|Isfahan)\b")
    reports = []
    for _ in range(n):
        chosen = rng.sample(pool, k=min(len(pool), rng.randint(6, 14)))
        text = " ".join(swap.sub(lambda m: rng.choice(names) if rng.random() < 0.5 else m.group(), s) for s in chosen)
        reports.append(text)
    return reports


def naive_mentions(text: str, keys: frozenset[str], longest: int) -> list[tuple[int, int]]:
    """The baseline: every n-gram normalised and looked up in the name keys, longest first, no pruning."""
    tokens = [t for t in tokenize(text) if t.text.isalnum() or t.text.isalpha()]
    found, i = [], 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + longest), i, -1):
            if normalize(text[tokens[i].start:tokens[j - 1].end]) in keys:
                found.append((tokens[i].start, tokens[j - 1].end))
                i = j
                break
        else:
            i += 1
    return found


def naive_places(text: str, g: Gazetteer, keys: frozenset[str], longest: int):
    """The naive baseline's place mentions: each longest match resolved to the gazetteer's first choice."""
    import pandas as pd

    from gazetteer.errors import GazetteerError

    rows = []
    for start, end in naive_mentions(text, keys, longest):
        try:
            rows.append((start, end, g.resolve(text[start:end], fuzzy=False).place.id))
        except GazetteerError as err:
            candidates = getattr(err, "candidates", None)
            if candidates:
                rows.append((start, end, candidates[0].place.id))
    return pd.DataFrame(rows, columns=["start", "end", "place_id"])


def accuracy(g: Gazetteer, keys: frozenset[str], longest: int) -> dict[str, float]:
    """Place recall and precision of the extractor and of the naive baseline on the development set."""
    from geoincidents.extract.evaluate import literal_places, read_annotated, score_places

    known = set(g.places["id"])
    totals = {"extract": [0, 0, 0], "naive": [0, 0, 0]}
    for report in read_annotated(CORPORA[1]):
        found = {"extract": literal_places(extract_report(report["text"], published=report["published"], gazetteer=g).places),
                 "naive": naive_places(report["text"], g, keys, longest)}
        for name, places in found.items():
            counts = score_places(places, report["places"], known)
            totals[name] = [a + counts[k] for a, k in zip(totals[name], ("right", "predicted", "gold"))]
    return {f"{name}_{what}": (right / gold if what == "recall" else right / predicted)
            for name, (right, predicted, gold) in totals.items() for what in ("recall", "precision")}


def timed(label: str, func, reports: list[str]) -> float:
    start = time.perf_counter()
    for text in reports:
        func(text)
    elapsed = time.perf_counter() - start
    rate = len(reports) / elapsed
    print(f"{label:10s} {len(reports):6d} reports in {elapsed:7.2f} s  = {rate:8.1f} reports/s")
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of reports (default 1000)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args(argv)
    g = Gazetteer.default()
    index = name_keys(g)
    reports = make_reports(args.n)
    keys = index.bare | {k.split("+")[0] for k in index.full}
    words = sum(len(r.split()) for r in reports)
    print(f"{len(reports)} synthetic reports, {words / len(reports):.0f} words each on average; gazetteer of {len(g)} places")
    extract_report(reports[0], published="2024-04-22", gazetteer=g)  # load the tables once
    results = {
        "extract": timed("extract", lambda t: extract_report(t, published="2024-04-22", gazetteer=g), reports),
        "mentions": timed("mentions", lambda t: find_mentions(split_sentences(t), g), reports),
        "naive": timed("naive", lambda t: naive_mentions(t, keys, index.longest), reports),
    }
    results["mentions_vs_naive"] = results["mentions"] / results["naive"]
    results["extract_vs_naive"] = results["extract"] / results["naive"]
    print(f"mention finder / naive longest match: {results['mentions_vs_naive']:.1f}x;"
          f" whole pipeline / naive mention lookup alone: {results['extract_vs_naive']:.1f}x")
    quality = accuracy(g, keys, index.longest)
    results.update(quality)
    print(f"places on the dev set: extract recall {quality['extract_recall']:.3f} precision {quality['extract_precision']:.3f}; "
          f"naive recall {quality['naive_recall']:.3f} precision {quality['naive_precision']:.3f}")
    verdict = "meets" if results["extract"] >= AIM_REPORTS_PER_S else "misses"
    print(f"extract {verdict} the aim of {AIM_REPORTS_PER_S} reports/s on one core")
    if args.json:
        Path(args.json).write_text(json.dumps({"n": len(reports), **results}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
