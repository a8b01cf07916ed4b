"""The villages of a country's Who's On First locality records, by rule: the loop the Syria and Iraq villages tools
(``tools/gazetteer_syria_villages.py``, ``tools/gazetteer_iraq_villages.py``) share; their docstrings give the rules.

The input is an extract of the locality records, one a dict with the columns ``gnid``, ``wof_id``, ``name``, ``lat``,
``lon``, ``admin1``, ``county``, ``population``, ``feature_code``, ``ara``, ``kur``, ``latin`` and ``gn_name`` (the
name lists joined by ``|``), as the Syria tool's docstring describes.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from gazetteer.normalize import normalize  # noqa: E402
from placenames import ARABIC, LATIN, VillageRules, same_name  # noqa: E402
from placesfile import Curated, haversine, settlement_row, spellings  # noqa: E402

#: GeoNames feature codes of places no longer lived in: abandoned, historical.
GONE = frozenset({"PPLQ", "PPLH"})
#: Names reports write that the records lack, kept by hand by the GeoNames record they belong to (``source``); the
#: towns tool reads the same table. A written row takes them after its own names, under the same rules, so a name
#: added by hand ("Dardara", the Turkish of Dardarah) is not lost when the file is written again.
HAND_NAMES = ROOT / "gazetteer" / "data" / "town_names_by_hand.csv"


def hand_names() -> dict[str, list[str]]:
    """The names kept by hand, by the ``source`` (``geonames:<id>``) of the record they belong to."""
    by_source: dict[str, list[str]] = {}
    with HAND_NAMES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            by_source.setdefault(row["source"], []).append(row["name"])
    return by_source


def read_localities(path: Path) -> list[dict]:
    """The records of a tab-separated extract."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def split_names(value: str) -> list[str]:
    """A ``|``-joined list of names, bidi marks dropped."""
    return [v.replace("\u200e", "").replace("\u200f", "").strip() for v in (value or "").split("|") if v.strip()]


def build_villages(localities: list[dict], report: Callable[[str], None], *, written: Path, country: str, label: str,
                   reviewed_out: dict[int, str], gone: Callable[[dict], bool] = lambda loc: loc["feature_code"] in GONE,
                   beyond: Iterable[dict] = (), country_sound: bool = False) -> list[dict]:
    """The rows of the villages file ``written`` from ``localities`` of ``country`` (``label``: the country's name as
    the row's point names the WOF repository); ``report`` gets a line for each record left out, its reason first.

    Records ``gone`` says are no longer lived in, and those ``reviewed_out`` lists (GeoNames id -> why), are left
    out first. ``beyond`` holds the country's records outside the area: a name one of them bears is several
    localities' too; ``country_sound`` refuses a Latin spelling that sounds like a country's English name."""
    curated = Curated.beside(written)
    gnids, used_ids, settled = curated.gnids, curated.used_ids, curated.settled
    refused = VillageRules.of(curated, country_sound=country_sound).refused
    by_hand = hand_names()

    candidates = []
    for loc in sorted(localities, key=lambda r: int(r["gnid"])):
        name, lat, lon = loc["name"], float(loc["lat"]), float(loc["lon"])
        tag = f"{name} (geonames {loc['gnid']}, {loc['county'] or loc['admin1']})"
        if gone(loc):
            report(f"abandoned or historical: {tag}")
            continue
        if int(loc["gnid"]) in reviewed_out:
            report(f"reviewed out: {tag}: {reviewed_out[int(loc['gnid'])]}")
            continue
        if f"geonames:{loc['gnid']}" in gnids:
            report(f"held: {tag}")
            continue
        key = normalize(name)
        twin = next((r for r in settled
                     if (d := haversine(lat, lon, float(r["lat"]), float(r["lon"]))) <= 25
                     and (key in {normalize(s) for s in spellings(r)}
                          or (d <= 4 and any(same_name(s, name) for s in spellings(r) if not ARABIC.search(s))))),
                    None)
        if twin is not None:
            report(f"repeat: {tag} ~ {twin['id']}")
            continue
        latin = [a for a in [*split_names(loc["latin"]), *split_names(loc["kur"]), loc.get("gn_name", "")]
                 if a and a != name and LATIN.match(a) and not a.islower() and not a.isupper() and same_name(a, name)]
        arabic = [a for a in split_names(loc["ara"]) if ARABIC.search(a) and same_name(a, name, 60)]
        kurdish_ar = [a for a in split_names(loc["kur"]) if ARABIC.search(a) and same_name(a, name, 60)]
        # an alias like a curated place's name 4 km off would make the towns tool read that town as this village
        # written again (چەمى خاڵان of Mamxelan is like Choman, 3 km away) and drop it
        near = [s for r in settled if haversine(lat, lon, float(r["lat"]), float(r["lon"])) <= 4
                for s in spellings(r) if s and not ARABIC.search(s)]
        latin, arabic, kurdish_ar = ([a for a in names if not any(same_name(s, a) for s in near)]
                                     for names in (latin, arabic, kurdish_ar))
        if not arabic:
            report(f"no Arabic name: {tag}")
            continue
        candidates.append((loc, name, arabic, latin + kurdish_ar, tag))

    # one name in several places of the area: a bare name cannot tell them apart
    count = Counter()
    for loc, name, arabic, others, _ in candidates:
        for k in {normalize(s) for s in (name, *arabic, *others)}:
            count[k] += 1
    # and in the rest of the country, where a tool takes an area of it: the name and Arabic names of its records
    for loc in beyond:
        for k in {normalize(s) for s in (loc["name"], *split_names(loc["ara"])) if s}:
            count[k] += 1
    out: list[dict] = []
    for loc, name, arabic, others, tag in candidates:
        admin1 = loc["admin1"]
        if count[normalize(name)] > 1 or count[normalize(arabic[0])] > 1:
            report(f"several of the name in the area: {tag}")
            continue
        why = refused(name, admin1)
        if why:
            report(f"{why}: {tag}")
            continue
        arabic = [a for a in arabic if count[normalize(a)] == 1 and not refused(a, admin1)]
        if not arabic:
            report(f"Arabic name refused: {tag} {loc['ara']}")
            continue
        aliases, seen = [], {normalize(name), normalize(arabic[0])}
        for alias in [*others, *arabic[1:], *by_hand.get(f"geonames:{loc['gnid']}", ())]:
            k = normalize(alias)
            if k in seen or count[k] > 1 or refused(alias, admin1):
                continue
            seen.add(k)
            aliases.append(alias)
        population = int(loc["population"] or 0)
        kind = "town" if population >= 2000 else "village"
        place_id = curated.new_id(country.lower(), name, loc["gnid"])
        used_ids.add(place_id)
        out.append(settlement_row(place_id, name, kind, float(loc["lat"]), float(loc["lon"]), admin1, country, aliases,
                                  arabic[0], f"{kind} centre (Who's On First's {label} locality, GeoNames {loc['gnid']})",
                                  f"geonames:{loc['gnid']}"))
    return sorted(out, key=lambda r: r["id"])
