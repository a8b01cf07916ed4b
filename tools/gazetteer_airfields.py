"""Write ``gazetteer/data/places/airfields.csv``: the airports and air bases of the region, by rule.

Reports name airfields nobody listed ("Tabqa airport", "Kirkuk air base", "Palmachim",
"Dezful air base"); this script takes the whole class from the airport database that the
PyPI package ``airportsdata`` ships (MIT licence; every row keeps its ``airportsdata:<ICAO>``):

* every record of Iraq, Syria, Iran, Israel, Jordan, Lebanon, the Palestinian territories
  and the Gulf states hosting US forces (Kuwait, Qatar, Bahrain, the Emirates); of Saudi
  Arabia, Oman, Turkey, Egypt, Cyprus and Yemen the airports with an IATA code (scheduled
  service) and the air bases;
* the point as the record gives it; a record whose point Natural Earth's polygons put in
  another country, or that lies on disputed ground (the Golan), is left out;
* kind ``air_base`` for an "Air Base", "Army Air Field" or "Air College", else ``airport``.

Names, by rule, because every new name is a possible false hit in running text:

* the airfield must be named after a curated town or city within 30 km of it (its
  name, a descriptor taken off, is one of that place's spellings: "Tabqa Airport"), or
  the record's city must be one (then the row is called "<town> Airport" / "<town> Air
  Base" and the record's own name, often a person's, "Rafic Hariri", "Shahid Ashrafi
  Esfahani", is kept only in the ``point`` text: a person named in a report is no place);
  a record that meets neither is left out;
* the spellings are the town's (each with the descriptor: "Kirkuk Air Base", "Karkuk Air
  Base", "مطار كركوك"), so "X airport" finds the airfield and a bare "X" still the town:
  the row's ``prominence`` (28) is below every populated kind's;
* a city naming two airfields of one kind (Amman's Queen Alia and Marka) names neither;
* a record that repeats a curated site (an airport, air base or base within 4 km; a
  base standing in at a town's point, Glilot at Ramat HaSharon, does not count) is
  left out: the curated row already carries its names.

Run ``python tools/gazetteer_airfields.py`` from the repository root (``pip install
"geoincidents[tools]"``, which pins the ``airportsdata`` release the shipped file was written
from); it rewrites the file whole and lists on stderr every record it left out and why.
``tests/gazetteer/test_airfields.py`` checks that the shipped file is what it writes.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "tools"))

from gazetteer.boundaries import Boundaries  # noqa: E402
from gazetteer.normalize import normalize  # noqa: E402
from placenames import LATIN  # noqa: E402
from placesfile import curated_rows, haversine, slug, spellings, write_places  # noqa: E402

OUT = ROOT / "gazetteer" / "data" / "places" / "airfields.csv"
ALL_RECORDS = {"IQ", "SY", "IR", "IL", "JO", "LB", "PS", "KW", "QA", "BH", "AE"}
SCHEDULED_ONLY = {"SA", "OM", "TR", "EG", "CY", "YE"}
#: Below every populated kind's default (village 30): a bare town name stays the town.
PROMINENCE = "28"
POPULATED = {"city", "town", "village"}
SITES = {"airport", "air_base", "military_base"}
NEAR_TOWN_KM = 30.0
REPEAT_KM = 4.0
AIR_BASE = re.compile(r"\b(air base|airbase|army air field|air college)\b", re.IGNORECASE)
DESCRIPTOR = re.compile(
    r"\s*\b(international airport|national airport|new airport|airport|air base|airbase|army air field|"
    r"airfield|air field|air college)\b\s*", re.IGNORECASE)
#: Latin spellings of the town carried over to the airfield's aliases.
MAX_ALIASES = 6


def wanted(record: dict) -> bool:
    if record["country"] in ALL_RECORDS:
        return True
    return record["country"] in SCHEDULED_ONLY and bool(record["iata"] or AIR_BASE.search(record["name"]))


def stem(name: str) -> str:
    """The airfield's name without its descriptor ("Tabqa Airport" -> "Tabqa")."""
    return re.sub(r"\s*\([^)]*\)", "", DESCRIPTOR.sub(" ", name)).strip(" -/")


def town_named(gazetteer, text: str, lat: float, lon: float) -> tuple[dict, bool] | None:
    """The populated place ``text`` names within NEAR_TOWN_KM, and whether it is one of its spellings.

    The gazetteer reads the name (as written, or by sound: airportsdata writes "Kamishly",
    "Al Cut"); what it finds counts only if it is a town or city within NEAR_TOWN_KM of the airfield.
    """
    from gazetteer import AmbiguousPlace, PlaceNotFound

    key = normalize(text)
    if len(key.replace(" ", "")) < 4:
        return None
    # Read first as a report would (a city before its governorate: Beirut), then nearest the airfield
    # (a name that several towns share); the first populated place within NEAR_TOWN_KM counts.
    for near in (None, (lat, lon)):
        try:
            match = gazetteer.resolve(text, near=near)
        except (PlaceNotFound, AmbiguousPlace):
            continue
        if match.method not in ("exact", "alias", "phonetic", "fuzzy"):
            continue
        ids = [match.place.id, *(alt.place_id for alt in match.alternatives)]
        place = next((p for p in map(gazetteer.get, ids) if p.kind in POPULATED
                      and haversine(lat, lon, p.lat, p.lon) <= NEAR_TOWN_KM), None)
        if place is not None:
            return place.id, match.method in ("exact", "alias")
    return None


