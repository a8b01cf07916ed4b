"""Write ``gazetteer/data/places/syria_villages.csv``: the villages of north-east Syria, taken by rule from Who's On
First's Syria localities.

Turkish drone strikes in north-east Syria hit hundreds of villages that reports name in Arabic and Kurdish, and
``towns.csv`` takes Syrian places only from 10,000 people or as seats. This script takes the whole class from the
locality records of Who's On First's Syria repository (``whosonfirst-data/whosonfirst-data-admin-sy``, CC BY 4.0;
each record a GeoNames record, CC BY 4.0, whose id the row keeps as ``geonames:<id>``).

Input: a tab-separated extract of those records (path on the command line; the data stay outside the repository),
one locality a line with the columns ``gnid`` (the record's ``wof:concordances`` ``gn:id``), ``wof_id``, ``name``
(``wof:name``), ``lat``, ``lon`` (``geom:``), ``admin1`` (the governorate ``gazetteer.boundaries.Boundaries`` puts the
point in), ``county_id``/``county`` (the district of the record's WOF hierarchy), ``population``, ``feature_code``
(GeoNames'), ``ara`` (``name:ara_*``), ``kur`` (``name:kur_*``), ``latin`` (``name:eng_*``, ``und_*``, ``tur_*``,
``fra_*``, ``deu_*``) and ``gn_name``, the lists joined by ``|``. The extract holds the localities with a GeoNames
concordance whose point lies in Hasakah (SY-HA) or Raqqa (SY-RA), or in Aleppo (SY-HL) with one of the districts
Ayn al-Arab (Kobani), Manbij, Jarabulus and al-Bab as its WOF county (``wof:hierarchy`` ``county_id``).

What is kept, by the towns tool's rules (``tools/gazetteer_towns.py``, ``tools/placenames.py``):

* no abandoned or historical record (GeoNames ``PPLQ``, ``PPLH``);
* a record that repeats a curated place (its GeoNames id; a populated place of a like name within 4 km or of the
  same name within 25 km) is left out;
* Latin aliases (the WOF names and Kurdish Kurmanji names in Latin letters) only where their consonants match the
  name's; Arabic-script names (Arabic, and Kurdish in Arabic script) likewise, ``name_ar`` the first Arabic one;
  a record with no Arabic name is left out;
* no Latin spelling of fewer than five letters, no Arabic one of fewer than four; no one-word Arabic spelling of
  wordfreq Zipf 3.0 or more (النفطية, 'the oil ones'), no one-word Latin spelling whose sound key of one or two
  letters is a frequent English word's ("Houaïz" of Huwayz sounded like Houthi); no spelling that is a common
  English word or used in English text otherwise, or a common Arabic word or sounds like one, or opens the names of
  other places ("Tall"), or opens with the name of a one-word town of ``towns.csv`` (three names opening with
  "Qarah" or "Ali" make the towns tool drop Qarah and Aaley by its rule on openers); none that sounds like a curated
  place of another province, nor one a curated place already has: a refused alias is dropped, and a record whose
  name or Arabic name is refused is left out (no bracketed forms: reports do not write them);
* several localities of one name (or one Arabic name) in the area: all are left out, as a report's bare name cannot
  tell them apart; an alias two records share is dropped from both;
* no spelling that is a country's name in another language (``country_names.csv``: "Jamus", Germany in Hausa), and
  no Arabic one with a word "al-X" whose bare X is a word of Zipf 4 or more the extractor does not list
  (``extract_words.csv``, ``arabic_bare_word``: الجابر, الرئيس);
* a record a report table's spelling found is left out by review (``REVIEWED_OUT``);
* kind ``village`` (``town`` where WOF gives a population of 2,000 or more), precision 2 km (3 km a town).

Run ``python tools/gazetteer_syria_villages.py EXTRACT.tsv`` from the repository root; it rewrites the file whole and
lists on stderr every record it left out and why.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from gazetteer.normalize import normalize  # noqa: E402
from placenames import ARABIC, LATIN, VillageRules, same_name  # noqa: E402
from placesfile import PLACES, Curated, haversine, settlement_row, spellings, write_places  # noqa: E402

OUT = PLACES / "syria_villages.csv"
#: Records left out by review, GeoNames id -> why (a spelling of the report tables found them).
REVIEWED_OUT = {
    171057: 'Shaydkah ("Châdka"): the Turkish "Şaddaki Üssü" (the Shaddadi base) found it',
    166375: "Nasr Allah: Nasrallah, Hezbollah's late leader, is named in reports far more often than the village",
    420806: "`Iidah (عيدة): found a word that is no place in reports scored blind (an extra draft)",
}
#: GeoNames feature codes of places no longer lived in: abandoned, historical.
GONE = {"PPLQ", "PPLH"}


def _split(value: str) -> list[str]:
    return [v.replace("\u200e", "").replace("\u200f", "").strip() for v in (value or "").split("|") if v.strip()]


def build(localities: list[dict], report) -> list[dict]:
    curated = Curated.beside(OUT)
    gnids, used_ids, settled = curated.gnids, curated.used_ids, curated.settled
    rules = VillageRules.of(curated)
    refused = rules.refused

    candidates = []
    for loc in sorted(localities, key=lambda r: int(r["gnid"])):
        name, lat, lon = loc["name"], float(loc["lat"]), float(loc["lon"])
        tag = f"{name} (geonames {loc['gnid']}, {loc['county'] or loc['admin1']})"
        if loc["feature_code"] in GONE:
            report(f"abandoned or historical: {tag}")
            continue
        if int(loc["gnid"]) in REVIEWED_OUT:
            report(f"reviewed out: {tag}: {REVIEWED_OUT[int(loc['gnid'])]}")
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
        latin = [a for a in [*_split(loc["latin"]), *_split(loc["kur"]), loc.get("gn_name", "")]
                 if a and a != name and LATIN.match(a) and not a.islower() and not a.isupper() and same_name(a, name)]
        arabic = [a for a in _split(loc["ara"]) if ARABIC.search(a) and same_name(a, name, 60)]
        kurdish_ar = [a for a in _split(loc["kur"]) if ARABIC.search(a) and same_name(a, name, 60)]
        if not arabic:
            report(f"no Arabic name: {tag}")
            continue
        candidates.append((loc, name, arabic, latin + kurdish_ar, tag))

    # one name in several places of the area: a bare name cannot tell them apart
    count = Counter()
    for loc, name, arabic, others, _ in candidates:
        for k in {normalize(s) for s in (name, *arabic, *others)}:
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
        for alias in [*others, *arabic[1:]]:
            k = normalize(alias)
            if k in seen or count[k] > 1 or refused(alias, admin1):
                continue
            seen.add(k)
            aliases.append(alias)
        population = int(loc["population"] or 0)
        kind = "town" if population >= 2000 else "village"
        place_id = curated.new_id("sy", name, loc["gnid"])
        used_ids.add(place_id)
        out.append(settlement_row(place_id, name, kind, float(loc["lat"]), float(loc["lon"]), admin1, "SY", aliases,
                                  arabic[0], f"{kind} centre (Who's On First's Syria locality, GeoNames {loc['gnid']})",
                                  f"geonames:{loc['gnid']}"))
    return sorted(out, key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("extract", type=Path, help="the tab-separated extract of WOF Syria localities")
    parser.add_argument("--output", type=Path, default=OUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    with args.extract.open(encoding="utf-8", newline="") as handle:
        localities = list(csv.DictReader(handle, delimiter="\t"))
    rows = build(localities, lambda line: print(line, file=sys.stderr))
    write_places(rows, args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
