"""Write ``gazetteer/data/places/lebanon_villages.csv``: south Lebanon's villages from GeoNames' Lebanon dump, by rule.

Reports of the 2023-2025 Israel-Hezbollah war name hundreds of villages of the South and Nabatieh governorates and
of the southern Bekaa that GeoNames' ``cities500`` (the source of ``towns.csv``) does not list. A GeoNames country
dump of Lebanon (export of 2016-05, ``data/LB.txt`` of the GitHub repository
RoudyTarabay/Lebanon-Municipality-Elections-2016; GeoNames data, CC BY 4.0) holds them. The dump is not shipped;
give its path on the command line. This script takes the class whole, with the towns tool's rules
(``tools/gazetteer_towns.py``, ``tools/placenames.py``):

* every populated place (feature class P) whose point Natural Earth's polygons put in the South (LB-JA) or
  Nabatieh (LB-NA) governorate, or in the Bekaa (LB-BI) south of latitude 33.70 N (``BEKAA_SOUTH``): the West
  Bekaa and Rashaya districts, which the 2024 strikes hit (Sohmor, Mashghara, Qaraoun); Zahle district's
  southernmost villages (Majdel Anjar, Masnaa) lie north of that line, and the few West Bekaa villages north of
  it (El Marj, Ej Jezire) stay out with them. Natural Earth has no district polygons, so the line stands for them
  (checked once against the 2009 electoral districts the same GitHub repository draws, not used here: each of the
  dump's 87 Bekaa records south of the line lies in West Bekaa-Rashaya, and 10 of its records lie north of it);
* none that a curated place already holds: its geonameid, or a place of a like name within 4 km or of the same
  spelling within 25 km, or a place inside a curated city's precision (a part of it: the towns tool's repeat
  rule);
* none whose name several records of the area bear at places more than 2 km apart (Kefraiya of the Bekaa and of
  the South, El Khraibe of Nabatieh and of the South): there are no district polygons to put the district in
  brackets by, so they are left out; records of one name within 2 km of each other are one village, taken at
  the first (Qabrikha);
* farms, pens, retreats, winter quarters, gardens, farmsteads (Haouch) and ruins are left out by their first word
  in Latin or Arabic letters, of the name or of a Latin alias ("Mazra`at an Nabi Qasim") (``FARM_WORDS``,
  ``FARM_WORDS_AR``, as ``levant_yemen.csv`` was taken): reports name villages;
* the names left out before for precision (``LEFT_OUT``: Mansouri, Qantara, Chamaa, Maarakeh, Ansar, Taybeh, ...
  as ``tests/gazetteer/test_lebanon_geonames_villages.py`` and ``tests/gazetteer/test_levant_yemen.py`` give
  the words that took them) stay out;
* Latin aliases whose consonants match the name's, Arabic-script aliases whose letters, romanised, match them
  likewise; ``name_ar`` the first Arabic one; a record with no Arabic-script name is left out (every place file
  row has one);
* a name of four letters or fewer is left out; no name that is a common English word or in English use (a given
  name), none that opens other names (Deir, Kfar), no Arabic name that sounds like a common Arabic word or, of one
  word, is one (wordfreq rates a phrase by its rarest word: كفر حتى, Kfar Hatta, would be as common as كفر);
* no spelling of a curated place of another province, and no spelling that sounds like one (phonetic key): a
  name or Arabic name that does is the row's end, an alias that does is dropped;
* kind ``village`` (``town`` from 2,000 people, where the dump gives a population), precision 2 km (3 for a
  town), source ``geonames:<id>``, point "village centre (GeoNames LB dump 2016-05)".

Run ``python tools/gazetteer_lebanon_villages.py PATH/TO/LB.txt`` from the repository root; it rewrites the file
whole and prints on stderr what it left out and why, with the count of each reason.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from gazetteer.boundaries import Boundaries  # noqa: E402
from gazetteer.normalize import normalize  # noqa: E402
from gazetteer.phonetic import phonetic_key  # noqa: E402
from placenames import (  # noqa: E402
    ARABIC, LATIN, NameChecks, common_arabic, english_use, same_name, skeleton, vowel_fold,
)
from placesfile import PLACES, Curated, LeftOut, haversine, settlement_row, spellings, take_row, write_places  # noqa: E402

OUT = PLACES / "lebanon_villages.csv"
#: The provinces taken whole, and the Bekaa south of this latitude (West Bekaa and Rashaya districts).
PROVINCES = ("LB-JA", "LB-NA")
BEKAA_SOUTH = 33.70
#: Records of one name no farther apart than this are one village recorded twice.
SAME_VILLAGE_KM = 2.0
#: First words (normalised) of farms, pens, retreats, winter quarters, ruins and hamlets of the dump.
FARM_WORDS = frozenset({"mazraat", "mazraet", "mrah", "khalouat", "machta", "karm", "boustane", "biout", "blatet",
                        "jbal", "oudi", "khirbet", "khrebet", "aarab", "marous", "junaynat",
                        # hawsh 'farmstead': a third name opening with it makes the word an opener of names, and the
                        # towns tool then drops Syria's Al Hawash (as Haouch Barada was left out of levant_yemen.csv)
                        "haouch", "hawsh", "haush", "hosh"})
#: The same, as a record's Arabic name opens (مزرعة 'farm', خربة 'ruin', جنينة 'garden'): Mchâté is مزرعة مشاتي.
FARM_WORDS_AR = frozenset({"مزرعة", "خربة", "خربه", "جنينة", "جنينه", "مراح", "خلوات"})
#: Names left out before for precision, as the villages' tests give the words that took them (normalised keys
#: of the dump's names and of their common spellings).
LEFT_OUT = frozenset({
    "mansouri", "el mansouri", "qantara", "el qantara", "chamaa", "maarake", "maarakeh", "ansar", "taibe",
    "et taibe", "taybeh", "hinniyeh", "el henniye", "henniye", "hanaouay", "hanawiyeh", "khalde", "khaldeh",
    "haddatha", "mreije", "mreijeh", "maqne", "maqneh", "ali en nahri", "ali al nahri", "er rachidiye",
    "rachidiye", "rashidieh", "aadchit", "adchit", "kafra", "zebdine", "aazze", "aabba", "aalmane", "salhiye",
    "er rouayess", "mamlaha", "maachouq", "mharbiye", "el habis", "hilta el faouqa", "zeghdraya el aatiqa",
    "el matmoura", "jamjim et tahta", "ain hamraniye", "ej jibbain", "fakeha", "hanine", "kneisse", "el khodr",
    "saaide", "hizzine", "knaisse", "ouadi jilou", "yammoune", "zabboud", "mlikh", "tfail", "ayta al jabal",
})


#: The keys the resolver compares (articles dropped: "El Habis" is "habis").
LEFT_OUT_KEYS = frozenset(normalize(name) for name in LEFT_OUT)


def like_name(spelling: str, name: str) -> bool:
    """The towns tool's like name (consonant skeletons 75% alike), where the skeletons also open with one consonant
    and both have four or more, unless they are equal: villages 2-4 km apart have short names that
    differ by one letter (Yarine and Marwahin, Chehour and Srifa, Hariss and Rachaf are different villages), and
    names opening with one word must be alike after it."""
    a, b = skeleton(spelling), skeleton(name)
    if a == b:
        return True
    if not (same_name(spelling, name) and min(len(a), len(b)) >= 4 and a[0] == b[0]):
        return False
    # names that open with one word (Kfar, Deir, Majdal) must be alike in the rest: Kfar Beit is not Kfar Hatta
    first, rest = normalize(spelling).split(), normalize(name).split()
    if len(first) > 1 and len(rest) > 1 and skeleton(first[0]) == skeleton(rest[0]):
        return same_name(" ".join(first[1:]), " ".join(rest[1:]))
    return True


def kind_of(population: int) -> str:
    return "town" if population >= 2000 else "village"


def read_dump(path: Path) -> list[dict]:
    """The populated places (feature class P) of a GeoNames country dump, as dicts."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            f = line.rstrip("\n").split("\t")
            if len(f) < 15 or f[6] != "P":
                continue
            records.append({"geonameid": int(f[0]), "name": f[1], "alternatenames": [a for a in f[3].split(",") if a],
                            "latitude": float(f[4]), "longitude": float(f[5]), "code": f[7],
                            "population": int(f[14] or 0)})
    return records