def build(report) -> list[dict]:
    import airportsdata

    from gazetteer import Gazetteer
    from gazetteer.places import read_places

    records = sorted((r for r in airportsdata.load().values() if wanted(r)), key=lambda r: r["icao"])
    boundaries = Boundaries.default()
    located = boundaries.locate([float(r["lon"]) for r in records], [float(r["lat"]) for r in records])
    curated = curated_rows(OUT)
    by_id = {r["id"]: r for r in curated}
    paths = [p for p in sorted(OUT.parent.glob("*.csv")) if p != OUT]
    gazetteer = Gazetteer(read_places(paths), boundaries=boundaries)
    # A curated base standing in at a town's point (Glilot at Ramat HaSharon) is no airfield there.
    sites = [r for r in curated if r["kind"] in SITES and not r["point"].startswith("stand-in")]
    owners: dict[tuple[str, str], str] = {}
    for r in curated:
        for s in spellings(r):
            owners.setdefault((normalize(s), r["kind"]), r["id"])
    used_ids = set(by_id)
    own_names: dict[str, list[str]] = {}
    with (ROOT / "gazetteer" / "data" / "airfield_names.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            own_names.setdefault(row["icao"], []).append(row["name"])
    candidates = []
    for record, (_, where) in zip(records, located.iterrows()):
        lat, lon, icao = float(record["lat"]), float(record["lon"]), record["icao"]
        country, admin1 = where["country"], where["admin1"]
        label = f"{record['name']} ({icao})"
        if country != record["country"] or not isinstance(admin1, str) or "~" in admin1:
            report(f"outside: {label} airportsdata {record['country']}, polygon {country}/{admin1}")
            continue
        if record["subd"] == "Quneitra":
            report(f"disputed ground: {label}")
            continue
        twin = next((s for s in sites if haversine(lat, lon, float(s["lat"]), float(s["lon"])) <= REPEAT_KM), None)
        if twin is not None:
            report(f"repeat: {label} ~ {twin['id']}")
            continue
        kind = "air_base" if AIR_BASE.search(record["name"]) else "airport"
        found = town_named(gazetteer, stem(record["name"]), lat, lon)
        if found is None and record["city"] and kind == "airport":
            found = town_named(gazetteer, record["city"], lat, lon)
            found = found and (found[0], False)
        if not found:
            report(f"named after no town within {NEAR_TOWN_KM:.0f} km: {label} (city {record['city']!r})")
            continue
        town, own_name = by_id[found[0]], found[1]
        candidates.append((record, country, admin1, kind, town, own_name))
    per_town = Counter((town["id"], kind) for _, _, _, kind, town, _ in candidates)
    out = []
    for record, country, admin1, kind, town, own_name in candidates:
        label = f"{record['name']} ({record['icao']})"
        if per_town[(town["id"], kind)] > 1:
            report(f"{town['name']} names two airfields of kind {kind}: {label} left out")
            continue
        word = "Air Base" if kind == "air_base" else "Airport"
        name = f"{stem(record['name'])} {word}" if own_name else f"{town['name']} {word}"
        if (normalize(name), kind) in owners:
            report(f"name taken: {label} as {name!r} by {owners[(normalize(name), kind)]}")
            continue
        latin = [s for s in [town["name"], *filter(None, town["aliases"].split("|"))] if LATIN.match(s)]
        aliases, seen = [], {normalize(name)}
        for spelling in latin:
            alias = f"{spelling} {word}"
            if normalize(alias) not in seen and (normalize(alias), kind) not in owners:
                seen.add(normalize(alias))
                aliases.append(alias)
        aliases = aliases[:MAX_ALIASES]
        # The airfield's own names, after a person (data/airfield_names.csv: "Shahid Hasheminejad Airport").
        aliases += [n for n in own_names.get(record["icao"], ()) if normalize(n) not in seen]
        name_ar = f"مطار {town['name_ar']}"
        if kind == "air_base":
            aliases.append(f"قاعدة {town['name_ar']} الجوية")
        place_id = f"{country.lower()}-{slug(town['name'])}-{'air-base' if kind == 'air_base' else 'airport'}"
        if place_id in used_ids:
            place_id = f"{place_id}-{record['icao'].lower()}"
        used_ids.add(place_id)
        for s in [name, name_ar, *aliases]:
            owners.setdefault((normalize(s), kind), place_id)
        what = "airfield" if kind == "air_base" else "airport"
        point = f"site: {what} reference point"
        if not own_name:
            point += f" (airportsdata names it {record['name']})"
        out.append({
            "id": place_id, "name": name, "kind": kind, "lat": f"{float(record['lat']):.5f}",
            "lon": f"{float(record['lon']):.5f}", "admin1": admin1, "country": country,
            "aliases": "|".join(aliases), "name_ar": name_ar, "precision_km": "2",
            "point": point, "source": f"airportsdata:{record['icao']}", "prominence": PROMINENCE,
            "disputed": "",
        })
    return sorted(out, key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    write_places(build(lambda line: print(line, file=sys.stderr)), args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
