"""The curated places files as the tools that write ``gazetteer/data/places/*.csv`` read and write them.

Shared by ``tools/gazetteer_towns.py``, the villages tools (``tools/gazetteer_lebanon_villages.py``,
``tools/gazetteer_syria_villages.py``, ``tools/gazetteer_iraq_villages.py``) and ``tools/gazetteer_airfields.py``:
the rows of the other places files and their index (what a new row may not repeat: ``Curated``), a row's spellings,
ids, distances, and the whole-file write.
"""
from __future__ import annotations

import csv
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anyascii import anyascii  # noqa: E402

from gazetteer.normalize import normalize  # noqa: E402
from gazetteer.places import PLACE_COLUMNS  # noqa: E402

#: Where the places files live.
PLACES = ROOT / "gazetteer" / "data" / "places"


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.radians
    h = math.sin(r(lat2 - lat1) / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower().replace("'", "")).strip("-")


def curated_rows(written: Path) -> list[dict]:
    """Every row of the places files beside ``written`` (the file a tool rewrites), that file left out."""
    rows = []
    for path in sorted(written.parent.glob("*.csv")):
        if path != written:
            with path.open(encoding="utf-8", newline="") as handle:
                rows.extend(csv.DictReader(handle))
    return rows


def spellings(row: dict) -> list[str]:
    return [row["name"], row["name_ar"], *filter(None, row["aliases"].split("|"))]


def curated_index(curated: list[dict]) -> tuple[set[str], dict[tuple[str, str], str], dict[str, list[dict]]]:
    """What a tool taking a class of places checks a new row against: the GeoNames records the curated rows hold (a
    district stands at its seat's record and holds none), the row that owns each (spelling key, kind), and the
    rows that have each spelling key."""
    gnids = {s for r in curated if r["kind"] != "district"
             for s in r["source"].split("; ") if s.startswith("geonames:")}
    owners: dict[tuple[str, str], str] = {}
    spelled: dict[str, list[dict]] = {}
    for r in curated:
        for sp in spellings(r):
            owners.setdefault((normalize(sp), r["kind"]), r["id"])
            spelled.setdefault(normalize(sp), []).append(r)
    return gnids, owners, spelled


#: The kinds of curated row a new settlement may repeat (a like name near one is the same place).
POPULATED = frozenset({"city", "town", "village", "area"})


@dataclass
class Curated:
    """The curated rows a tool writing ``written`` checks its new rows against, and their index.

    ``used_ids`` grows as the tool takes rows (``take_row``), ``settled`` holds the populated places (a new one
    within a few km of a like name repeats it), ``gnids``/``owners``/``spelled`` as ``curated_index`` gives them.
    """

    written: Path
    rows: list[dict]
    used_ids: set[str] = field(default_factory=set)
    gnids: set[str] = field(default_factory=set)
    owners: dict[tuple[str, str], str] = field(default_factory=dict)
    spelled: dict[str, list[dict]] = field(default_factory=dict)
    settled: list[dict] = field(default_factory=list)

    @classmethod
    def beside(cls, written: Path) -> "Curated":
        """Every row of the places files beside ``written``, that file left out, indexed."""
        rows = curated_rows(written)
        gnids, owners, spelled = curated_index(rows)
        return cls(written, rows, {r["id"] for r in rows}, gnids, owners, spelled,
                   [r for r in rows if r["kind"] in POPULATED])

    def elsewhere(self, spelling: str, admin1: str) -> list[dict]:
        """Curated places of another province than ``admin1`` that already have this spelling."""
        return [r for r in self.spelled.get(normalize(spelling), []) if r["admin1"] != admin1]

    def new_id(self, prefix: str, name: str, gnid: int | str) -> str:
        """``<prefix>-<slug of name>``, or with ``-<gnid>`` after it where a curated or taken row has that id."""
        place_id = f"{prefix}-{slug(name)}"
        return f"{place_id}-{gnid}" if place_id in self.used_ids else place_id


#: Precision (km) of a settlement a tool writes, by kind.
SETTLEMENT_PRECISION_KM = {"city": "8", "town": "3", "village": "2"}


def settlement_row(place_id: str, name: str, kind: str, lat: float, lon: float, admin1: str, country: str,
                   aliases: list[str], name_ar: str, point: str, source: str, disputed: str = "") -> dict:
    """A settlement's row as the tools write it (at most twelve aliases; precision by kind)."""
    return {
        "id": place_id, "name": name, "kind": kind, "lat": f"{lat:.5f}", "lon": f"{lon:.5f}",
        "admin1": admin1, "country": country, "aliases": "|".join(aliases[:12]), "name_ar": name_ar,
        "precision_km": SETTLEMENT_PRECISION_KM[kind], "point": point, "source": source, "prominence": "",
        "disputed": disputed,
    }


def take_row(row: dict, used_ids: set[str], owners: dict[tuple[str, str], str], *lists: list[dict]) -> None:
    """Record a row a tool writes: its id used, its spellings owned (a later row may not take them), and the row
    added to each of *lists*."""
    used_ids.add(row["id"])
    for s in spellings(row):
        owners.setdefault((normalize(s), row["kind"]), row["id"])
    for found in lists:
        found.append(row)


def write_csv(rows: list[dict], output: Path, columns: list[str]) -> None:
    """Write ``rows`` as a CSV file with ``columns`` whole (through a temporary file, so no half-written file is
    left)."""
    tmp = output.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(output)


def write_places(rows: list[dict], output: Path) -> None:
    """Write ``rows`` as a places CSV whole."""
    write_csv(rows, output, PLACE_COLUMNS)
    print(f"{len(rows)} places written to {output}", file=sys.stderr)


class LeftOut:
    """What a tool leaves out: each line on stderr, counted by its reason (``tell(reason, line)``; ``line(text)``
    for a line that opens with its reason and ": "), and the counts at the end (``summary()``)."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()

    def tell(self, reason: str, line: str) -> None:
        self.counts[reason] += 1
        print(line, file=sys.stderr)

    def line(self, text: str) -> None:
        self.tell(text.split(": ")[0], text)

    def summary(self) -> None:
        for reason, n in self.counts.most_common():
            print(f"left out, {reason}: {n}", file=sys.stderr)