def in_area(admin1: str, lat: float) -> bool:
    return admin1 in PROVINCES or (admin1 == "LB-BI" and lat < BEKAA_SOUTH)


def build(report, dump: Path) -> list[dict]:
    records = read_dump(dump)
    records.sort(key=lambda c: (-c["population"], c["geonameid"]))
    boundaries = Boundaries.default()
    located = boundaries.locate([c["longitude"] for c in records], [c["latitude"] for c in records])
    area = []
    for city, (_, where) in zip(records, located.iterrows()):
        admin1 = where["admin1"]
        if where["country"] == "LB" and isinstance(admin1, str) and in_area(admin1, city["latitude"]):
            area.append((city, admin1))
    # records of one name that all lie within SAME_VILLAGE_KM of each other are one village (GeoNames has Qabrikha
    # twice, 0.3 km apart): the first (the most populous, then the lowest id) stands for it
    by_name: dict[str, list[dict]] = {}
    for c, _ in area:
        by_name.setdefault(normalize(c["name"]), []).append(c)
    one_village = {k for k, cs in by_name.items()
                   if all(haversine(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) <= SAME_VILLAGE_KM
                          for a in cs for b in cs)}
    names_in_area = Counter({k: len(cs) for k, cs in by_name.items()})
    curated = Curated.beside(OUT)
    used_ids, gnids, owners, settled = curated.used_ids, curated.gnids, curated.owners, curated.settled
    checks = NameChecks.of(curated.rows)
    english, arabic_sounds, openers = checks.english, checks.arabic_sounds, checks.openers
    out: list[dict] = []
    for city, admin1 in area:
        name, lat, lon, gid = city["name"], city["latitude"], city["longitude"], city["geonameid"]
        tag = f"{name} ({gid}, {admin1})"
        if f"geonames:{gid}" in gnids:
            report("held", f"held by its geonameid: {tag}")
            continue
        key = normalize(name)
        alternates = [a.replace("\u200e", "").replace("\u200f", "").strip() for a in city["alternatenames"]]
        alternates = [a for a in alternates if a and a != name and "\\" not in a and not re.search(r"\d", a)]
        latin = [a for a in alternates if LATIN.match(a) and not a.islower() and not a.isupper() and same_name(a, name)]
        arabic = [a for a in alternates if ARABIC.search(a) and same_name(a, name, 60)]
        keys = {key} | {normalize(a) for a in latin + arabic}
        near = [r for r in settled if haversine(lat, lon, float(r["lat"]), float(r["lon"])) <= 25]
        twin = next((r for r in near if keys & {normalize(s) for s in spellings(r)}
                     or (haversine(lat, lon, float(r["lat"]), float(r["lon"])) <= 4
                         and any(like_name(s, name) for s in spellings(r)))
                     or (city["population"] < 10_000 and r["kind"] == "city" and float(r["precision_km"]) >= 5
                         and haversine(lat, lon, float(r["lat"]), float(r["lon"])) <= float(r["precision_km"]))), None)
        if twin is not None:
            report("repeat", f"repeat: {tag} ~ {twin['id']}")
            continue
        if names_in_area[key] > 1 and key in one_village and city is not by_name[key][0]:
            report("same village", f"another record of a village taken at its first record: {tag}")
            continue
        if names_in_area[key] > 1 and key not in one_village:
            report("several", f"several records of the name in the area: {tag}")
            continue
        words = key.split()
        if any(len(w) > 1 and w[0] in FARM_WORDS for w in (normalize(s).replace("mazra at", "mazraat").split()
                                                           for s in [name, *latin])):
            report("farm", f"farm, pen, hamlet or ruin by its first word: {tag}")
            continue
        if key in LEFT_OUT_KEYS or {normalize(a) for a in latin} & LEFT_OUT_KEYS:
            report("left out", f"left out before for precision: {tag}")
            continue
        if any(a.split()[0] in FARM_WORDS_AR for a in arabic):
            report("farm", f"farm, pen, hamlet or ruin by its Arabic name's first word: {tag}")
            continue
        if not arabic:
            report("no Arabic", f"no Arabic-script name: {tag}")
            continue
        population = city["population"]
        kind = kind_of(population)
        if len(key.replace(" ", "")) <= 4:
            report("short", f"short: {tag}")
            continue
        bare = key[3:] if key[:3] in ("al ", "el ", "ed ", "es ", "ez ", "ej ", "er ", "et ", "en ", "ech") else key
        if key in english or bare in english:
            report("English word", f"an English word: {tag}")
            continue
        if len(words) == 1 and english_use(key):
            report("English use", f"used in English text otherwise (a given name, a word): {tag}")
            continue
        if len(words) == 1 and vowel_fold(key) in openers:
            report("opener", f"opens other names: {tag}")
            continue
        # wordfreq gives a phrase about the frequency of its rarest word (كفر حتى 4.6, for حتى 'until' and كفر): an
        # Arabic name of several words is held to the sound rule only, as the curated files' word rule reads it
        arabic = [a for a in arabic if phonetic_key(normalize(a)) not in arabic_sounds
                  and (" " in normalize(a) or not (common_arabic(a) or common_arabic(normalize(a))))]
        if not arabic:
            report("Arabic word", f"Arabic name is or sounds like a common word: {tag}")
            continue

        def elsewhere(spelling: str) -> list[dict]:
            return curated.elsewhere(spelling, admin1)

        def rival(spelling: str) -> bool:
            return checks.rival(spelling, admin1)

        def word(spelling: str) -> bool:
            k = normalize(spelling)
            if " " in k:
                return False
            if ARABIC.search(spelling):
                return common_arabic(k) or phonetic_key(k) in arabic_sounds
            return k in english or english_use(k)

        if elsewhere(name) or elsewhere(arabic[0]):
            held = sorted({r["id"] for r in elsewhere(name) + elsewhere(arabic[0])})
            report("spelling elsewhere", f"a spelling of {held}: {tag}")
            continue
        if rival(name) or rival(arabic[0]):
            report("sound", f"sounds like a curated place of another province: {tag}")
            continue
        name_ar = arabic[0]
        if (key, kind) in owners or (normalize(name_ar), kind) in owners:
            owner = owners.get((key, kind)) or owners[(normalize(name_ar), kind)]
            report("name taken", f"name taken: {tag} by {owner}")
            continue
        aliases, seen = [], {key, normalize(name_ar)}
        for alias in [*latin, *arabic[1:]]:
            k = normalize(alias)
            if not k or k in seen or (k, kind) in owners or elsewhere(alias) or rival(alias) or word(alias) \
                    or k in LEFT_OUT_KEYS or len(k.replace(" ", "")) <= 4:
                continue
            seen.add(k)
            aliases.append(alias)
        place_id = curated.new_id("lb", name, gid)
        row = settlement_row(place_id, name, kind, lat, lon, admin1, "LB", aliases, name_ar,
                             f"{kind} centre (GeoNames LB dump 2016-05)", f"geonames:{gid}")
        take_row(row, used_ids, owners, settled, out)
    return sorted(out, key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump", type=Path,
                        help="GeoNames' Lebanon dump (LB.txt of RoudyTarabay/Lebanon-Municipality-Elections-2016)")
    parser.add_argument("--output", type=Path, default=OUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    left_out = LeftOut()
    rows = build(left_out.tell, args.dump)
    left_out.summary()
    write_places(rows, args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
